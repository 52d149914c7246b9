/** The set-at-a-time SQL of the catalogue import (import.ts): a few statements per chunk of rows, not per row. */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { SectorRecord } from '../catalogue.repository.ts';
import type { NewProcedureVersionRow } from '../catalogue.table.ts';

/** Insert the procedures that do not exist yet; returns the codes this call created. */
export async function insertMissingProcedures(db: Db, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const rows = await db
    .insertInto('procedures')
    .values(codes.map((code) => ({ code })))
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** Lock the procedures (FOR UPDATE, in code order) and return their ids by code. */
export async function lockProceduresByCode(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db.selectFrom('procedures').select(['id', 'code']).where('code', 'in', codes).orderBy('code').forUpdate().execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export interface OpenVersion {
  id: string;
  procedureId: string;
  version: number;
  effectiveFrom: string | null;
  contentHash: string;
  agencyCodes: string[];
}

/** Published versions of these procedures still open-ended or ending after `day` (the in-force one among them). */
export async function findPublishedOpenAfterMany(db: Db, procedureIds: string[], day: string): Promise<OpenVersion[]> {
  if (!procedureIds.length) return [];
  return db
    .selectFrom('procedureVersions')
    .select(['id', 'procedureId', 'version', 'effectiveFrom', 'contentHash', 'agencyCodes'])
    .where('procedureId', 'in', procedureIds)
    .where('status', '=', 'published')
    .where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>', day)]))
    .orderBy('version')
    .execute();
}

/** The highest version number of each procedure (any status). */
export async function maxVersions(db: Db, procedureIds: string[]): Promise<Map<string, number>> {
  if (!procedureIds.length) return new Map();
  const rows = await db
    .selectFrom('procedureVersions')
    .select((eb) => ['procedureId', eb.fn.max('version').as('m')])
    .where('procedureId', 'in', procedureIds)
    .groupBy('procedureId')
    .execute();
  return new Map(rows.map((r) => [r.procedureId, Number(r.m)]));
}

/** Insert or refresh sectors by code (one statement; codes must be distinct). */
export async function upsertSectors(db: Db, sectors: SectorRecord[]): Promise<void> {
  if (!sectors.length) return;
  await db
    .insertInto('sectors')
    .values(sectors)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({
        name: sql`excluded.name`,
        ministryCode: sql`coalesce(excluded.ministry_code, sectors.ministry_code)`,
      }),
    )
    .execute();
}

/** End these versions on `day` (publishing a new version closes the one it replaces). */
export async function closeVersions(db: Db, ids: string[], day: string): Promise<void> {
  if (!ids.length) return;
  await db.updateTable('procedureVersions').set({ effectiveTo: day, updatedAt: sql<string>`now()` }).where('id', 'in', ids).execute();
}

export async function insertVersions(db: Db, rows: NewProcedureVersionRow[]): Promise<void> {
  if (rows.length) await db.insertInto('procedureVersions').values(rows).execute();
}
