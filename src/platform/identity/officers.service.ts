/**
 * Officer administration, agency-scoped: an agency administrator manages officers of its agency and of every
 * agency below it; a national operator manages all. Only a national operator may grant `national_operator`.
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
  officersAtAgency,
  setOfficerActive,
} from './officers.repository.ts';
import { findAgencyByCode } from '../reference/agency.repository.ts';
import { hashPassword } from './password.ts';
import { assertAgencyScope } from './policy.ts';
import type { OfficerRole, Principal } from './principal.ts';
import { revokeOfficerSessions } from './sessions.repository.ts';

const PERM = 'officers:manage' as const;

async function agencyIdFor(db: Db, code: string): Promise<string> {
  const a = await findAgencyByCode(db, code);
  if (!a) throw new AppError('agency-not-found', { detail: `No current agency ${code}` });
  return a.id;
}

async function assertScope(db: Db, actor: Principal | undefined, agencyId: string, role?: OfficerRole): Promise<void> {
  if (actor === undefined) return;
  assertAgencyScope(actor, PERM, agencyId, await agencyAncestors(db, agencyId));
  if (role === 'national_operator' && !(actor.kind === 'officer' && actor.grants.some((g) => g.role === 'national_operator'))) {
    throw new AppError('forbidden', { detail: 'Only a national operator may grant national_operator' });
  }
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
  const agencyId = await agencyIdFor(db, agencyCode);
  await assertScope(db, actor, agencyId, role);
  await insertGrant(db, officer.id, role, agencyId);
  return getOfficer(db, officer.id);
}

export async function revokeRole(db: Db, actor: Principal | undefined, officerId: string, role: OfficerRole, agencyCode: string): Promise<Officer> {
  const officer = await getOfficer(db, officerId);
  const agencyId = await agencyIdFor(db, agencyCode);
  await assertScope(db, actor, agencyId, role);
  if ((await deleteGrant(db, officer.id, role, agencyId)) === 0) {
    throw new AppError('not-found', { detail: 'The officer does not hold this role at this agency' });
  }
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
  return getOfficer(db, officer.id);
}
