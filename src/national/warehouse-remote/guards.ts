/**
 * What the portal checks about a warehouse message beyond what the warehouse service checks in process: a node
 * acts only through its own officers or its system — never as an owner (owners act on the portal) — and only for
 * an agency it hosts (`agencyOfNode`, src/platform/reference/agency-node.ts), and it uses
 * only consents recorded for its own agencies. A read refused here is logged in the owner's access log like any
 * refused read (the refusal commits its row, then 403 `warehouse-access-refused` with the reason).
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { findConsent, findDocument, insertAccessLog, type NewAccessLog } from '../warehouse/warehouse.repository.ts';
import { agencyOfNode } from '../../platform/reference/agency-node.ts';
import type { PortAccess, PortRequester } from '../../federation/warehouse-port.ts';

/** A write (deposit, status, consent) by the node's officer or system for one of its agencies; throws otherwise. */
export async function assertNodeActor(db: Db, node: string, by: PortRequester, agencyCode: string | null = by.agencyCode): Promise<void> {
  if (by.kind === 'owner') throw new AppError('forbidden', { detail: 'A connected system acts through its officers or its system; owners act on the portal', data: { reason: 'owner-acts-on-the-portal' } });
  if (!(await agencyOfNode(db, by.agencyCode, node)) || !(await agencyOfNode(db, agencyCode, node)))
    throw new AppError('warehouse-agency-of-another-node', { data: { agencyCode: agencyCode ?? by.agencyCode, node } });
}

/** Why this node may not read under `access` (undefined: the warehouse service decides the rest). */
export async function nodeReadRefusal(db: Db, node: string, access: PortAccess): Promise<string | undefined> {
  if (access.requester.kind === 'owner') return 'owner-reads-on-the-portal-only';
  if (!(await agencyOfNode(db, access.requester.agencyCode, node))) return 'agency-of-another-node';
  if (access.consentId) {
    const c = await findConsent(db, access.consentId);
    if (c && !(await agencyOfNode(db, c.agencyCode, node))) return 'consent-of-another-node';
  }
  return undefined;
}

/** Writes the refused read in the owner's access log (its own transaction), then throws the refusal. */
export async function refuseRead(db: Db, access: PortAccess, ownerId: string, documentId: string | null, what: NewAccessLog['what'], reason: string): Promise<never> {
  await insertAccessLog(db, [
    {
      ownerId,
      documentId,
      requesterKind: access.requester.kind,
      requesterId: access.requester.id,
      requesterName: access.requester.name,
      agencyCode: access.requester.agencyCode,
      dossierRef: access.dossierRef,
      dossierCode: access.dossierCode,
      purpose: access.purpose,
      consentId: access.consentId,
      legalBasis: access.legalBasis,
      what,
      outcome: 'refused',
      reason,
    },
  ]);
  throw new AppError('warehouse-access-refused', { detail: `Access refused: ${reason}`, data: { reason } });
}

/** The owner of a document (for a read refused before the service runs); `warehouse-document-not-found` if none. */
export async function ownerOfDocument(db: Db, documentId: string): Promise<string> {
  const row = await findDocument(db, documentId);
  if (!row) throw new AppError('warehouse-document-not-found');
  return row.ownerId;
}

/** A status change only for a document one of the node's agencies deposited. */
export async function assertDepositedByNode(db: Db, node: string, documentId: string): Promise<void> {
  const row = await findDocument(db, documentId);
  if (!row) throw new AppError('warehouse-document-not-found');
  if (!(await agencyOfNode(db, row.depositedByAgency, node))) throw new AppError('warehouse-agency-of-another-node', { data: { documentId, node } });
}

/** A consent recorded for one of the node's agencies, else `warehouse-consent-not-found` (no other node's consents). */
export async function assertConsentOfNode(db: Db, node: string, consentId: string): Promise<void> {
  const c = await findConsent(db, consentId);
  if (!c || !(await agencyOfNode(db, c.agencyCode, node))) throw new AppError('warehouse-consent-not-found');
}
