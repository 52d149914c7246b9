/** Tables of the federation transport (migration 0970): registry and inbox (national), outbox and streams (local). */
import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface FederationNodeTable {
  code: string;
  name: string;
  baseUrl: Generated<string>;
  publicKey: string;
  status: Generated<'active' | 'suspended'>;
  connectedSince: Generated<string>;
  lastMessageAt: string | null;
  syncLagMs: number | null;
  eventsApplied: Generated<number>;
  errorCount: Generated<number>;
  lastError: string | null;
  lastErrorAt: string | null;
}

export interface FederationInboxTable {
  messageId: string;
  sender: string;
  type: string;
  bodySha256: string;
  receipt: Json<Record<string, unknown>>;
  receivedAt: Generated<string>;
}

export interface NationalDossierTable {
  sourceNode: string;
  sourceId: string;
  maHoSo: string | null;
  trangThai: number;
  lastSeq: number;
  payload: Json<Record<string, unknown>>;
  changedAt: string;
  appliedAt: Generated<string>;
  /** Resolving agency code and creation day (Vietnam time) of the latest snapshot (migration 0996). */
  agencyCode: Generated<string | null>;
  day: Generated<string | null>;
}

export interface NationalDossierProgressTable {
  sourceNode: string;
  sourceId: string;
  seq: number;
  idx: Generated<number>;
  trangThai: number;
  payload: Json<Record<string, unknown>>;
  /** The dossier's creation day (Vietnam), the month partition (migration 1341). */
  day: string;
}

/** Dossier code → mirror key and the month of its progress rows, kept by triggers (migration 1500). */
export interface NationalDossierCodeTable {
  maHoSo: string;
  sourceNode: string;
  sourceId: string;
  /** The day whose month partition holds all the dossier's progress rows; null: not known (read every month). */
  progressDay: string | null;
}

export interface SyncStreamTable {
  dossierId: string;
  lastSeq: number;
  ackedSeq: Generated<number>;
  attempts: Generated<number>;
  nextAttemptAt: Generated<string>;
  lastError: string | null;
  lastErrorAt: string | null;
}

/** The registry's trust anchors of a connected system's signed documents (migration 1270). */
export interface FederationNodeSigningCaTable {
  nodeCode: string;
  fingerprint: string;
  certPem: string;
  recordedAt: Generated<string>;
}

export interface SyncOutboxTable {
  dossierId: string;
  seq: number;
  event: Json<Record<string, unknown>>;
  createdAt: Generated<string>;
}

export interface FederationSyncTables {
  federationNodes: FederationNodeTable;
  federationNodeSigningCas: FederationNodeSigningCaTable;
  federationInbox: FederationInboxTable;
  nationalDossiers: NationalDossierTable;
  nationalDossierProgress: NationalDossierProgressTable;
  nationalDossierCodes: NationalDossierCodeTable;
  syncStreams: SyncStreamTable;
  syncOutbox: SyncOutboxTable;
}

export type FederationNodeRow = Selectable<FederationNodeTable>;
