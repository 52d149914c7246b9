import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { DossierState, ProcessingTerms, RuleSettings } from './lifecycle.ts';

type Json<T> = ColumnType<T, string, string>;

export interface RuleVersionTable {
  id: Generated<string>;
  code: string;
  effectiveFrom: string;
  settings: Json<RuleSettings>;
  legalBasis: string;
}

export interface DossierCodeCounterTable {
  agencyCode: string;
  day: string;
  lastSeq: number;
}

export interface DossierTable {
  id: Generated<string>;
  code: string | null;
  legacyCode: string | null;
  channel: 'counter' | 'online' | 'post';
  procedureCode: string;
  procedureVersionId: string;
  procedureName: string;
  caseCode: string | null;
  terms: Json<ProcessingTerms | null>;
  ruleVersionId: string;
  ownerType: 'citizen' | 'business' | 'agency' | 'other';
  ownerIdNumber: string;
  ownerName: string;
  ownerContact: Json<Record<string, string>>;
  submitter: Json<Record<string, string> | null>;
  accountId: string | null;
  receivingUnitId: string | null;
  resolvingAgencyId: string | null;
  nodeCode: string;
  status: number;
  subState: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  state: Json<DossierState>;
  version: Generated<number>;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  /** No action of this dossier is earlier; null: unknown (migration 1533, kept by triggers). */
  actionsFrom?: Generated<string | null>;
  /** Idempotency key of a dossier created from a federation message (migration 0996). */
  sourceRef?: Generated<string | null>;
  /** The agency whose counter received the dossier, and whether the result goes back there (migration 0997). */
  receivedAtAgencyId?: Generated<string | null>;
  returnAtReception?: Generated<boolean>;
  /** The owner's answers to the version's e-form (migration 1260). */
  declaration?: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

export interface DossierComponentTable {
  dossierId: string;
  seq: number;
  name: string;
  documentTypeCode: string | null;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  source: Generated<'submitted' | 'digitised' | 'reused_document' | 'reused_result'>;
  /** The warehouse document a reused component was taken from, and the consent (migration 0941). */
  warehouseDocumentId: Generated<string | null>;
  warehouseConsentId: Generated<string | null>;
}

export interface DossierFeeTable {
  dossierId: string;
  seq: number;
  code: string | null;
  name: string;
  amount: number;
}

export interface DossierActionTable {
  id: Generated<number>;
  dossierId: string;
  seq: number;
  kind: string;
  at: string;
  actorKind: string;
  actorId: string;
  actorName: string;
  data: Json<Record<string, unknown>>;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Generated<string>;
  actorKind: string;
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  outcome: 'ok' | 'refused';
  detail: Json<Record<string, unknown>>;
}

export interface DossierTables {
  ruleVersions: RuleVersionTable;
  dossierCodeCounters: DossierCodeCounterTable;
  dossiers: DossierTable;
  dossierComponents: DossierComponentTable;
  dossierFees: DossierFeeTable;
  dossierActions: DossierActionTable;
  auditEvents: AuditEventTable;
}

export type DossierRow = Selectable<DossierTable>;
export type NewDossierRow = Insertable<DossierTable>;
export type DossierActionRow = Selectable<DossierActionTable>;
export type DossierComponentRow = Selectable<DossierComponentTable>;
export type DossierFeeRow = Selectable<DossierFeeTable>;
