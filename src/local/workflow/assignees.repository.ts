/** SQL of the step-assignee look-up: active officers holding a role at an agency or at one of its ancestors. */
import type { Db } from '../../db/connect.ts';
import type { OfficerRole } from '../../platform/identity/principal.ts';

export interface AssigneeRow {
  id: string;
  fullName: string;
  agencyCode: string;
  agencyName: string;
}

/** Officers (active) with `role` at one of `agencyIds`, by name; one row per officer (the nearest agency first). */
export async function officersWithRoleAt(
  db: Db,
  role: OfficerRole,
  agencyIds: readonly string[],
): Promise<AssigneeRow[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .selectFrom('officerRoles as r')
    .innerJoin('officers as o', 'o.id', 'r.officerId')
    .innerJoin('agencies as a', 'a.id', 'r.agencyId')
    .select(['o.id', 'o.fullName', 'a.id as agencyId', 'a.code as agencyCode', 'a.name as agencyName'])
    .where('r.role', '=', role)
    .where('r.agencyId', 'in', [...agencyIds])
    .where('o.active', '=', true)
    .orderBy('o.fullName')
    .orderBy('o.id')
    .execute();
  const rank = new Map(agencyIds.map((id, i) => [id, i]));
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const held = best.get(r.id);
    if (!held || rank.get(r.agencyId)! < rank.get(held.agencyId)!) best.set(r.id, r);
  }
  return [...best.values()].map((r) => ({ id: r.id, fullName: r.fullName, agencyCode: r.agencyCode, agencyName: r.agencyName }));
}
