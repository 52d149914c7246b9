/**
 * Rules for managing agencies and one-stop units. An agency admin manages what lies BELOW their agency
 * (children of it or of its descendants, and the one-stop units of those and of their own agency); a national
 * operator manages everything. Every change is one transaction.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { assertAgencyScope } from '../identity/policy.ts';
import type { Principal } from '../identity/principal.ts';
import { foldName, today } from './admin-unit.ts';
import {
  adminUnitIdAt,
  agencyAncestors,
  agencyCodeTakenFrom,
  findOneStopUnit,
  findOpenAgency,
  insertAgency,
  insertOneStopUnit,
  moveDependants,
  oneStopUnitsOf,
  updateAgency,
  updateOneStopUnit,
  childrenOf,
} from './agency.repository.ts';
import { childCodeProblem, codeLevel, codeOwner, type AgencyKind } from './agency.ts';
import type { AgencyRow, OneStopUnitRow } from './reference.table.ts';

const PERM = 'reference:manage';

/** May `p` manage things directly under agency `agencyId` (null = the top of the tree: national operators only)? */
async function assertBelow(db: Db, p: Principal | undefined, agencyId: string | null): Promise<void> {
  if (!agencyId) return assertAgencyScope(p, PERM, '', []);
  assertAgencyScope(p, PERM, agencyId, await agencyAncestors(db, agencyId));
}

async function openAgencyOr404(db: Db, code: string, what = 'agency'): Promise<AgencyRow> {
  const a = await findOpenAgency(db, code);
  if (!a) throw new AppError('agency-not-found', { detail: `No current ${what} with code ${code}` });
  return a;
}

function uniqueViolation(err: unknown, code: 'agency-exists' | 'one-stop-unit-exists'): never {
  if ((err as { code?: string }).code === '23505') throw new AppError(code);
  throw err;
}

export interface NewAgencyInput {
  code: string;
  name: string;
  kind: AgencyKind;
  parentCode?: string;
  adminUnit?: { level: 'province' | 'commune'; code: string };
  nodeCode?: string;
  validFrom?: string;
}

/** The administrative unit in force on `validFrom`, or null when none is given; 404 when it does not exist. */
async function adminUnitIdOrNull(
  trx: Parameters<typeof adminUnitIdAt>[0],
  unit: { level: Parameters<typeof adminUnitIdAt>[1]; code: string } | undefined,
  validFrom: string,
): Promise<string | null> {
  if (!unit) return null;
  const id = await adminUnitIdAt(trx, unit.level, unit.code, validFrom);
  if (!id) throw new AppError('unit-not-found', { detail: `No ${unit.level} ${unit.code} on ${validFrom}` });
  return id;
}

export async function createAgency(
  db: Db,
  p: Principal | undefined,
  input: NewAgencyInput,
): Promise<AgencyRow> {
  return db.transaction().execute(async (trx) => {
    const parent = input.parentCode
      ? await openAgencyOr404(trx, input.parentCode, 'parent agency')
      : undefined;
    await assertBelow(trx, p, parent?.id ?? null);
    const problem = childCodeProblem(input.code, parent?.code ?? null);
    if (problem) throw new AppError('invalid-agency-code', { detail: problem });
    const validFrom = input.validFrom ?? today();
    if (await agencyCodeTakenFrom(trx, input.code, validFrom))
      throw new AppError('agency-exists', { detail: `Agency ${input.code} already exists` });
    const adminUnitId = await adminUnitIdOrNull(trx, input.adminUnit, validFrom);
    return insertAgency(trx, {
      code: input.code,
      name: input.name,
      nameFolded: foldName(input.name),
      kind: input.kind,
      level: input.kind === 'national_portal' ? 0 : codeLevel(input.code),
      parentId: parent?.id ?? null,
      adminUnitId,
      nodeCode: input.nodeCode ?? parent?.nodeCode ?? codeOwner(input.code),
      validFrom,
    }).catch((e: unknown) => uniqueViolation(e, 'agency-exists'));
  });
}

export interface AgencyChange {
  name?: string;
  /** A new code: closes this version and opens a new one from `effectiveDate`. */
  code?: string;
  /** A new parent: likewise versioned. */
  parentCode?: string;
  effectiveDate?: string;
}

export async function changeAgency(
  db: Db,
  p: Principal | undefined,
  code: string,
  ch: AgencyChange,
): Promise<AgencyRow> {
  return db.transaction().execute(async (trx) => {
    let a = await openAgencyOr404(trx, code);
    await assertBelow(trx, p, a.parentId);
    const newParent =
      ch.parentCode !== undefined ? await openAgencyOr404(trx, ch.parentCode, 'parent agency') : undefined;
    if (newParent) {
      await assertBelow(trx, p, newParent.id);
      if (newParent.id === a.id || (await agencyAncestors(trx, newParent.id)).includes(a.id)) {
        throw new AppError('agency-parent-invalid', {
          detail: 'An agency cannot be placed under itself or its own subordinate',
        });
      }
    }
    const parentChanged = newParent !== undefined && newParent.id !== a.parentId;
    const codeChanged = ch.code !== undefined && ch.code !== a.code;
    if (ch.name !== undefined && ch.name !== a.name)
      a = await updateAgency(trx, a.id, { name: ch.name, nameFolded: foldName(ch.name) });
    if (!parentChanged && !codeChanged) return a;

    const newCode = ch.code ?? a.code;
    const parentCode = newParent
      ? newParent.code
      : a.parentId
        ? (
            await trx
              .selectFrom('agencies')
              .select('code')
              .where('id', '=', a.parentId)
              .executeTakeFirstOrThrow()
          ).code
        : null;
    const problem = childCodeProblem(newCode, parentCode);
    if (problem) throw new AppError('invalid-agency-code', { detail: problem });
    const eff = ch.effectiveDate ?? today();
    if (codeChanged && (await agencyCodeTakenFrom(trx, newCode, eff)))
      throw new AppError('agency-exists', { detail: `Agency ${newCode} already exists` });
    if (eff <= a.validFrom)
      throw new AppError('invalid-effective-date', {
        detail: `The change must take effect after ${a.validFrom}`,
      });
    await updateAgency(trx, a.id, { validTo: eff });
    const next = await insertAgency(trx, {
      code: newCode,
      name: a.name,
      nameFolded: a.nameFolded,
      kind: a.kind,
      level: a.kind === 'national_portal' ? 0 : codeLevel(newCode),
      parentId: newParent ? newParent.id : a.parentId,
      adminUnitId: a.adminUnitId,
      nodeCode: newParent?.nodeCode ?? a.nodeCode,
      validFrom: eff,
      predecessorId: a.id,
    }).catch((e: unknown) => uniqueViolation(e, 'agency-exists'));
    await moveDependants(trx, a.id, next.id);
    return next;
  });
}

/** Close the agency (and its one-stop units) on `date`; refused while it has current subordinate agencies. */
export async function retireAgency(
  db: Db,
  p: Principal | undefined,
  code: string,
  date?: string,
): Promise<AgencyRow> {
  return db.transaction().execute(async (trx) => {
    const a = await openAgencyOr404(trx, code);
    await assertBelow(trx, p, a.parentId);
    const d = date ?? today();
    if (d <= a.validFrom)
      throw new AppError('invalid-effective-date', {
        detail: `The agency must be retired after ${a.validFrom}`,
      });
    if ((await childrenOf(trx, a.id, d)).length) throw new AppError('agency-has-children');
    for (const u of await oneStopUnitsOf(trx, [a.id], d)) await updateOneStopUnit(trx, u.id, { validTo: d });
    return updateAgency(trx, a.id, { validTo: d });
  });
}

export interface NewOneStopUnitInput {
  agencyCode: string;
  code: string;
  name: string;
  address?: string;
  adminUnit?: { level: 'province' | 'commune'; code: string };
  validFrom?: string;
}

export async function createOneStopUnit(
  db: Db,
  p: Principal | undefined,
  input: NewOneStopUnitInput,
): Promise<OneStopUnitRow> {
  return db.transaction().execute(async (trx) => {
    const agency = await openAgencyOr404(trx, input.agencyCode);
    assertAgencyScope(p, PERM, agency.id, await agencyAncestors(trx, agency.id));
    if (await findOneStopUnit(trx, input.code)) throw new AppError('one-stop-unit-exists');
    const validFrom = input.validFrom ?? today();
    const adminUnitId = await adminUnitIdOrNull(trx, input.adminUnit, validFrom);
    return insertOneStopUnit(trx, {
      agencyId: agency.id,
      code: input.code,
      name: input.name,
      address: input.address ?? '',
      adminUnitId,
      validFrom,
    }).catch((e: unknown) => uniqueViolation(e, 'one-stop-unit-exists'));
  });
}

export async function changeOneStopUnit(
  db: Db,
  p: Principal | undefined,
  code: string,
  ch: { name?: string; address?: string; validTo?: string | null },
): Promise<OneStopUnitRow> {
  return db.transaction().execute(async (trx) => {
    const u = await findOneStopUnit(trx, code);
    if (!u) throw new AppError('one-stop-unit-not-found');
    assertAgencyScope(p, PERM, u.agencyId, await agencyAncestors(trx, u.agencyId));
    if (ch.validTo && ch.validTo <= u.validFrom)
      throw new AppError('invalid-effective-date', { detail: `validTo must be after ${u.validFrom}` });
    return updateOneStopUnit(trx, u.id, ch);
  });
}
