/** Tables of counter routing across systems (migration 0997). */
import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** One step of the competent system's dossier as reported back to the receiving counter. */
export interface ProgressStep {
  seq: number;
  kind: string;
  at: string;
  actorName: string;
  /** The step's reason or note (why refused, stopped, returned to a step…). */
  note?: string;
  /** A supplement request's papers, so the receiving counter can tell the person what to bring. */
  items?: { name: string; reason: string }[];
}

export interface ForwardedDossierTable {
  id: string;
  targetNode: string;
  resolvingAgencyCode: string;
  procedureCode: string;
  procedureName: string;
  ownerType: string;
  ownerIdNumber: string;
  ownerName: string;
  receivedAtAgencyId: string | null;
  returnAtReception: boolean;
  officerId: string;
  officerName: string;
  files: number;
  createdAt: Generated<string>;
  remoteCode: string | null;
  remoteStatus: number | null;
  remoteVersion: Generated<number>;
  remoteDueAt: string | null;
  history: Json<ProgressStep[]>;
  progressAt: string | null;
  returnedBy: ColumnType<{ name: string; idNumber?: string; officerName: string } | null, string | null, string>;
  returnSentAt: string | null;
}

export interface RoutedDossierInTable {
  id: string;
  origin: string;
  body: Json<Record<string, unknown>>;
  receivedAt: Generated<string>;
  dossierId: string | null;
  processedAt: string | null;
  lastError: string | null;
  reportedVersion: Generated<number>;
}

export interface RelayedRouteTable {
  id: string;
  origin: string;
  target: string;
  createdAt: Generated<string>;
}

export interface CounterRoutingTables {
  forwardedDossiers: ForwardedDossierTable;
  routedDossiersIn: RoutedDossierInTable;
  relayedRoutes: RelayedRouteTable;
}

export type ForwardedDossierRow = Selectable<ForwardedDossierTable>;
