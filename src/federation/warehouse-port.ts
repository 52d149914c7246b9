/**
 * The warehouse half of the national port (domain-vn.md §5.3): a local system deposits documents into the owner's
 * Electronic Data Warehouse and reads them for a dossier. Every read names who asks, for which dossier and purpose,
 * and the consent (or legal basis) it relies on; the national module decides, logs the decision in the same
 * transaction, and answers. Plain JSON only: a local system with a remote portal carries these over signed HTTP
 * (src/federation/warehouse-remote/, one single-use signed message per call; deposits by reference).
 */

export type PortOwnerKind = 'citizen' | 'organisation';

/** A person (12-digit personal ID) or an organisation (tax code). */
export interface PortOwner {
  kind: PortOwnerKind;
  id: string;
}

/** Who asks: an officer (with the agency they act for), the owner, or the system itself (a rule check). */
export interface PortRequester {
  kind: 'officer' | 'owner' | 'system';
  id: string;
  name: string;
  agencyCode: string | null;
}

/** The context every read carries. `dossierRef` is the dossier's id, or the reference of a reception being prepared. */
export interface PortAccess {
  requester: PortRequester;
  dossierRef: string | null;
  dossierCode: string | null;
  purpose: string;
  consentId: string | null;
  /** A legal basis recorded instead of a consent (system checks only). */
  legalBasis: string | null;
}

export type PortProvenance = 'issued' | 'digitised' | 'uploaded';
export type PortDocumentStatus = 'valid' | 'replaced' | 'revoked';

export interface PortDocumentMeta {
  typeCode: string;
  name: string;
  numberSymbol: string | null;
  abstract: string | null;
  issuer: { code: string | null; name: string | null };
  signer: string | null;
  issueDate: string | null;
  validUntil: string | null;
  permanent: boolean;
  /** 'national' or a province node code such as 'H56'. */
  validityScope: string;
  provenance: PortProvenance;
  /** As given by the depositor: signed_valid, signed_invalid, unsigned, … */
  signatureStatus: string;
  origin: { dossierCode: string | null; procedureCode: string | null; sectorCode: string | null };
  verificationCode: string | null;
}

export interface PortWarehouseDocument extends PortDocumentMeta {
  id: string;
  owner: PortOwner;
  file: { sha256: string; size: number; mime: string };
  status: PortDocumentStatus;
  hidden: boolean;
  /** validUntil < today (Vietnam time), not permanent. Computed at read time. */
  expired: boolean;
  createdAt: string;
}

/** What a system check (the once-only refusal rule) may see: identifying fields and what decides validity. */
export interface PortCoverageCandidate {
  id: string;
  typeCode: string;
  numberSymbol: string | null;
  issuer: { code: string | null; name: string | null };
  validUntil: string | null;
  permanent: boolean;
  validityScope: string;
  provenance: PortProvenance;
  status: PortDocumentStatus;
  expired: boolean;
}

export interface PortDepositInput extends PortDocumentMeta {
  owner: PortOwner;
  /** The file, already in the blob store (ctx.blobs) under this hash. */
  file: { sha256: string; size: number; mime: string };
  depositor: PortRequester;
  /** Deposits are idempotent on this key, else on (owner, file hash, type code). */
  idempotencyKey?: string | null;
}

export interface PortConsent {
  id: string;
  owner: PortOwner;
  channel: 'online' | 'counter';
  dossierRef: string;
  dossierCode: string | null;
  agencyCode: string;
  purpose: string;
  /** null: every document of the owner (a counter consent); else exactly these. */
  documentIds: string[] | null;
  recordedBy: { kind: string; id: string; name: string };
  createdAt: string;
  withdrawnAt: string | null;
}

export interface PortConsentInput {
  owner: PortOwner;
  channel: 'online' | 'counter';
  dossierRef: string;
  dossierCode: string | null;
  agencyCode: string;
  purpose: string;
  documentIds: string[] | null;
  /** Online: the owner; at the counter: the one-stop officer who saw the person consent. */
  recordedBy: PortRequester;
}

/**
 * A counter consent asked for the person at the counter: the portal sends a one-time code to the person's
 * registered contact (never to an address the officer gives) and the consent exists only once the code typed in at
 * the counter matched (`confirmCounterConsent`). The code never leaves the portal except in that message.
 */
export interface PortCounterConsentRequest {
  owner: PortOwner;
  dossierRef: string;
  agencyCode: string;
  purpose: string;
  /** The one-stop officer at the counter. */
  requestedBy: PortRequester;
}

export interface PortConsentChallenge {
  challengeId: string;
  dossierRef: string;
  expiresAt: string;
  attemptsLeft: number;
  /** Where the code went, masked (so the officer can tell the person where to look). */
  sentTo: { channel: 'sms' | 'email'; to: string }[];
}

export interface WarehousePort {
  /** Put a document in its owner's warehouse (results, digitised copies). Idempotent. */
  depositDocument(input: PortDepositInput): Promise<{ documentId: string; created: boolean }>;
  /** Mark a result replaced or revoked (by the depositing side). */
  markDocumentStatus(input: {
    requester: PortRequester;
    documentId: string;
    status: 'replaced' | 'revoked';
    reason: string;
  }): Promise<void>;
  /** The owner's documents of the given types (all types when omitted), read under `access` (checked and logged). */
  findOwnerDocuments(access: PortAccess, query: { owner: PortOwner; typeCodes?: string[] }): Promise<PortWarehouseDocument[]>;
  /** One document's metadata and file (the bytes are made available in the caller's blob store under file.sha256). */
  fetchDocument(access: PortAccess, documentId: string, part: 'metadata' | 'file'): Promise<PortWarehouseDocument>;
  /** The once-only system check: which documents of these types the owner holds (identifying fields only; logged). */
  checkCoverage(access: PortAccess, query: { owner: PortOwner; typeCodes: string[] }): Promise<PortCoverageCandidate[]>;
  /** An online consent (the owner). A counter consent goes through requestCounterConsent + confirmCounterConsent. */
  recordConsent(input: PortConsentInput): Promise<{ consentId: string }>;
  /** Send a one-time code to the owner's registered contact; a pending counter consent (no consent yet). */
  requestCounterConsent(input: PortCounterConsentRequest): Promise<PortConsentChallenge>;
  /** The code the person read out at the counter: the consent, when it matches (limited attempts, expiry, once). */
  confirmCounterConsent(input: { challengeId: string; code: string; requester: PortRequester }): Promise<{ consentId: string; dossierRef: string }>;
  /** Attach a counter consent (recorded for a reception being prepared) to the dossier it became. */
  bindConsent(input: { consentId: string; requester: PortRequester; dossierRef: string; dossierCode: string | null }): Promise<void>;
  withdrawConsent(input: { consentId: string; requester: PortRequester }): Promise<void>;
  findConsent(consentId: string): Promise<PortConsent | undefined>;
}
