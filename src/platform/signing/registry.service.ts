/**
 * Sign and register: every PDF this system issues (receipts and forms, results, digitised copies) gets a short
 * verification code printed in it (text + QR pointing at PUBLIC_URL/xac-thuc/<code>), is signed by the agency,
 * stored in the blob store and registered with the SHA-256 of its signed bytes — so anyone can verify it later
 * by code or by uploading the file.
 */
import { createHash } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import {
  agencyNameAndCode,
  findSignedDocumentByCode,
  findSignedDocumentById,
  findSignedDocumentBySha256,
  registerSignedDocument,
} from './registry.repository.ts';
import { signPdf, verifyPdfForNode, verifyPdfUnder } from './signing.service.ts';
import type { SignedDocumentKind, SignedDocumentRow } from './signing.table.ts';
import {
  formatVerificationCode,
  newVerificationCode,
  parseVerificationCode,
  type PdfVerification,
} from './verification.ts';

export interface VerificationRef {
  /** The code as printed: XXXX-XXXX-XXXX. */
  code: string;
  /** PUBLIC_URL/xac-thuc/XXXX-XXXX-XXXX (the public verification page). */
  url: string;
}

export interface SignAndRegisterInput {
  agencyId: string;
  kind: SignedDocumentKind;
  title: string;
  /** Draw the PDF with the verification code and URL printed in it (text and QR). Called once per attempt. */
  render: (verification: VerificationRef) => Promise<Uint8Array>;
  dossierId?: string | null;
  ownerIdNumber?: string | null;
  metadata?: Record<string, unknown>;
  /** Signature dictionary fields; defaults: reason from the kind, location from the agency name. */
  reason?: string;
  location?: string;
}

export interface SignedAndRegistered {
  id: string;
  /** Stored form (12 characters, no dashes). */
  verificationCode: string;
  /** SHA-256 of the signed PDF (= its blob name). */
  sha256: string;
  blobSha256: string;
  signedPdf: Buffer;
}

export interface RegistryContext {
  config: Config;
  db: Db;
  blobs: BlobStore;
}

const REASONS: Record<SignedDocumentKind, string> = {
  receipt: 'Phiếu tiếp nhận hồ sơ',
  form: 'Văn bản trong quá trình giải quyết hồ sơ',
  result: 'Kết quả giải quyết thủ tục hành chính',
  digitised_copy: 'Bản số hóa có giá trị pháp lý',
};

export function verificationUrl(config: Pick<Config, 'PUBLIC_URL'>, code: string): string {
  return `${config.PUBLIC_URL.replace(/\/$/, '')}/xac-thuc/${formatVerificationCode(code)}`;
}

/**
 * Reserve a code, render the PDF with it, sign it as the agency, store it and register it. Pass
 * `{ ...ctx, db: trx }` to register inside a transaction of yours.
 */
export async function signAndRegister(
  ctx: RegistryContext,
  input: SignAndRegisterInput,
): Promise<SignedAndRegistered> {
  const agency = await agencyNameAndCode(ctx.db, input.agencyId);
  if (!agency) throw new AppError('agency-not-found');
  const code = newVerificationCode();
  const pdf = await input.render({
    code: formatVerificationCode(code),
    url: verificationUrl(ctx.config, code),
  });
  const signedPdf = await signPdf(ctx, input.agencyId, pdf, {
    reason: input.reason ?? REASONS[input.kind],
    location: input.location ?? agency.name,
    contactInfo: agency.code,
  });
  const sha256 = createHash('sha256').update(signedPdf).digest('hex');
  const blob = await ctx.blobs.put(signedPdf);
  const row = await registerSignedDocument(ctx.db, {
    verificationCode: code,
    kind: input.kind,
    sha256,
    blobSha256: blob.sha256,
    sizeBytes: signedPdf.byteLength,
    issuerAgencyId: input.agencyId,
    dossierId: input.dossierId ?? null,
    ownerIdNumber: input.ownerIdNumber ?? null,
    title: input.title,
    metadata: input.metadata ?? {},
  });
  return { id: row.id, verificationCode: code, sha256, blobSha256: blob.sha256, signedPdf };
}

/** "038087012345" → "038*****2345" (the verification page shows who a document belongs to, masked). */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return null;
  if (id.length <= 6) return `${id.slice(0, 1)}${'*'.repeat(id.length - 1)}`;
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

export interface RegistryEntryView {
  verificationCode: string;
  kind: SignedDocumentKind;
  title: string;
  issuer: { name: string; code: string };
  issuedAt: string;
  sha256: string;
  owner: string | null;
  status: 'valid' | 'replaced' | 'revoked';
  replacedAt: string | null;
  replacedBy: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
}

async function present(db: Db, row: SignedDocumentRow): Promise<RegistryEntryView> {
  const issuer = (await agencyNameAndCode(db, row.issuerAgencyId)) ?? { name: '', code: '' };
  const replacing = row.replacedBy ? await findSignedDocumentById(db, row.replacedBy) : undefined;
  return {
    verificationCode: formatVerificationCode(row.verificationCode),
    kind: row.kind,
    title: row.title,
    issuer,
    issuedAt: row.issuedAt,
    sha256: row.sha256,
    owner: maskIdNumber(row.ownerIdNumber),
    status: row.status,
    replacedAt: row.replacedAt,
    replacedBy: replacing ? formatVerificationCode(replacing.verificationCode) : null,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
  };
}

/**
 * Documents issued by the other connected systems of the federation (src/national/verification-remote): the
 * issuing system's registry entry for a code or a file hash, with that system's trust anchors as the portal's
 * registry records them. Null when no connected system issued it (or none answers).
 */
export interface RemoteVerification {
  lookup(query: { code: string } | { sha256: string }): Promise<RemoteEntry | null>;
}

export interface RemoteEntry {
  entry: RegistryEntryView;
  /** The issuing system's node code. */
  node: string;
  /** PEM certificates of the CAs the issuing system signs under (the registry's, never the file's). */
  cas: string[];
}

/** This system's own registry entry for a code or a file hash (what it answers another system's look-up). */
export async function findOwnEntry(db: Db, query: { code: string } | { sha256: string }): Promise<RegistryEntryView | null> {
  const row = 'code' in query ? await findSignedDocumentByCode(db, query.code) : await findSignedDocumentBySha256(db, query.sha256);
  return row ? present(db, row) : null;
}

/** Public look-up by the code printed on a document: this system's registry, else the issuing connected system's. */
export async function verifyByCode(db: Db, input: string, remote?: RemoteVerification): Promise<RegistryEntryView> {
  const code = parseVerificationCode(input);
  if (!code) throw new AppError('verification-code-invalid');
  const row = await findSignedDocumentByCode(db, code);
  if (row) return present(db, row);
  const found = await remote?.lookup({ code });
  if (!found) throw new AppError('signed-document-not-found');
  return found.entry;
}

export interface FileVerificationReport {
  sha256: string;
  signature: PdfVerification;
  /** The registry entry whose signed bytes are exactly this file (null: not issued by this system as is). */
  registered: RegistryEntryView | null;
  /** Signed intact, by a CA of this system, registered, and still valid. */
  valid: boolean;
}

/**
 * Public check of an uploaded PDF: its signature, and whether this system — or, through `remote`, another connected
 * system — issued exactly these bytes. A file issued elsewhere is checked under the issuing system's CAs from the
 * registry only, and its signer must be the agency the issuing system's registry names.
 */
export async function verifyFile(ctx: RegistryContext, bytes: Uint8Array, remote?: RemoteVerification): Promise<FileVerificationReport> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const row = await findSignedDocumentBySha256(ctx.db, sha256);
  if (!row && remote) {
    const found = bytes.byteLength > 0 ? await remote.lookup({ sha256 }) : null;
    if (found) {
      const signature = await verifyPdfUnder(ctx, bytes, found.cas);
      const sameSigner = !!signature.signer?.agencyCode && signature.signer.agencyCode === found.entry.issuer.code;
      if (signature.signed && !sameSigner) signature.problems.push('The signer is not the agency that issued the document');
      return {
        sha256,
        signature,
        registered: found.entry,
        valid: signature.intact && signature.trusted && sameSigner && found.entry.sha256 === sha256 && found.entry.status === 'valid',
      };
    }
  }
  const signature = await verifyPdfForNode(ctx, bytes);
  const registered = row ? await present(ctx.db, row) : null;
  return {
    sha256,
    signature,
    registered,
    valid: signature.intact && signature.trusted && registered?.status === 'valid',
  };
}
