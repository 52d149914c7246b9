/**
 * The public catalogue search: one SQL statement over published versions in force on a given day.
 *
 * Ranking tiers (lower is better), then trigram similarity, then shorter name, then code:
 *   0 the NFC lower-cased name contains the query with its diacritics, as a phrase
 *   1 the folded name starts with the folded query
 *   2 the folded name contains the folded query as a phrase (so the last word may be a prefix)
 *   3 every folded word is in the name (tsquery, last word as a prefix)
 *   4 typo tolerance: pg_trgm word similarity of the folded query to the folded name (`<%`)
 * User text reaches SQL only as bound parameters: LIKE wildcards are escaped, and the tsquery is built from
 * letter/digit tokens only, so no operator of either syntax can be injected. Without words, the query
 * browses by name (filters still apply).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Level, OnlineLevel, SearchItem, SearchQuery } from './catalogue.ts';

export interface PreparedQuery {
  /** Lower-cased NFC words joined by one space. */
  lower: string;
  /** Folded words joined by one space. */
  folded: string;
  /** Folded words (letters and digits only). */
  tokens: string[];
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

interface Row extends SearchItem {
  total: number;
}

/**
 * Exact and word matches first (tiers 0–3, served by the GIN indexes); only when there are none does the
 * typo fallback (tier 4, trigram word similarity) run, so the common case never scans the table.
 */
export async function searchPublished(
  db: Kysely<Database>,
  pq: PreparedQuery,
  query: SearchQuery,
  day: string,
): Promise<{ items: SearchItem[]; total: number }> {
  const strict = await runSearch(db, pq, query, day, false);
  if (strict.total > 0 || pq.tokens.length === 0) return strict;
  return runSearch(db, pq, query, day, true);
}

async function runSearch(
  db: Kysely<Database>,
  pq: PreparedQuery,
  query: SearchQuery,
  day: string,
  fuzzy: boolean,
): Promise<{ items: SearchItem[]; total: number }> {
  const hasText = pq.tokens.length > 0;
  const tsq = pq.tokens.map((t, i) => (i === pq.tokens.length - 1 ? `${t}:*` : t)).join(' & ');
  const foldLike = `%${escapeLike(pq.folded)}%`;
  const textCond = !hasText
    ? sql``
    : fuzzy
      ? sql`and ${pq.folded} <% v.name_fold`
      : sql`and (v.name_fold like ${foldLike} or v.search_tsv @@ to_tsquery('simple', ${tsq}))`;
  const where = sql`
    v.status = 'published'
    and v.effective_from <= ${day}::date and (v.effective_to is null or v.effective_to > ${day}::date)
    ${textCond}
    ${query.sector ? sql`and v.sector_code = ${query.sector}` : sql``}
    ${query.level ? sql`and v.levels @> array[${query.level}]::text[]` : sql``}
    ${query.agency ? sql`and v.agency_codes @> array[${query.agency}]::text[]` : sql``}
    ${query.onlineLevel ? sql`and v.online_level = ${query.onlineLevel}` : sql``}`;
  const tier = hasText
    ? sql`case
        when v.name_lower like ${`%${escapeLike(pq.lower)}%`} then 0
        when v.name_fold like ${`${escapeLike(pq.folded)}%`} then 1
        when v.name_fold like ${foldLike} then 2
        when v.search_tsv @@ to_tsquery('simple', ${tsq}) then 3
        else 4 end`
    : sql`0::int`;
  const score = hasText
    ? sql`case when h.tier < 4 then similarity(h.name_fold, ${pq.folded}) else word_similarity(${pq.folded}, h.name_fold) end`
    : sql`0 * h.tier`;
  const order = hasText ? sql`length(h.name_fold)` : sql`h.name_fold`;
  const r = await sql<Row>`
    with hits as (
      select v.id, v.code, v.name, v.sector_code, v.levels, v.online_level, v.agency_codes, v.name_fold, ${tier} as tier
      from procedure_versions v
      where ${where}
    )
    select h.code, h.name, h.sector_code, s.name as sector_name, h.levels, h.online_level, h.agency_codes,
           h.id as version_id, count(*) over () as total
    from hits h join sectors s on s.code = h.sector_code
    order by h.tier, ${score} desc, ${order}, h.code
    limit ${query.limit} offset ${query.offset}
  `.execute(db);
  if (r.rows.length === 0 && query.offset > 0) {
    // Past the last page: still say how many there are.
    const c = await sql<{ n: number }>`select count(*)::int as n from procedure_versions v where ${where}`.execute(db);
    return { items: [], total: c.rows[0]?.n ?? 0 };
  }
  return { items: r.rows.map(({ total: _t, ...item }) => item), total: Number(r.rows[0]?.total ?? 0) };
}

export type { Level, OnlineLevel };
