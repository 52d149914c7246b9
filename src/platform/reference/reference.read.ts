/** Read side of the reference API: look-ups by code and date, shaped for the wire. */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { fold } from '../../lib/fold.ts';
import { findUnit, linkedUnits, listUnits, type UnitView } from './admin-unit.repository.ts';
import { today, type UnitLevel } from './admin-unit.ts';
import {
  adminUnitsByIds,
  agenciesByIds,
  agencyAncestors,
  childrenOf,
  findAgencyByCode,
  listAgencies,
  oneStopUnitsOf,
  type AgencyFilter,
} from './agency.repository.ts';
import type { AgencyRow, OneStopUnitRow } from './reference.table.ts';

function unitOut(u: UnitView) {
  return {
    level: u.level,
    code: u.code,
    name: u.name,
    fullName: u.fullName,
    parent:
      u.parentCode && u.parentLevel
        ? { level: u.parentLevel, code: u.parentCode, name: u.parentName ?? '' }
        : null,
    validFrom: u.validFrom,
    validTo: u.validTo,
  };
}

export async function searchUnits(
  db: Db,
  f: { level?: UnitLevel; parent?: string; date?: string; q?: string; limit: number; offset: number },
) {
  const r = await listUnits(db, {
    level: f.level,
    parentCode: f.parent,
    date: f.date ?? today(),
    q: f.q ? fold(f.q).trim() : undefined,
    limit: f.limit,
    offset: f.offset,
  });
  return { items: r.items.map(unitOut), total: r.total };
}

/** A unit in force on `date`; without a date, today's version or else the latest one (so old codes resolve). */
export async function unitDetail(db: Db, level: UnitLevel, code: string, date?: string) {
  const u = await findUnit(db, level, code, date ?? today(), date !== undefined);
  if (!u) throw new AppError('unit-not-found', { detail: `No ${level} ${code}${date ? ` on ${date}` : ''}` });
  const [replaced, replacedBy] = await Promise.all([
    linkedUnits(db, u.id, 'replaced'),
    linkedUnits(db, u.id, 'replacedBy'),
  ]);
  return { ...unitOut(u), replaced, replacedBy };
}

async function present(db: Db, rows: readonly AgencyRow[]) {
  const parents = new Map(
    (await agenciesByIds(db, [...new Set(rows.flatMap((r) => (r.parentId ? [r.parentId] : [])))])).map(
      (a) => [a.id, a.code],
    ),
  );
  const units = new Map(
    (
      await adminUnitsByIds(db, [...new Set(rows.flatMap((r) => (r.adminUnitId ? [r.adminUnitId] : [])))])
    ).map((u) => [u.id, u]),
  );
  return rows.map((a) => {
    const u = a.adminUnitId ? units.get(a.adminUnitId) : undefined;
    return {
      code: a.code,
      name: a.name,
      level: a.level,
      kind: a.kind,
      nodeCode: a.nodeCode,
      parentCode: a.parentId ? (parents.get(a.parentId) ?? null) : null,
      adminUnit: u ? { level: u.level, code: u.code, name: u.fullName } : null,
      validFrom: a.validFrom,
      validTo: a.validTo,
    };
  });
}

export async function presentAgency(db: Db, a: AgencyRow) {
  return (await present(db, [a]))[0]!;
}

export async function presentOneStopUnits(db: Db, rows: readonly OneStopUnitRow[]) {
  const agencies = new Map(
    (await agenciesByIds(db, [...new Set(rows.map((r) => r.agencyId))])).map((a) => [a.id, a.code]),
  );
  const units = new Map(
    (
      await adminUnitsByIds(db, [...new Set(rows.flatMap((r) => (r.adminUnitId ? [r.adminUnitId] : [])))])
    ).map((u) => [u.id, u]),
  );
  return rows.map((o) => {
    const u = o.adminUnitId ? units.get(o.adminUnitId) : undefined;
    return {
      code: o.code,
      name: o.name,
      address: o.address,
      agencyCode: agencies.get(o.agencyId) ?? '',
      adminUnit: u ? { level: u.level, code: u.code, name: u.fullName } : null,
      validFrom: o.validFrom,
      validTo: o.validTo,
    };
  });
}

export async function searchAgencies(
  db: Db,
  f: { node?: string; parent?: string; q?: string; date?: string; limit: number; offset: number },
) {
  const date = f.date ?? today();
  const filter: AgencyFilter = {
    node: f.node,
    q: f.q ? fold(f.q).trim() : undefined,
    date,
    limit: f.limit,
    offset: f.offset,
  };
  if (f.parent) {
    const parent = await findAgencyByCode(db, f.parent, date);
    if (!parent) return { items: [], total: 0 };
    filter.parentId = parent.id;
  }
  const r = await listAgencies(db, filter);
  return { items: await present(db, r.items), total: r.total };
}

export async function agencyDetail(db: Db, code: string, date?: string) {
  const d = date ?? today();
  const a = await findAgencyByCode(db, code, d);
  if (!a) throw new AppError('agency-not-found', { detail: `No agency ${code} on ${d}` });
  const ancestorIds = await agencyAncestors(db, a.id);
  const byId = new Map((await agenciesByIds(db, ancestorIds)).map((x) => [x.id, x]));
  const ancestors = ancestorIds.reverse().flatMap((id) => {
    const x = byId.get(id);
    return x ? [{ code: x.code, name: x.name, level: x.level }] : [];
  });
  const children = (await childrenOf(db, a.id, d)).map((x) => ({
    code: x.code,
    name: x.name,
    level: x.level,
  }));
  const oneStopUnits = await presentOneStopUnits(db, await oneStopUnitsOf(db, [a.id], d));
  return { ...(await presentAgency(db, a)), ancestors, children, oneStopUnits };
}

export async function oneStopUnitsOfAgency(db: Db, agencyCode: string | undefined, date?: string) {
  const d = date ?? today();
  let ids: string[] | undefined;
  if (agencyCode) {
    const a = await findAgencyByCode(db, agencyCode, d);
    if (!a) throw new AppError('agency-not-found', { detail: `No agency ${agencyCode} on ${d}` });
    ids = [a.id];
  }
  return { items: await presentOneStopUnits(db, await oneStopUnitsOf(db, ids, d)) };
}
