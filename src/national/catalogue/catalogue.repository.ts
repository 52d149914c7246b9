/** Every SQL statement of the catalogue except search (search.repository.ts). Functions take `db | trx` first. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { NewProcedureVersionRow, ProcedureVersionRow, ProcedureVersionUpdate } from './catalogue.table.ts';

type Conn = Kysely<Database>;

export type VersionWithSector = ProcedureVersionRow & { sectorName: string };

export async function findProcedureByCode(db: Conn, code: string): Promise<{ id: string; code: string } | undefined> {
  return db.selectFrom('procedures').select(['id', 'code']).where('code', '=', code).executeTakeFirst();
}

export async function lockProcedure(db: Conn, id: string): Promise<void> {
  await db.selectFrom('procedures').select('id').where('id', '=', id).forUpdate().execute();
}

/** Insert the procedure if new; returns its id and whether this call created it. */
export async function insertProcedure(db: Conn, code: string): Promise<{ id: string; created: boolean }> {
  const row = await db
    .insertInto('procedures')
    .values({ code })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return { id: row.id, created: true };
  const existing = await db.selectFrom('procedures').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

function versionsWithSector(db: Conn) {
  return db
    .selectFrom('procedureVersions as v')
    .innerJoin('sectors as s', 's.code', 'v.sectorCode')
    .selectAll('v')
    .select('s.name as sectorName');
}

export async function insertVersion(db: Conn, row: NewProcedureVersionRow): Promise<string> {
  const r = await db.insertInto('procedureVersions').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateVersion(db: Conn, id: string, update: ProcedureVersionUpdate): Promise<void> {
  await db
    .updateTable('procedureVersions')
    .set({ ...update, updatedAt: sql<string>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function findVersion(db: Conn, procedureId: string, versionId: string): Promise<VersionWithSector | undefined> {
  return versionsWithSector(db).where('v.procedureId', '=', procedureId).where('v.id', '=', versionId).executeTakeFirst();
}

export async function findVersionById(db: Conn, versionId: string): Promise<VersionWithSector | undefined> {
  return versionsWithSector(db).where('v.id', '=', versionId).executeTakeFirst();
}

export async function listVersions(db: Conn, procedureId: string): Promise<VersionWithSector[]> {
  return versionsWithSector(db).where('v.procedureId', '=', procedureId).orderBy('v.version', 'desc').execute();
}

export async function findLatestVersion(db: Conn, procedureId: string): Promise<VersionWithSector | undefined> {
  return versionsWithSector(db)
    .where('v.procedureId', '=', procedureId)
    .orderBy('v.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The published version in force on `day` (YYYY-MM-DD). */
export async function findVersionInForce(db: Conn, procedureId: string, day: string): Promise<VersionWithSector | undefined> {
  return versionsWithSector(db)
    .where('v.procedureId', '=', procedureId)
    .where('v.status', '=', 'published')
    .where('v.effectiveFrom', '<=', day)
    .where((eb) => eb.or([eb('v.effectiveTo', 'is', null), eb('v.effectiveTo', '>', day)]))
    .orderBy('v.effectiveFrom', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Published versions of a procedure still open-ended or ending after `day` (the ones a new publication closes). */
export async function findPublishedOpenAfter(db: Conn, procedureId: string, day: string): Promise<ProcedureVersionRow[]> {
  return db
    .selectFrom('procedureVersions')
    .selectAll()
    .where('procedureId', '=', procedureId)
    .where('status', '=', 'published')
    .where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>', day)]))
    .execute();
}

export async function findDraft(db: Conn, procedureId: string): Promise<ProcedureVersionRow | undefined> {
  return db
    .selectFrom('procedureVersions')
    .selectAll()
    .where('procedureId', '=', procedureId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

export async function maxVersion(db: Conn, procedureId: string): Promise<number> {
  const r = await db
    .selectFrom('procedureVersions')
    .select((eb) => eb.fn.max('version').as('m'))
    .where('procedureId', '=', procedureId)
    .executeTakeFirst();
  return Number(r?.m ?? 0);
}

// --- sectors ---

export interface SectorRecord {
  code: string;
  name: string;
  ministryCode: string | null;
}

export async function listSectors(db: Conn): Promise<SectorRecord[]> {
  return db
    .selectFrom('sectors')
    .select(['code', 'name', 'ministryCode'])
    .where('validTo', 'is', null)
    .orderBy('name')
    .execute();
}

export async function findSector(db: Conn, code: string): Promise<SectorRecord | undefined> {
  return db.selectFrom('sectors').select(['code', 'name', 'ministryCode']).where('code', '=', code).executeTakeFirst();
}

/** Insert or refresh a sector by code; returns true when it was new. */
export async function upsertSector(db: Conn, s: SectorRecord): Promise<boolean> {
  const r = await db
    .insertInto('sectors')
    .values(s)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({ name: s.name, ministryCode: sql`coalesce(excluded.ministry_code, sectors.ministry_code)` }),
    )
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .executeTakeFirstOrThrow();
  return r.inserted;
}
