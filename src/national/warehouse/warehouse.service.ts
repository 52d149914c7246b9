/** Deposits (by agencies, through the port) and the owner's own operations on their warehouse. */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { PortDepositInput, PortOwner, PortRequester, PortWarehouseDocument } from '../../federation/warehouse-port.ts';
import type { ReceivedUpload } from '../../platform/documents/upload.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { SHA256_HEX } from '../../platform/storage/blob-store.ts';
import { findDocument, insertDocumentOnce, listAccessLog, listOwnerDocuments, setHidden, setStatus, type DocumentFilter } from './warehouse.repository.ts';
import type { AccessLogRow } from './warehouse.table.ts';
import { checkOwner, toPortDocument } from './warehouse.ts';

const nfc = (s: string | null | undefined): string | null => (s == null ? null : s.normalize('NFC'));

/**
 * Put a document into its owner's warehouse. The file must already be in the blob store. Idempotent on the
 * idempotency key, else on (owner, file hash, type code): a repeated deposit answers the first document's id.
 */
export async function depositDocument(db: Db, blobs: BlobStore, input: PortDepositInput): Promise<{ documentId: string; created: boolean }> {
  const owner = checkOwner(input.owner);
  if (!SHA256_HEX.test(input.file.sha256) || !(await blobs.has(input.file.sha256)))
    throw new AppError('validation-failed', { errors: [{ path: '/file/sha256', message: 'no such file in the blob store' }] });
  if (input.provenance !== 'uploaded' && (input.depositor.kind !== 'officer' && input.depositor.kind !== 'system'))
    throw new AppError('forbidden', { detail: 'Only an agency deposits issued or digitised documents' });
  if (!input.typeCode.trim() || !input.name.trim())
    throw new AppError('validation-failed', { errors: [{ path: '/typeCode', message: 'type code and name are required' }] });
  const r = await insertDocumentOnce(db, {
    ownerKind: owner.kind,
    ownerId: owner.id,
    typeCode: input.typeCode,
    name: input.name.normalize('NFC'),
    numberSymbol: nfc(input.numberSymbol),
    abstract: nfc(input.abstract),
    issuerCode: input.issuer.code,
    issuerName: nfc(input.issuer.name),
    signer: nfc(input.signer),
    issueDate: input.issueDate,
    validUntil: input.permanent ? null : input.validUntil,
    permanent: input.permanent,
    validityScope: input.validityScope || 'national',
    provenance: input.provenance,
    signatureStatus: input.signatureStatus,
    fileSha256: input.file.sha256,
    fileSize: input.file.size,
    fileMime: input.file.mime,
    originDossierCode: input.origin.dossierCode,
    originProcedureCode: input.origin.procedureCode,
    originSectorCode: input.origin.sectorCode,
    statusReason: null,
    verificationCode: input.verificationCode,
    idempotencyKey: input.idempotencyKey ?? null,
    depositedByKind: input.depositor.kind,
    depositedById: input.depositor.id,
    depositedByAgency: input.depositor.agencyCode,
  });
  return { documentId: r.id, created: r.created };
}

/** A result replaced or revoked: by an officer or the system (the issuing side). */
export async function markDocumentStatus(
  db: Db,
  input: { requester: PortRequester; documentId: string; status: 'replaced' | 'revoked'; reason: string },
): Promise<void> {
  if (input.requester.kind === 'owner') throw new AppError('forbidden');
  if (!input.reason.trim()) throw new AppError('reason-required');
  const row = await setStatus(db, input.documentId, input.status, input.reason.normalize('NFC'));
  if (!row) throw new AppError('warehouse-document-not-found');
}

export async function myDocuments(db: Db, owner: PortOwner, f: DocumentFilter): Promise<PortWarehouseDocument[]> {
  return (await listOwnerDocuments(db, owner.id, f)).map((r) => toPortDocument(r));
}

export async function myDocument(db: Db, owner: PortOwner, id: string): Promise<PortWarehouseDocument> {
  const row = await findDocument(db, id);
  if (!row || row.ownerId !== owner.id) throw new AppError('warehouse-document-not-found');
  return toPortDocument(row);
}

export async function setMyDocumentHidden(db: Db, owner: PortOwner, id: string, hidden: boolean): Promise<PortWarehouseDocument> {
  const row = await setHidden(db, owner.id, id, hidden);
  if (!row) throw new AppError('warehouse-document-not-found');
  return toPortDocument(row);
}

export interface UploadMeta {
  typeCode: string;
  name: string;
  numberSymbol?: string;
  issueDate?: string;
  validUntil?: string;
  issuerName?: string;
}

/**
 * The owner's own upload, already received and inspected by content (src/platform/documents receiveUpload):
 * provenance `uploaded`, not verified, unsigned as far as the warehouse knows.
 */
export async function uploadMyDocument(
  db: Db,
  blobs: BlobStore,
  owner: PortOwner,
  up: Pick<ReceivedUpload, 'blob' | 'inspected'>,
  meta: UploadMeta,
): Promise<PortWarehouseDocument> {
  const file = { sha256: up.blob.sha256, size: up.blob.size, mime: up.inspected.mime };
  const { documentId } = await depositDocument(db, blobs, {
    owner,
    typeCode: meta.typeCode,
    name: meta.name,
    numberSymbol: meta.numberSymbol ?? null,
    abstract: null,
    issuer: { code: null, name: meta.issuerName ?? null },
    signer: null,
    issueDate: meta.issueDate ?? null,
    validUntil: meta.validUntil ?? null,
    permanent: false,
    validityScope: 'national',
    provenance: 'uploaded',
    signatureStatus: 'unsigned',
    origin: { dossierCode: null, procedureCode: null, sectorCode: null },
    verificationCode: null,
    file,
    depositor: { kind: 'owner', id: owner.id, name: owner.id, agencyCode: null },
  });
  return myDocument(db, owner, documentId);
}

export async function myAccessLog(db: Db, owner: PortOwner, limit: number, offset: number): Promise<{ total: number; items: AccessLogRow[] }> {
  return listAccessLog(db, owner.id, limit, offset);
}
