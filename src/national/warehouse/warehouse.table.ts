import type { Generated, Selectable } from 'kysely';

export type OwnerKind = 'citizen' | 'organisation';
export type Provenance = 'issued' | 'digitised' | 'uploaded';
export type DocumentStatus = 'valid' | 'replaced' | 'revoked';

export interface WarehouseDocumentTable {
  id: Generated<string>;
  ownerKind: OwnerKind;
  ownerId: string;
  typeCode: string;
  name: string;
  numberSymbol: string | null;
  abstract: string | null;
  issuerCode: string | null;
  issuerName: string | null;
  signer: string | null;
  issueDate: string | null;
  validUntil: string | null;
  permanent: boolean;
  validityScope: string;
  provenance: Provenance;
  signatureStatus: string;
  fileSha256: string;
  fileSize: number;
  fileMime: string;
  originDossierCode: string | null;
  originProcedureCode: string | null;
  originSectorCode: string | null;
  status: Generated<DocumentStatus>;
  statusReason: string | null;
  hidden: Generated<boolean>;
  verificationCode: string | null;
  idempotencyKey: string | null;
  depositedByKind: string;
  depositedById: string;
  depositedByAgency: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export interface WarehouseConsentTable {
  id: Generated<string>;
  ownerKind: OwnerKind;
  ownerId: string;
  channel: 'online' | 'counter';
  dossierRef: string;
  dossierCode: string | null;
  agencyCode: string;
  purpose: string;
  documentIds: string[] | null;
  recordedByKind: string;
  recordedById: string;
  recordedByName: string;
  createdAt: Generated<string>;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
}

/** A counter consent waiting for the person's one-time code (migration 1070). */
export interface WarehouseConsentChallengeTable {
  id: Generated<string>;
  ownerKind: OwnerKind;
  ownerId: string;
  dossierRef: string;
  agencyCode: string;
  purpose: string;
  requestedByKind: string;
  requestedById: string;
  requestedByName: string;
  codeHash: string;
  attempts: Generated<number>;
  expiresAt: string;
  consentId: string | null;
  createdAt: Generated<string>;
}

export interface WarehouseAccessLogTable {
  id: Generated<number>;
  at: Generated<string>;
  ownerId: string;
  documentId: string | null;
  requesterKind: 'officer' | 'system' | 'owner';
  requesterId: string;
  requesterName: string;
  agencyCode: string | null;
  dossierRef: string | null;
  dossierCode: string | null;
  purpose: string;
  consentId: string | null;
  legalBasis: string | null;
  what: 'metadata' | 'file' | 'check' | 'consent';
  outcome: 'ok' | 'refused';
  reason: string | null;
}

export interface WarehouseTables {
  warehouseDocuments: WarehouseDocumentTable;
  warehouseConsents: WarehouseConsentTable;
  warehouseAccessLog: WarehouseAccessLogTable;
  warehouseConsentChallenges: WarehouseConsentChallengeTable;
}

export type WarehouseDocumentRow = Selectable<WarehouseDocumentTable>;
export type WarehouseConsentRow = Selectable<WarehouseConsentTable>;
export type AccessLogRow = Selectable<WarehouseAccessLogTable>;
export type WarehouseConsentChallengeRow = Selectable<WarehouseConsentChallengeTable>;
