/** Warehouse (Kho dữ liệu), once-only reuse, payments and verification: shapes and calls of the citizen portal. */
import { uploadRaw } from './upload.ts';

export type Provenance = 'issued' | 'digitised' | 'uploaded';
export type ReuseReason = 'ok' | 'revoked' | 'replaced' | 'expired' | 'wrong-scope' | 'unverified';

export interface WarehouseDoc {
  id: string;
  typeCode: string;
  name: string;
  numberSymbol: string | null;
  issuer: { code: string | null; name: string | null };
  signer: string | null;
  issueDate: string | null;
  validUntil: string | null;
  permanent: boolean;
  validityScope: string;
  provenance: Provenance;
  signatureStatus: string;
  verificationCode: string | null;
  file: { sha256: string; size: number; mime: string };
  status: string;
  hidden: boolean;
  expired: boolean;
  createdAt: string;
}

export interface ResolvedComponent {
  seq: number;
  name: string;
  documentTypeCode: string | null;
  replacingResultCode: string | null;
  candidates: { document: WarehouseDoc; matchedBy: string; reason: ReuseReason }[];
  covered: boolean;
}

export interface Resolution {
  procedureCode: string;
  caseCode: string;
  components: ResolvedComponent[];
}

export interface AccessEntry {
  id?: string | number;
  documentId: string | null;
  what: string;
  purpose: string | null;
  requesterKind: string;
  requesterName?: string | null;
  agencyCode?: string | null;
  dossierCode?: string | null;
  outcome: string;
  reason?: string | null;
  at?: string;
  createdAt?: string;
}

export interface Consent {
  id: string;
  channel: 'online' | 'counter';
  dossierRef: string;
  dossierCode: string | null;
  agencyCode: string;
  purpose: string;
  documentIds: string[] | null;
  createdAt: string;
  withdrawnAt: string | null;
}

export interface MyPayment {
  id: string;
  amount: number;
  state: 'unpaid' | 'pending' | 'paid' | 'cancelled' | 'refunded';
  reference: string;
  description: string;
  paidAt: string | null;
}

export interface DossierResult {
  id: string;
  [k: string]: unknown;
}

export interface RegistryEntry {
  verificationCode: string;
  kind: string;
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

export interface FileReport {
  sha256: string;
  signature: {
    signed: boolean;
    intact: boolean;
    signatureValid: boolean;
    trusted: boolean;
    signer: { commonName: string | null; agencyCode: string | null; organisation: string | null } | null;
    signedAt: string | null;
    problems: string[];
  };
  registered: RegistryEntry | null;
  valid: boolean;
}

/** Upload my own document into my warehouse (provenance `uploaded`, not verified). */
export function uploadToWarehouse(
  file: File,
  meta: { typeCode: string; name: string; numberSymbol?: string; issueDate?: string },
  onProgress: (f: number) => void,
): Promise<WarehouseDoc> {
  const q = new URLSearchParams({ typeCode: meta.typeCode, name: meta.name.slice(0, 300) });
  if (meta.numberSymbol) q.set('numberSymbol', meta.numberSymbol);
  if (meta.issueDate) q.set('issueDate', meta.issueDate);
  return uploadRaw<WarehouseDoc>(`/api/v1/my/warehouse/documents?${q.toString()}`, file, onProgress);
}

export const fileUrl = (id: string) => `/api/v1/my/warehouse/documents/${encodeURIComponent(id)}/file`;

/** Accepted files: what the server checks by content. */
export const ACCEPT = 'application/pdf,image/jpeg,image/png';
export const MAX_BYTES = 20 * 1024 * 1024;

export { uploadRaw } from './upload.ts';
