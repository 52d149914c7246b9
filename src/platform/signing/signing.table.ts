import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface SigningCaTable {
  id: Generated<string>;
  nodeCode: string | null;
  kind: 'dev-node' | 'configured';
  subject: string;
  fingerprint: string;
  certPem: string;
  keyEnc: string | null;
  createdAt: Generated<string>;
}

export interface AgencySigningKeyTable {
  agencyId: string;
  caId: string;
  serialNumber: string;
  fingerprint: string;
  certPem: string;
  keyEnc: string;
  notAfter: string;
  createdAt: Generated<string>;
}

export type SignedDocumentKind = 'receipt' | 'form' | 'result' | 'digitised_copy';
export type SignedDocumentStatus = 'valid' | 'replaced' | 'revoked';

export interface SignedDocumentTable {
  id: Generated<string>;
  verificationCode: string;
  kind: SignedDocumentKind;
  sha256: string;
  blobSha256: string;
  sizeBytes: number;
  issuerAgencyId: string;
  dossierId: string | null;
  ownerIdNumber: string | null;
  title: string;
  metadata: Json<Record<string, unknown>>;
  status: Generated<SignedDocumentStatus>;
  replacedBy: string | null;
  replacedAt: string | null;
  revokedReason: string | null;
  revokedAt: string | null;
  issuedAt: Generated<string>;
}

export interface SigningTables {
  signingCas: SigningCaTable;
  agencySigningKeys: AgencySigningKeyTable;
  signedDocuments: SignedDocumentTable;
}

export type SignedDocumentRow = Selectable<SignedDocumentTable>;
export type SigningCaRow = Selectable<SigningCaTable>;
export type AgencySigningKeyRow = Selectable<AgencySigningKeyTable>;
