/**
 * Officer administration, agency-scoped: an agency administrator manages officers of its agency and of every
 * agency below it; a national operator manages all. Only a national operator may grant `national_operator`
 * (`grantableRoles`); nobody grants a role to themselves. Grants and revocations are audited.
 * `actor` undefined means the system itself (CLI, demo seeding).
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { agencyAncestors } from './agency-scope.ts';
import { presentOfficer, type NewOfficer, type Officer } from './officer.ts';
import {
  deleteGrant,
  findOfficerById,
  grantsOf,
  insertGrant,
  insertOfficer,
  insertOfficerAudit,
  officersAtAgency,
  setOfficerActive,
} from './officers.repository.ts';
import { findAgencyByCode } from '../reference/agency.repository.ts';
import { hashPassword } from './password.ts';
import { assertAgencyScope, grantableRoles } from './policy.ts';
import type { OfficerRole, Principal } from './principal.ts';
import { revokeOfficerSessions } from './sessions.repository.ts';
import { forgetCachedSessionsOf } from './session.service.ts';

const PERM = 'officers:manage' as const;

async function agencyIdFor(db: Db, code: string): Promise<string> {
  const a = await findAgencyByCode(db, code);
  if (!a) throw new AppError('agency-not-found', { detail: `No current agency ${code}` });
  return a.id;
}

async function assertScope(db: Db, actor: Principal | undefined, agencyId: string, role?: OfficerRole): Promise<void> {
  if (actor === undefined) return;
  assertAgencyScope(actor, PERM, agencyId, await agencyAncestors(db, agencyId));
  if (role && !grantableRoles(actor).includes(role)) {
    throw new AppError('role-not-grantable', {
      detail: role === 'national_operator' ? 'Only a national operator may grant national_operator' : `You may not grant ${role}`,
    });
  }
}

/**
 * Nobody grants a role to themselves (an administrator does not make itself a one-stop officer to read dossiers);
 * the refusal is audited. The system itself (CLI, demo seed: no actor) is not concerned.
 */
async function refuseSelfGrant(db: Db, actor: Principal | undefined, officerId: string, role: OfficerRole, agencyCode: string): Promise<void> {
  if (actor?.kind !== 'officer' || actor.id !== officerId) return;
  await insertOfficerAudit(db, {
    actorId: actor.id,
    action: 'grant_role',
    targetId: officerId,
    outcome: 'refused',
    detail: { code: 'self-grant-refused', role, agencyCode },
  });
  throw new AppError('self-grant-refused');
}

export async function getOfficer(db: Db, id: string): Promise<Officer> {
  const row = await findOfficerById(db, id);
  if (!row) throw new AppError('not-found', { detail: 'No such officer' });
  return presentOfficer(row, (await grantsOf(db, [row.id])).get(row.id) ?? []);
}

/** The actor must be in scope of every agency where the target officer holds a role. */
async function assertOfficerInScope(db: Db, actor: Principal | undefined, officer: Officer): Promise<void> {
  if (actor === undefined) return;
  if (officer.grants.length === 0 && !(actor.kind === 'officer' && actor.grants.some((g) => g.role === 'national_operator'))) {
    throw new AppError('forbidden', { detail: 'An officer without roles is managed by a national operator' });
  }
  for (const g of officer.grants) await assertScope(db, actor, g.agencyId);
}

/** One officer, if the actor's scope covers every agency where they hold a role. */
export async function getOfficerFor(db: Db, actor: Principal | undefined, id: string): Promise<Officer> {
  const officer = await getOfficer(db, id);
  await assertOfficerInScope(db, actor, officer);
  return officer;
}

export async function createOfficer(db: Db, actor: Principal | undefined, input: NewOfficer): Promise<Officer> {
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/.test(input.username.toLowerCase())) {
    throw new AppError('validation-failed', { errors: [{ path: '/username', message: 'lower-case letters, digits, . _ -' }] });
  }
  const roles: { role: OfficerRole; agencyId: string }[] = [];
  for (const r of input.roles) {
    const agencyId = await agencyIdFor(db, r.agencyCode);
    await assertScope(db, actor, agencyId, r.role);
    roles.push({ role: r.role, agencyId });
  }
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction().execute(async (trx) => {
    const row = await insertOfficer(trx, {
      username: input.username.toLowerCase(),
      fullName: input.fullName.normalize('NFC'),
      email: input.email ?? null,
      passwordHash,
    });
    if (!row) throw new AppError('officer-exists', { detail: `User name ${input.username} is taken` });
    for (const r of roles) await insertGrant(trx, row.id, r.role, r.agencyId);
    if (actor?.kind === 'officer') {
      await insertOfficerAudit(trx, { actorId: actor.id, action: 'create_officer', targetId: row.id, outcome: 'ok', detail: { roles: input.roles } });
    }
    return row.id;
  });
  return getOfficer(db, id);
}

export async function listOfficersOfAgency(db: Db, actor: Principal | undefined, agencyCode: string): Promise<Officer[]> {
  const agencyId = await agencyIdFor(db, agencyCode);
  await assertScope(db, actor, agencyId);
  const rows = await officersAtAgency(db, agencyId);
  const grants = await grantsOf(db, rows.map((r) => r.id));
  return rows.map((r) => presentOfficer(r, grants.get(r.id) ?? []));
}

export async function grantRole(db: Db, actor: Principal | undefined, officerId: string, role: OfficerRole, agencyCode: string): Promise<Officer> {
  const officer = await getOfficer(db, officerId);
  await refuseSelfGrant(db, actor, officer.id, role, agencyCode);
  const agencyId = await agencyIdFor(db, agencyCode);
  try {
    await assertScope(db, actor, agencyId, role);
  } catch (err) {
    if (actor?.kind === 'officer' && err instanceof AppError && err.code === 'role-not-grantable') {
      await insertOfficerAudit(db, { actorId: actor.id, action: 'grant_role', targetId: officer.id, outcome: 'refused', detail: { code: err.code, role, agencyCode } });
    }
    throw err;
  }
  await db.transaction().execute(async (trx) => {
    await insertGrant(trx, officer.id, role, agencyId);
    if (actor?.kind === 'officer') {
      await insertOfficerAudit(trx, { actorId: actor.id, action: 'grant_role', targetId: officer.id, outcome: 'ok', detail: { role, agencyCode } });
    }
  });
  forgetCachedSessionsOf(db, officer.id);
  return getOfficer(db, officer.id);
}

export async function revokeRole(db: Db, actor: Principal | undefined, officerId: string, role: OfficerRole, agencyCode: string): Promise<Officer> {
  const officer = await getOfficer(db, officerId);
  const agencyId = await agencyIdFor(db, agencyCode);
  await assertScope(db, actor, agencyId, role);
  await db.transaction().execute(async (trx) => {
    if ((await deleteGrant(trx, officer.id, role, agencyId)) === 0) {
      throw new AppError('not-found', { detail: 'The officer does not hold this role at this agency' });
    }
    if (actor?.kind === 'officer') {
      await insertOfficerAudit(trx, { actorId: actor.id, action: 'revoke_role', targetId: officer.id, outcome: 'ok', detail: { role, agencyCode } });
    }
  });
  forgetCachedSessionsOf(db, officer.id);
  return getOfficer(db, officer.id);
}

/** Deactivate: the officer can no longer log in, and every open session ends now. */
export async function deactivateOfficer(db: Db, actor: Principal | undefined, officerId: string): Promise<Officer> {
  const officer = await getOfficer(db, officerId);
  await assertOfficerInScope(db, actor, officer);
  if (actor?.kind === 'officer' && actor.id === officer.id) throw new AppError('conflict', { detail: 'You cannot deactivate yourself' });
  await db.transaction().execute(async (trx) => {
    await setOfficerActive(trx, officer.id, false);
    await revokeOfficerSessions(trx, officer.id);
  });
  forgetCachedSessionsOf(db, officer.id);
  return getOfficer(db, officer.id);
}
