/**
 * Reads of a warehouse by anyone but its owner. Each read is decided here — a dossier, and a consent of the owner
 * for that dossier (officers) or a recorded legal basis (the system's once-only check) — and the decision, granted
 * or refused, is written to the access log in the same transaction as the read. Refusals commit their log row,
 * then answer 403 `warehouse-access-refused`.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type {
  PortAccess,
  PortCoverageCandidate,
  PortOwner,
  PortWarehouseDocument,
} from '../../federation/warehouse-port.ts';
import {
  findConsent,
  findDocument,
  insertAccessLog,
  listOwnerDocuments,
  type NewAccessLog,
  type Tx,
} from './warehouse.repository.ts';
import type { WarehouseDocumentRow } from './warehouse.table.ts';
import { toCoverage, toPortDocument } from './warehouse.ts';

type What = NewAccessLog['what'];

function logRow(a: PortAccess, ownerId: string, documentId: string | null, what: What, outcome: 'ok' | 'refused', reason: string | null): NewAccessLog {
  return {
    ownerId,
    documentId,
    requesterKind: a.requester.kind,
    requesterId: a.requester.id,
    requesterName: a.requester.name,
    agencyCode: a.requester.agencyCode,
    dossierRef: a.dossierRef,
    dossierCode: a.dossierCode,
    purpose: a.purpose,
    consentId: a.consentId,
    legalBasis: a.legalBasis,
    what,
    outcome,
    reason,
  };
}

/**
 * Why this access may not read these documents of `ownerId` (undefined: it may). `documentIds` null: a listing.
 * The owner reads freely; the system only with a legal basis and only for a check, or like an officer under a
 * consent; an officer only for a dossier with the owner's consent for that dossier, not withdrawn, covering the
 * documents.
 */
async function refusal(tx: Tx, a: PortAccess, ownerId: string, documentIds: string[] | null, what: What): Promise<string | undefined> {
  if (a.requester.kind === 'owner') return a.requester.id === ownerId ? undefined : 'not-the-owner';
  if (!a.dossierRef?.trim()) return 'no-dossier';
  if (!a.purpose.trim()) return 'no-purpose';
  // the system itself: a check under a legal basis, or (a dossier forwarded from the portal) what the owner's
  // consent for that dossier names, exactly like an officer
  if (a.requester.kind === 'system' && !a.consentId) {
    if (what !== 'check') return 'system-reads-only-for-checks';
    return a.legalBasis?.trim() ? undefined : 'no-legal-basis';
  }
  if (!a.consentId) return 'no-consent';
  const c = await findConsent(tx, a.consentId);
  if (!c || c.ownerId !== ownerId) return 'consent-not-for-this-owner';
  if (c.withdrawnAt) return 'consent-withdrawn';
  if (c.dossierRef !== a.dossierRef) return 'consent-for-another-dossier';
  if (c.documentIds !== null) {
    if (documentIds === null) return 'consent-does-not-cover-listing';
    if (documentIds.some((d) => !c.documentIds!.includes(d))) return 'consent-does-not-cover-document';
  }
  return undefined;
}

function refused(reason: string): AppError {
  return new AppError('warehouse-access-refused', { detail: `Access refused: ${reason}`, data: { reason } });
}

/** Run a decided read: log it (granted or refused) in the read's transaction; throw after commit when refused. */
async function decided<T>(db: Db, run: (tx: Tx) => Promise<{ value: T } | { refused: string }>): Promise<T> {
  const r = await db.transaction().execute(run);
  if ('refused' in r) throw refused(r.refused);
  return r.value;
}

/** The owner's documents of the given types (all when omitted), hidden ones left out for anyone but the owner. */
export async function findOwnerDocuments(
  db: Db,
  a: PortAccess,
  q: { owner: PortOwner; typeCodes?: string[] },
): Promise<PortWarehouseDocument[]> {
  return decided<PortWarehouseDocument[]>(db, async (tx) => {
    const isOwner = a.requester.kind === 'owner';
    const rows = await listOwnerDocuments(tx, q.owner.id, { ...(q.typeCodes ? { typeCodes: q.typeCodes } : {}), includeHidden: isOwner });
    const why = await refusal(tx, a, q.owner.id, null, 'metadata');
    // an online consent names documents: a listing under it shows exactly those
    let visible: WarehouseDocumentRow[] = rows;
    if (why === 'consent-does-not-cover-listing') {
      const c = await findConsent(tx, a.consentId!);
      visible = rows.filter((r) => c!.documentIds!.includes(r.id));
    } else if (why) {
      await insertAccessLog(tx, [logRow(a, q.owner.id, null, 'metadata', 'refused', why)]);
      return { refused: why };
    }
    if (!isOwner) await insertAccessLog(tx, visible.map((r) => logRow(a, q.owner.id, r.id, 'metadata', 'ok', null)));
    return { value: visible.map((r) => toPortDocument(r)) };
  });
}

/** One document, for its metadata or its file; a hidden document is not found for anyone but its owner. */
export async function fetchDocument(db: Db, a: PortAccess, documentId: string, part: 'metadata' | 'file'): Promise<PortWarehouseDocument> {
  return decided<PortWarehouseDocument>(db, async (tx) => {
    const row = await findDocument(tx, documentId);
    if (!row) throw new AppError('warehouse-document-not-found');
    const why = await refusal(tx, a, row.ownerId, [row.id], part);
    if (a.requester.kind !== 'owner' || why) await insertAccessLog(tx, [logRow(a, row.ownerId, row.id, part, why ? 'refused' : 'ok', why ?? null)]);
    if (why) return { refused: why };
    if (row.hidden && a.requester.kind !== 'owner') throw new AppError('warehouse-document-not-found');
    return { value: toPortDocument(row) };
  });
}

/** The once-only system check: the owner's documents of these types, identifying fields only; logged as a check. */
export async function checkCoverage(db: Db, a: PortAccess, q: { owner: PortOwner; typeCodes: string[] }): Promise<PortCoverageCandidate[]> {
  return decided<PortCoverageCandidate[]>(db, async (tx) => {
    const why = await refusal(tx, a, q.owner.id, null, 'check');
    if (why) {
      await insertAccessLog(tx, [logRow(a, q.owner.id, null, 'check', 'refused', why)]);
      return { refused: why };
    }
    const rows = await listOwnerDocuments(tx, q.owner.id, { typeCodes: q.typeCodes, includeHidden: false });
    await insertAccessLog(tx, rows.length ? rows.map((r) => logRow(a, q.owner.id, r.id, 'check', 'ok', null)) : [logRow(a, q.owner.id, null, 'check', 'ok', null)]);
    return { value: rows.map((r) => toCoverage(r)) };
  });
}
