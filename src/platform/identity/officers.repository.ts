/** SQL for officers and their role grants. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { OfficerRow } from './identity.table.ts';
import type { OfficerRole } from './principal.ts';

export interface GrantRow {
  role: OfficerRole;
  agencyId: string;
  agencyCode: string;
}

export async function findOfficerByUsername(db: Db, username: string): Promise<OfficerRow | undefined> {
  return db.selectFrom('officers').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findOfficerById(db: Db, id: string): Promise<OfficerRow | undefined> {
  return db.selectFrom('officers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOfficer(
  db: Db,
  o: { username: string; fullName: string; email: string | null; passwordHash: string },
): Promise<OfficerRow | undefined> {
  return db
    .insertInto('officers')
    .values(o)
    .onConflict((c) => c.column('username').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function grantsOf(db: Db, officerIds: readonly string[]): Promise<Map<string, GrantRow[]>> {
  const map = new Map<string, GrantRow[]>();
  if (officerIds.length === 0) return map;
  const rows = await db
    .selectFrom('officerRoles as r')
    .innerJoin('agencies as a', 'a.id', 'r.agencyId')
    .select(['r.officerId', 'r.role', 'r.agencyId', 'a.code as agencyCode'])
    .where('r.officerId', 'in', officerIds)
    .orderBy('r.role')
    .orderBy('a.code')
    .execute();
  for (const r of rows) {
    const list = map.get(r.officerId) ?? [];
    list.push({ role: r.role, agencyId: r.agencyId, agencyCode: r.agencyCode });
    map.set(r.officerId, list);
  }
  return map;
}

export async function insertGrant(db: Db, officerId: string, role: OfficerRole, agencyId: string): Promise<void> {
  await db.insertInto('officerRoles').values({ officerId, role, agencyId }).onConflict((c) => c.doNothing()).execute();
}

export async function deleteGrant(db: Db, officerId: string, role: OfficerRole, agencyId: string): Promise<number> {
  const r = await db
    .deleteFrom('officerRoles')
    .where('officerId', '=', officerId)
    .where('role', '=', role)
    .where('agencyId', '=', agencyId)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Officers holding any role at `agencyId`. */
export async function officersAtAgency(db: Db, agencyId: string): Promise<OfficerRow[]> {
  return db
    .selectFrom('officers')
    .selectAll()
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('officerRoles')
          .select(sql`1`.as('x'))
          .whereRef('officerRoles.officerId', '=', 'officers.id')
          .where('officerRoles.agencyId', '=', agencyId),
      ),
    )
    .orderBy('username')
    .execute();
}

export async function setOfficerActive(db: Db, id: string, active: boolean): Promise<void> {
  await db.updateTable('officers').set({ active }).where('id', '=', id).execute();
}

export async function setTotpPending(db: Db, id: string, secret: string): Promise<void> {
  await db.updateTable('officers').set({ totpPendingSecret: secret }).where('id', '=', id).execute();
}

/** The enrolment confirmed with the code of `step`: that code (and every earlier one) is used. */
export async function confirmTotp(db: Db, id: string, secret: string, step: number): Promise<void> {
  await db
    .updateTable('officers')
    .set({ totpSecret: secret, totpPendingSecret: null, totpLastStep: sql<number>`greatest(coalesce(totp_last_step, 0), ${step})` })
    .where('id', '=', id)
    .execute();
}

/**
 * Use the TOTP code of `step`: true once; false when a code of this step or a later one was already used
 * (one conditional UPDATE, so two requests racing with one code cannot both win).
 */
export async function useTotpStep(db: Db, id: string, step: number): Promise<boolean> {
  const r = await db
    .updateTable('officers')
    .set({ totpLastStep: step })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}


/** One row of the audit trail for officer administration (a role granted or revoked, or a refused self-grant). */
export async function insertOfficerAudit(
  db: Db,
  e: { actorId: string; action: string; targetId: string; outcome: 'ok' | 'refused'; detail: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('auditEvents')
    .values({ actorKind: 'officer', actorId: e.actorId, action: e.action, targetType: 'officer', targetId: e.targetId, outcome: e.outcome, detail: JSON.stringify(e.detail) })
    .execute();
}
