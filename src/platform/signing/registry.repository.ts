/** SQL of the registry of signed documents (table signed_documents, migration 0930). */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { SignedDocumentKind, SignedDocumentRow } from './signing.table.ts';

type Q = Kysely<Database>;

export interface RegisterInput {
  verificationCode: string;
  kind: SignedDocumentKind;
  sha256: string;
  blobSha256: string;
  sizeBytes: number;
  issuerAgencyId: string;
  dossierId?: string | null;
  ownerIdNumber?: string | null;
  title: string;
  metadata?: Record<string, unknown>;
}

/** Insert a registry row. Throws PostgreSQL's unique violation (23505) when the code or the hash already exists. */
export function registerSignedDocument(db: Q, input: RegisterInput): Promise<SignedDocumentRow> {
  return db
    .insertInto('signedDocuments')
    .values({
      verificationCode: input.verificationCode,
      kind: input.kind,
      sha256: input.sha256,
      blobSha256: input.blobSha256,
      sizeBytes: input.sizeBytes,
      issuerAgencyId: input.issuerAgencyId,
      dossierId: input.dossierId ?? null,
      ownerIdNumber: input.ownerIdNumber ?? null,
      title: input.title.normalize('NFC'),
      metadata: JSON.stringify(input.metadata ?? {}),
      replacedBy: null,
      replacedAt: null,
      revokedReason: null,
      revokedAt: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findSignedDocumentByCode(db: Q, code: string): Promise<SignedDocumentRow | undefined> {
  return db.selectFrom('signedDocuments').selectAll().where('verificationCode', '=', code).executeTakeFirst();
}

export function findSignedDocumentBySha256(db: Q, sha256: string): Promise<SignedDocumentRow | undefined> {
  return db.selectFrom('signedDocuments').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

export function findSignedDocumentById(db: Q, id: string): Promise<SignedDocumentRow | undefined> {
  return db.selectFrom('signedDocuments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Mark `id` replaced by `byId` if it is still valid; returns false when it was not valid any more. */
export async function replaceSignedDocument(db: Q, id: string, byId: string): Promise<boolean> {
  const r = await db
    .updateTable('signedDocuments')
    .set({ status: 'replaced', replacedBy: byId, replacedAt: new Date().toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'valid')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Mark `id` revoked with a reason if it is still valid; returns false when it was not valid any more. */
export async function revokeSignedDocument(db: Q, id: string, reason: string): Promise<boolean> {
  const r = await db
    .updateTable('signedDocuments')
    .set({ status: 'revoked', revokedReason: reason.normalize('NFC'), revokedAt: new Date().toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'valid')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function agencyNameAndCode(db: Q, id: string): Promise<{ name: string; code: string } | undefined> {
  return db.selectFrom('agencies').select(['name', 'code']).where('id', '=', id).executeTakeFirst();
}
