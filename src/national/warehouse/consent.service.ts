/**
 * Consents to read a warehouse for one dossier (anchors.md §5 OOTS preview + explicit request, §7 Myinfo consent).
 * Online the owner consents per document; at the counter the person present consents to show what the warehouse
 * holds by reading out the code sent to their registered contact (counter-consent.service.ts). Withdrawn consents stop further reads (access.service.ts).
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { PortConsent, PortConsentInput, PortRequester } from '../../federation/warehouse-port.ts';
import {
  bindConsentRow,
  findConsent,
  findDocuments,
  insertAccessLog,
  insertConsent,
  withdrawConsentRow,
} from './warehouse.repository.ts';
import type { WarehouseConsentRow } from './warehouse.table.ts';
import { checkOwner } from './warehouse.ts';

export function toPortConsent(c: WarehouseConsentRow): PortConsent {
  return {
    id: c.id,
    owner: { kind: c.ownerKind, id: c.ownerId },
    channel: c.channel,
    dossierRef: c.dossierRef,
    dossierCode: c.dossierCode,
    agencyCode: c.agencyCode,
    purpose: c.purpose,
    documentIds: c.documentIds,
    recordedBy: { kind: c.recordedByKind, id: c.recordedById, name: c.recordedByName },
    createdAt: c.createdAt,
    withdrawnAt: c.withdrawnAt,
  };
}

/**
 * Record a consent. Online: the owner themselves, naming their own documents (a document of someone else →
 * 403 `warehouse-document-not-owned`, the attempt logged in that person's access log). Never a counter consent.
 */
export async function recordConsent(db: Db, input: PortConsentInput): Promise<{ consentId: string }> {
  const owner = checkOwner(input.owner);
  const by = input.recordedBy;
  if (input.channel === 'online' && !(by.kind === 'owner' && by.id === owner.id))
    throw new AppError('forbidden', { detail: 'Only the owner gives an online consent' });
  // at the counter the officer alone cannot make a consent: it takes the person's one-time code
  // (counter-consent.service.ts: requestCounterConsent, then confirmCounterConsent)
  if (input.channel === 'counter')
    throw new AppError('forbidden', { detail: 'A counter consent needs the one-time code sent to the person', data: { reason: 'counter-consent-needs-code' } });
  if (input.channel === 'online' && (!input.documentIds || input.documentIds.length === 0))
    throw new AppError('validation-failed', { errors: [{ path: '/documentIds', message: 'an online consent names documents' }] });
  const ids = [...new Set(input.documentIds ?? [])];
  const denied = await db.transaction().execute(async (tx) => {
    const docs = await findDocuments(tx, ids);
    const foreign = docs.filter((d) => d.ownerId !== owner.id);
    if (docs.length !== ids.length) return { missing: ids.filter((i) => !docs.some((d) => d.id === i)) };
    if (foreign.length) {
      await insertAccessLog(
        tx,
        foreign.map((d) => ({
          ownerId: d.ownerId,
          documentId: d.id,
          requesterKind: by.kind,
          requesterId: by.id,
          requesterName: by.name,
          agencyCode: by.agencyCode,
          dossierRef: input.dossierRef,
          dossierCode: input.dossierCode,
          purpose: input.purpose,
          consentId: null,
          legalBasis: null,
          what: 'consent' as const,
          outcome: 'refused' as const,
          reason: 'consent-for-another-persons-document',
        })),
      );
      return { foreign: foreign.map((d) => d.id) };
    }
    const row = await insertConsent(tx, {
      ownerKind: owner.kind,
      ownerId: owner.id,
      channel: input.channel,
      dossierRef: input.dossierRef,
      dossierCode: input.dossierCode,
      agencyCode: input.agencyCode,
      purpose: input.purpose.normalize('NFC'),
      documentIds: input.documentIds ? ids : null,
      recordedByKind: by.kind,
      recordedById: by.id,
      recordedByName: by.name,
      withdrawnAt: null,
      withdrawnBy: null,
    });
    return { id: row.id };
  });
  if ('missing' in denied) throw new AppError('warehouse-document-not-found', { data: { documentIds: denied.missing } });
  if ('foreign' in denied) throw new AppError('warehouse-document-not-owned', { data: { documentIds: denied.foreign } });
  return { consentId: denied.id };
}

async function consentOrThrow(db: Db, id: string): Promise<WarehouseConsentRow> {
  const c = await findConsent(db, id);
  if (!c) throw new AppError('warehouse-consent-not-found');
  return c;
}

/** Withdraw: by the owner (online and counter consents alike). Idempotence: a second withdrawal is 409. */
export async function withdrawConsent(db: Db, input: { consentId: string; requester: PortRequester }): Promise<void> {
  const c = await consentOrThrow(db, input.consentId);
  if (!(input.requester.kind === 'owner' && input.requester.id === c.ownerId)) throw new AppError('warehouse-consent-not-found');
  if (c.withdrawnAt) throw new AppError('warehouse-consent-withdrawn');
  await withdrawConsentRow(db, c.id, input.requester.id);
}

/**
 * Attach a consent to the dossier its reception became: a counter consent by the officer; an online consent given
 * on the portal for a forwarded submission by the competent agency's system (its own agency's consents only).
 */
export async function bindConsent(
  db: Db,
  input: { consentId: string; requester: PortRequester; dossierRef: string; dossierCode: string | null },
): Promise<void> {
  const c = await consentOrThrow(db, input.consentId);
  const bySystem = input.requester.kind === 'system' && c.channel === 'online' && input.requester.agencyCode === c.agencyCode;
  if (input.requester.kind !== 'officer' && !bySystem) throw new AppError('forbidden');
  if (c.withdrawnAt) throw new AppError('warehouse-consent-withdrawn');
  await bindConsentRow(db, c.id, input.dossierRef, input.dossierCode);
}

export async function getConsent(db: Db, id: string): Promise<PortConsent | undefined> {
  const c = await findConsent(db, id);
  return c ? toPortConsent(c) : undefined;
}
