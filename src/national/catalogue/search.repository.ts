/**
 * The SQL of the public search: the catalogue revision (one row, bumped by triggers, migration 0301) and the
 * rows the in-memory index is built from (search.index.ts). Searching itself runs in process.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Level, OnlineLevel } from './catalogue.ts';

/** The current catalogue revision: one primary-key lookup. */
export async function readRevision(db: Db): Promise<number> {
  const r = await db.selectFrom('catalogueRevision').select('revision').where('id', '=', true).executeTakeFirst();
  return Number(r?.revision ?? 0);
}

/** One published version as the search index holds it. */
export interface SearchRow {
  versionId: string;
  code: string;
  name: string;
  nameLower: string;
  nameFold: string;
  /** The lexemes of search_tsv, as PostgreSQL parsed name_fold. */
  lexemes: string[];
  sectorCode: string;
  sectorName: string;
  levels: Level[];
  onlineLevel: OnlineLevel;
  agencyCodes: string[];
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Rank of `code` in the database's collation (the last tie-break). */
  codeRank: number;
}

/**
 * Every published version (any effective period: the index filters by day, so it needs no rebuild at
 * midnight) with the revision it corresponds to, read in one repeatable-read snapshot. Rows come in the
 * database collation's order of (name_fold, code): the order of browsing without words.
 */
export async function loadSearchRows(db: Db): Promise<{ revision: number; rows: SearchRow[] }> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const revision = await readRevision(trx);
      // lexemes as one space-separated string (a 'simple' lexeme of name_fold has no space): parsing a text
      // array per row costs more than the split
      const r = await sql<Omit<SearchRow, 'lexemes'> & { lexemes: string }>`
        select v.id as version_id, v.code, v.name, v.name_lower, v.name_fold,
               array_to_string(tsvector_to_array(v.search_tsv), ' ') as lexemes,
               v.sector_code, s.name as sector_name, v.levels, v.online_level, v.agency_codes,
               v.effective_from, v.effective_to, (dense_rank() over (order by v.code))::int as code_rank
        from procedure_versions v join sectors s on s.code = v.sector_code
        where v.status = 'published' and v.effective_from is not null
        order by v.name_fold, v.code
      `.execute(trx);
      return { revision, rows: r.rows.map((row) => ({ ...row, lexemes: row.lexemes ? row.lexemes.split(' ') : [] })) };
    });
}
