/** All SQL on administrative units and the links between them. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { foldName, type LinkInput, type UnitInput, type UnitLevel } from './admin-unit.ts';

type Conn = Kysely<Database> | Transaction<Database>;

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const BATCH = 5000;

/**
 * Insert or update units by (level, code, validFrom) in multi-row statements (unnest). Parents are resolved
 * to the parent row in force on the unit's validFrom, so parents must be written first. A row equal to the
 * stored one is left alone and counted as unchanged.
 */
export async function upsertUnits(db: Conn, units: readonly UnitInput[]): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < units.length; i += BATCH) {
    const b = units.slice(i, i + BATCH);
    const r = await sql<{ inserted: boolean }>`
      insert into admin_units (code, name, full_name, level, parent_id, valid_from, valid_to, name_folded)
      select u.code, u.name, u.full_name, u.level, p.id, u.valid_from, u.valid_to, u.name_folded
      from unnest(
        ${b.map((u) => u.code)}::text[], ${b.map((u) => u.name)}::text[], ${b.map((u) => u.fullName)}::text[],
        ${b.map((u) => u.level)}::text[], ${b.map((u) => u.parentLevel)}::text[], ${b.map((u) => u.parentCode)}::text[],
        ${b.map((u) => u.validFrom)}::date[], ${b.map((u) => u.validTo)}::date[], ${b.map((u) => foldName(u.fullName))}::text[]
      ) as u(code, name, full_name, level, parent_level, parent_code, valid_from, valid_to, name_folded)
      left join lateral (
        select x.id from admin_units x
        where x.level = u.parent_level and x.code = u.parent_code
          and x.valid_from <= u.valid_from and (x.valid_to is null or x.valid_to > u.valid_from)
        order by x.valid_from desc limit 1
      ) p on true
      on conflict (level, code, valid_from) do update
        set name = excluded.name, full_name = excluded.full_name, parent_id = excluded.parent_id,
            valid_to = excluded.valid_to, name_folded = excluded.name_folded
        where (admin_units.name, admin_units.full_name, admin_units.parent_id, admin_units.valid_to, admin_units.name_folded)
          is distinct from (excluded.name, excluded.full_name, excluded.parent_id, excluded.valid_to, excluded.name_folded)
      returning (xmax = 0) as inserted`.execute(db);
    const ins = r.rows.filter((x) => x.inserted).length;
    counts.inserted += ins;
    counts.updated += r.rows.length - ins;
    counts.unchanged += b.length - r.rows.length;
  }
  return counts;
}

export interface ResolvedLink {
  index: number;
  unitId: string | null;
  replacedUnitId: string | null;
}

/** Find, for each link, the new unit in force on the effective date and the old one in force the day before. */
export async function resolveLinks(db: Conn, links: readonly LinkInput[]): Promise<ResolvedLink[]> {
  const out: ResolvedLink[] = [];
  for (let i = 0; i < links.length; i += BATCH) {
    const b = links.slice(i, i + BATCH);
    const r = await sql<ResolvedLink>`
      select l.idx - 1 + ${i}::int as index, n.id as unit_id, o.id as replaced_unit_id
      from unnest(
        ${b.map((l) => l.level)}::text[], ${b.map((l) => l.code)}::text[],
        ${b.map((l) => l.replacedLevel)}::text[], ${b.map((l) => l.replacedCode)}::text[], ${b.map((l) => l.effectiveDate)}::date[]
      ) with ordinality as l(level, code, old_level, old_code, eff, idx)
      left join lateral (
        select x.id from admin_units x where x.level = l.level and x.code = l.code
          and x.valid_from <= l.eff and (x.valid_to is null or x.valid_to > l.eff) limit 1
      ) n on true
      left join lateral (
        select x.id from admin_units x where x.level = l.old_level and x.code = l.old_code
          and x.valid_from < l.eff and (x.valid_to is null or x.valid_to >= l.eff)
        order by x.valid_from desc limit 1
      ) o on true
      order by l.idx`.execute(db);
    out.push(...r.rows);
  }
  return out;
}

/** Insert or update links (unit, replaced unit); equal rows are unchanged. */
export async function upsertLinks(
  db: Conn,
  links: readonly {
    unitId: string;
    replacedUnitId: string;
    kind: 'full' | 'partial';
    effectiveDate: string;
  }[],
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < links.length; i += BATCH) {
    const b = links.slice(i, i + BATCH);
    const r = await sql<{ inserted: boolean }>`
      insert into admin_unit_links (unit_id, replaced_unit_id, kind, effective_date)
      select * from unnest(
        ${b.map((l) => l.unitId)}::uuid[], ${b.map((l) => l.replacedUnitId)}::uuid[],
        ${b.map((l) => l.kind)}::text[], ${b.map((l) => l.effectiveDate)}::date[])
      on conflict (unit_id, replaced_unit_id) do update
        set kind = excluded.kind, effective_date = excluded.effective_date
        where (admin_unit_links.kind, admin_unit_links.effective_date) is distinct from (excluded.kind, excluded.effective_date)
      returning (xmax = 0) as inserted`.execute(db);
    const ins = r.rows.filter((x) => x.inserted).length;
    counts.inserted += ins;
    counts.updated += r.rows.length - ins;
    counts.unchanged += b.length - r.rows.length;
  }
  return counts;
}

export interface UnitView {
  id: string;
  level: UnitLevel;
  code: string;
  name: string;
  fullName: string;
  validFrom: string;
  validTo: string | null;
  parentCode: string | null;
  parentLevel: UnitLevel | null;
  parentName: string | null;
}

/** Units with their parent; the parent's name is the one in force on `date` (codes are stable, names may change). */
function unitSelect(db: Conn, date: string) {
  return db
    .selectFrom('adminUnits as u')
    .leftJoin('adminUnits as p0', 'p0.id', 'u.parentId')
    .leftJoin('adminUnits as p', (j) =>
      j
        .onRef('p.level', '=', 'p0.level')
        .onRef('p.code', '=', 'p0.code')
        .on('p.validFrom', '<=', date)
        .on((eb) => eb.or([eb('p.validTo', 'is', null), eb('p.validTo', '>', date)])),
    )
    .select((eb) => [
      'u.id',
      'u.level',
      'u.code',
      'u.name',
      'u.fullName',
      'u.validFrom',
      'u.validTo',
      'p0.code as parentCode',
      'p0.level as parentLevel',
      eb.fn.coalesce('p.fullName', 'p0.fullName').as('parentName'),
    ]);
}

export async function listUnits(
  db: Conn,
  f: { level?: UnitLevel; parentCode?: string; date: string; q?: string; limit: number; offset: number },
): Promise<{ items: UnitView[]; total: number }> {
  let qb = unitSelect(db, f.date)
    .where('u.validFrom', '<=', f.date)
    .where((eb) => eb.or([eb('u.validTo', 'is', null), eb('u.validTo', '>', f.date)]));
  if (f.level) qb = qb.where('u.level', '=', f.level);
  if (f.parentCode) qb = qb.where('p0.code', '=', f.parentCode);
  if (f.q) qb = qb.where('u.nameFolded', 'like', `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const [items, total] = await Promise.all([
    qb.orderBy('u.level').orderBy('u.code').limit(f.limit).offset(f.offset).execute(),
    qb
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: items, total: Number(total.n) };
}

/** The version of (level, code) in force on `date`; without a date, today's or else the latest one. */
export async function findUnit(
  db: Conn,
  level: UnitLevel,
  code: string,
  date: string,
  strict: boolean,
): Promise<UnitView | undefined> {
  const atDate = await unitSelect(db, date)
    .where('u.level', '=', level)
    .where('u.code', '=', code)
    .where('u.validFrom', '<=', date)
    .where((eb) => eb.or([eb('u.validTo', 'is', null), eb('u.validTo', '>', date)]))
    .executeTakeFirst();
  if (atDate || strict) return atDate;
  const latest = await unitSelect(db, date)
    .where('u.level', '=', level)
    .where('u.code', '=', code)
    .orderBy('u.validFrom', 'desc')
    .executeTakeFirst();
  return latest;
}

export interface LinkedUnit {
  level: UnitLevel;
  code: string;
  fullName: string;
  validFrom: string;
  validTo: string | null;
  kind: 'full' | 'partial';
  effectiveDate: string;
}

/** Units that `unitId` replaced (direction 'replaced') or that replaced it ('replacedBy'). */
export async function linkedUnits(
  db: Conn,
  unitId: string,
  direction: 'replaced' | 'replacedBy',
): Promise<LinkedUnit[]> {
  const [self, other] =
    direction === 'replaced'
      ? (['l.unitId', 'l.replacedUnitId'] as const)
      : (['l.replacedUnitId', 'l.unitId'] as const);
  const rows = await db
    .selectFrom('adminUnitLinks as l')
    .innerJoin('adminUnits as o', 'o.id', other)
    .where(self, '=', unitId)
    .select(['o.level', 'o.code', 'o.fullName', 'o.validFrom', 'o.validTo', 'l.kind', 'l.effectiveDate'])
    .orderBy('o.code')
    .execute();
  return rows;
}

/** Every unit of a level in force on `date` with its parent's code (for name matching during imports). */
export async function unitsInForce(
  db: Conn,
  level: UnitLevel,
  date: string,
): Promise<{ code: string; fullName: string; parentCode: string | null }[]> {
  return db
    .selectFrom('adminUnits as u')
    .leftJoin('adminUnits as p', 'p.id', 'u.parentId')
    .where('u.level', '=', level)
    .where('u.validFrom', '<=', date)
    .where((eb) => eb.or([eb('u.validTo', 'is', null), eb('u.validTo', '>', date)]))
    .select(['u.code', 'u.fullName', 'p.code as parentCode'])
    .execute();
}

/**
 * Delete the versions of the given units (by level and code) that start on or after `from` and that the
 * source no longer lists; their links go with them. Returns how many rows were removed.
 */
export async function deleteStaleUnits(db: Conn, units: readonly UnitInput[], from: string): Promise<number> {
  if (!units.length) return 0;
  const r = await sql<{ id: string }>`
    with src as (
      select * from unnest(${units.map((u) => u.level)}::text[], ${units.map((u) => u.code)}::text[],
        ${units.map((u) => u.validFrom)}::date[]) as s(level, code, valid_from)
    )
    delete from admin_units a
    where a.valid_from >= ${from}::date
      and exists (select 1 from src where src.level = a.level and src.code = a.code)
      and not exists (select 1 from src where src.level = a.level and src.code = a.code and src.valid_from = a.valid_from)
    returning a.id`.execute(db);
  return r.rows.length;
}
