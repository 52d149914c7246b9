/** All SQL on agencies and one-stop units. Dates are 'YYYY-MM-DD'; a row is in force on d when validFrom ≤ d < validTo. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { AgencyRow, NewAgencyRow, OneStopUnitRow } from './reference.table.ts';
import { today } from './admin-unit.ts';

type Conn = Kysely<Database> | Transaction<Database>;

/** The version of the agency with this code in force on `date` (default: today in Vietnam). */
export async function findAgencyByCode(
  db: Conn,
  code: string,
  date?: string,
): Promise<AgencyRow | undefined> {
  const d = date ?? today();
  return db
    .selectFrom('agencies')
    .selectAll()
    .where('code', '=', code)
    .where('validFrom', '<=', d)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>', d)]))
    .executeTakeFirst();
}

/** The current (open-ended) version of a code, whatever its validFrom: codes are unique among those. */
export async function findOpenAgency(db: Conn, code: string): Promise<AgencyRow | undefined> {
  return db
    .selectFrom('agencies')
    .selectAll()
    .where('code', '=', code)
    .where('validTo', 'is', null)
    .executeTakeFirst();
}

/** Is `code` used by a version in force on `date` or later (open-ended or retired after it)? */
export async function agencyCodeTakenFrom(db: Conn, code: string, date: string): Promise<boolean> {
  const r = await db
    .selectFrom('agencies')
    .select('id')
    .where('code', '=', code)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>', date)]))
    .executeTakeFirst();
  return r !== undefined;
}

export async function findAgencyById(db: Conn, id: string): Promise<AgencyRow | undefined> {
  return db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Ids of the agency's ancestors, nearest first (the parent, its parent, …), by a recursive query. */
export async function agencyAncestors(db: Conn, agencyId: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    with recursive up(id, parent_id, depth) as (
      select a.id, a.parent_id, 0 from agencies a where a.id = ${agencyId}
      union all
      select p.id, p.parent_id, up.depth + 1 from agencies p join up on p.id = up.parent_id where up.depth < 16
    )
    select id from up where depth > 0 order by depth`.execute(db);
  return r.rows.map((x) => x.id);
}

export async function agenciesByIds(db: Conn, ids: readonly string[]): Promise<AgencyRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('agencies').selectAll().where('id', 'in', ids).execute();
}

export async function insertAgency(db: Conn, row: NewAgencyRow): Promise<AgencyRow> {
  return db.insertInto('agencies').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateAgency(
  db: Conn,
  id: string,
  patch: { name?: string; nameFolded?: string; validTo?: string | null },
): Promise<AgencyRow> {
  return db.updateTable('agencies').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Point current children and one-stop units of `fromId` at `toId` (after a new version was opened). */
export async function moveDependants(db: Conn, fromId: string, toId: string): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ parentId: toId })
    .where('parentId', '=', fromId)
    .where('validTo', 'is', null)
    .execute();
  await db
    .updateTable('oneStopUnits')
    .set({ agencyId: toId })
    .where('agencyId', '=', fromId)
    .where('validTo', 'is', null)
    .execute();
}

export interface AgencyFilter {
  node?: string;
  parentId?: string;
  q?: string;
  date: string;
  limit: number;
  offset: number;
}

export async function listAgencies(
  db: Conn,
  f: AgencyFilter,
): Promise<{ items: AgencyRow[]; total: number }> {
  let qb = db
    .selectFrom('agencies')
    .where('validFrom', '<=', f.date)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>', f.date)]));
  if (f.node) qb = qb.where('nodeCode', '=', f.node);
  if (f.parentId) qb = qb.where('parentId', '=', f.parentId);
  if (f.q) qb = qb.where('nameFolded', 'like', `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const [items, total] = await Promise.all([
    qb.selectAll().orderBy('level').orderBy('code').limit(f.limit).offset(f.offset).execute(),
    qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function childrenOf(db: Conn, id: string, date: string): Promise<AgencyRow[]> {
  return (await listAgencies(db, { parentId: id, date, limit: 1000, offset: 0 })).items;
}

/** One-stop units in force on `date` of these agencies (undefined: of every agency). */
export async function oneStopUnitsOf(
  db: Conn,
  agencyIds: readonly string[] | undefined,
  date: string,
): Promise<OneStopUnitRow[]> {
  if (agencyIds && !agencyIds.length) return [];
  let qb = db.selectFrom('oneStopUnits').selectAll();
  if (agencyIds) qb = qb.where('agencyId', 'in', agencyIds);
  return qb
    .where('validFrom', '<=', date)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>', date)]))
    .orderBy('code')
    .execute();
}

export async function findOneStopUnit(db: Conn, code: string): Promise<OneStopUnitRow | undefined> {
  return db.selectFrom('oneStopUnits').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertOneStopUnit(
  db: Conn,
  row: {
    agencyId: string;
    code: string;
    name: string;
    address?: string;
    adminUnitId?: string | null;
    validFrom: string;
  },
): Promise<OneStopUnitRow> {
  return db.insertInto('oneStopUnits').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateOneStopUnit(
  db: Conn,
  id: string,
  patch: { name?: string; address?: string; validTo?: string | null },
): Promise<OneStopUnitRow> {
  return db
    .updateTable('oneStopUnits')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The id of the admin unit (level, code) in force on `date`. */
export async function adminUnitIdAt(
  db: Conn,
  level: string,
  code: string,
  date: string,
): Promise<string | undefined> {
  const r = await db
    .selectFrom('adminUnits')
    .select('id')
    .where('level', '=', level as 'province')
    .where('code', '=', code)
    .where('validFrom', '<=', date)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>', date)]))
    .executeTakeFirst();
  return r?.id;
}

export async function adminUnitsByIds(
  db: Conn,
  ids: readonly string[],
): Promise<{ id: string; level: string; code: string; fullName: string }[]> {
  if (!ids.length) return [];
  return db
    .selectFrom('adminUnits')
    .select(['id', 'level', 'code', 'fullName'])
    .where('id', 'in', ids)
    .execute();
}
