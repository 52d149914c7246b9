/**
 * Once-only reuse for the applicant online and for the officer at the counter, and officers' reads of reused
 * documents for a dossier. Every warehouse read goes through the national port, which checks and logs it.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type {
  NationalPort,
  PortAccess,
  PortConsentChallenge,
  PortOwner,
  PortProcedure,
  PortWarehouseDocument,
} from '../../federation/national-port.ts';
import { checkPersonalId, isValidTaxCode, normaliseTaxCode } from '../../lib/vn-ids.ts';
import { hasAgencyPermission } from '../../platform/identity/policy.ts';
import type { OfficerPrincipal, Principal } from '../../platform/identity/principal.ts';
import { agencyAncestors } from '../../platform/reference/agency.repository.ts';
import { requesterOf, refuseCoveredPaper, warehouseOwner } from './reception-plan.ts';
import type { Tx } from '../dossiers/dossier.repository.ts';
import {
  findReusedComponent,
  findReuseDossier,
  type ReuseDossier,
  type Verification,
} from './reuse.repository.ts';
import { caseOf, resolveComponents, typeCodesOf, type ResolvedComponent } from '../../federation/reuse-rules.ts';
import { isDossierOwner } from '../dossiers/owner.ts';

const RECEIVERS = ['one_stop_officer', 'leader'];
/** Statuses in which a dossier is closed: consents can no longer be withdrawn (nor are they needed). */
const CLOSED = [3, 7, 8, 9, 10];

async function procedure(port: NationalPort, code: string): Promise<PortProcedure> {
  const p = await port.findPublishedProcedure(code);
  if (!p) throw new AppError('procedure-not-published');
  return p;
}

function officerOf(p: Principal | undefined): OfficerPrincipal {
  if (!p || p.kind !== 'officer') throw new AppError('forbidden');
  return p;
}

function receivingAgencyCode(p: OfficerPrincipal): string {
  const g = p.grants.find((x) => RECEIVERS.includes(x.role));
  if (!g) throw new AppError('forbidden', { detail: 'Not a one-stop officer' });
  return g.agencyCode;
}

function resolveFor(
  proc: PortProcedure,
  caseCode: string | undefined,
  docs: PortWarehouseDocument[],
  agencyCode?: string,
) {
  const cas = caseOf(proc, caseCode);
  if (!cas) throw new AppError('validation-failed', { errors: [{ path: '/case', message: 'unknown case' }] });
  const agencies = agencyCode ? [agencyCode] : proc.competentAgencyCodes;
  return {
    procedureCode: proc.code,
    caseCode: cas.code,
    components: resolveComponents(cas.components, docs, agencies),
  };
}

export interface Resolution {
  procedureCode: string;
  caseCode: string;
  components: ResolvedComponent<PortWarehouseDocument>[];
}

/** The applicant's own documents against the procedure's components (the online wizard). */
export async function resolveForOwner(
  port: NationalPort,
  principal: Principal | undefined,
  procedureCode: string,
  caseCode?: string,
  agencyCode?: string,
): Promise<Resolution> {
  const proc = await procedure(port, procedureCode);
  const me = requesterOf(principal, null);
  if (me.kind !== 'owner') throw new AppError('forbidden');
  const owner: PortOwner = { kind: principal!.kind === 'citizen' ? 'citizen' : 'organisation', id: me.id };
  const cas = caseOf(proc, caseCode);
  const access: PortAccess = {
    requester: me,
    dossierRef: null,
    dossierCode: null,
    purpose: 'online submission',
    consentId: null,
    legalBasis: null,
  };
  const docs = await port.findOwnerDocuments(access, {
    owner,
    typeCodes: typeCodesOf(cas?.components ?? []),
  });
  return resolveFor(proc, caseCode, docs, agencyCode);
}

/** The owner as the warehouse names them, the personal ID or tax code checked. */
function counterOwner(input: { type: 'citizen' | 'business'; idNumber: string }) {
  let id = input.idNumber;
  if (input.type === 'citizen') {
    const c = checkPersonalId(id);
    if (!c.ok) throw new AppError('invalid-personal-id', { detail: c.reason });
  } else {
    if (!isValidTaxCode(id)) throw new AppError('invalid-tax-code');
    id = normaliseTaxCode(id);
  }
  return warehouseOwner(input.type, id)!;
}

/**
 * Step 1 of a counter consent: the one-stop officer asks; the portal sends a one-time code to the person's
 * registered contact (never to an address typed here) and answers where it went, masked. No consent yet, and the
 * code is never in the answer. `dossierRef` names the reception being prepared.
 */
export async function requestCounterConsent(
  port: NationalPort,
  principal: Principal | undefined,
  input: { owner: { type: 'citizen' | 'business'; idNumber: string }; purpose: string; dossierRef?: string },
): Promise<PortConsentChallenge> {
  const officer = officerOf(principal);
  const agencyCode = receivingAgencyCode(officer);
  const owner = counterOwner(input.owner);
  return port.requestCounterConsent({
    owner,
    dossierRef: input.dossierRef ?? `reception:${randomUUID()}`,
    agencyCode,
    purpose: input.purpose.normalize('NFC'),
    requestedBy: requesterOf(officer, agencyCode),
  });
}

/** Step 2: the code the person read out, typed in at the counter; the consent when it matches. */
export async function confirmCounterConsent(
  port: NationalPort,
  principal: Principal | undefined,
  input: { challengeId: string; code: string },
): Promise<{ consentId: string; dossierRef: string }> {
  const officer = officerOf(principal);
  const agencyCode = receivingAgencyCode(officer);
  return port.confirmCounterConsent({ challengeId: input.challengeId, code: input.code, requester: requesterOf(officer, agencyCode) });
}

async function counterAccess(port: NationalPort, principal: Principal | undefined, consentId: string) {
  const officer = officerOf(principal);
  const agencyCode = receivingAgencyCode(officer);
  const consent = await port.findConsent(consentId);
  // a counter consent serves the counter of the agency it was given at, nobody else's
  if (!consent || consent.channel !== 'counter' || consent.agencyCode !== agencyCode) throw new AppError('warehouse-consent-not-found');
  const access: PortAccess = {
    requester: requesterOf(officer, agencyCode),
    dossierRef: consent.dossierRef,
    dossierCode: consent.dossierCode,
    purpose: consent.purpose,
    consentId,
    legalBasis: null,
  };
  return { access, owner: consent.owner, agencyCode };
}

/** What the warehouse holds for the person at the counter (after their consent; each document read is logged). */
export async function counterDocuments(
  port: NationalPort,
  principal: Principal | undefined,
  consentId: string,
): Promise<PortWarehouseDocument[]> {
  const { access, owner } = await counterAccess(port, principal, consentId);
  return port.findOwnerDocuments(access, { owner });
}

/** The resolver at the counter, under the person's consent. */
export async function resolveAtCounter(
  port: NationalPort,
  principal: Principal | undefined,
  consentId: string,
  procedureCode: string,
  caseCode?: string,
  agencyCode?: string,
): Promise<Resolution> {
  const proc = await procedure(port, procedureCode);
  const { access, owner } = await counterAccess(port, principal, consentId);
  const cas = caseOf(proc, caseCode);
  const docs = await port.findOwnerDocuments(access, {
    owner,
    typeCodes: typeCodesOf(cas?.components ?? []),
  });
  return resolveFor(proc, caseCode, docs, agencyCode);
}

async function dossierInScope(
  db: Db,
  principal: Principal | undefined,
  dossierId: string,
): Promise<ReuseDossier> {
  const d = await findReuseDossier(db, dossierId);
  if (!d || !d.resolvingAgencyId) throw new AppError('dossier-not-found');
  if (
    !hasAgencyPermission(
      principal,
      'dossier:work',
      d.resolvingAgencyId,
      await agencyAncestors(db, d.resolvingAgencyId),
    )
  )
    throw new AppError('forbidden', { detail: 'Not a dossier of your agencies' });
  return d;
}

/** An officer reads a document reused by a dossier of their agency, under the consent recorded with it. */
export async function readReusedDocument(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  dossierId: string,
  documentId: string,
  part: 'metadata' | 'file',
): Promise<PortWarehouseDocument> {
  const d = await dossierInScope(db, principal, dossierId);
  const c = await findReusedComponent(db, dossierId, documentId);
  const access: PortAccess = {
    requester: requesterOf(principal, d.agencyCode),
    dossierRef: d.id,
    dossierCode: d.code,
    purpose: `Giải quyết hồ sơ ${d.code ?? d.id}`,
    consentId: c?.warehouseConsentId ?? null,
    legalBasis: null,
  };
  // not a reused document of this dossier: the port refuses (no consent) and logs the attempt in the owner's log
  return port.fetchDocument(access, documentId, part);
}

/** The owner withdraws a consent given for their dossier, while the dossier is open. */
export async function withdrawMyDossierConsent(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  dossierId: string,
  consentId: string,
): Promise<void> {
  const d = await findReuseDossier(db, dossierId);
  if (!d || !isDossierOwner(principal, d))
    throw new AppError('dossier-not-found');
  if (CLOSED.includes(d.status)) throw new AppError('dossier-closed', { data: { status: d.status } });
  const consent = await port.findConsent(consentId);
  if (!consent || consent.dossierRef !== d.id) throw new AppError('warehouse-consent-not-found');
  await port.withdrawConsent({ consentId, requester: requesterOf(principal, null) });
}

/**
 * The refusal rule for a supplement request (form 02), run inside the action's transaction once act() has checked
 * that the caller may ask: an item a valid warehouse document covers is refused with 409 unless marked as a
 * verification; the verifications are returned for act() to audit with the action.
 */
export function supplementCheck(port: NationalPort, principal: Principal | undefined) {
  return async (
    tx: Tx,
    row: { id: string },
    items: readonly { name: string; documentTypeCode?: string; verification?: { reason: string } }[],
  ): Promise<Verification[]> => {
    const d = await findReuseDossier(tx, row.id);
    if (!d || !d.agencyCode) return [];
    const owner = warehouseOwner(d.ownerType, d.ownerIdNumber);
    const proc = owner ? await port.findPublishedProcedure(d.procedureCode) : undefined;
    const cas = proc ? caseOf(proc, d.caseCode) : undefined;
    if (!owner || !cas) return [];
    return refuseCoveredPaper(port, {
      principal,
      owner,
      agencyCodes: [d.agencyCode],
      components: cas.components,
      lines: items,
      dossierRef: d.id,
      dossierCode: d.code,
      stage: 'supplement',
    });
  };
}
