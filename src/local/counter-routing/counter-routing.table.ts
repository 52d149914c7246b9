/** Tables of counter routing across systems, the local side (migration 0997; the portal's `relayed_routes`: src/national/relay/relay.table.ts). */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { ProgressStep } from '../../federation/counter-routing/messages.ts';

type Json<T> = ColumnType<T, string, string>;

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
  /** The competent system's fees as last reported (null: not reported yet). */
  remoteFees: ColumnType<{ total: number; paid: boolean } | null, string | null | undefined, string | null>;
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

export interface CounterRoutingTables {
  forwardedDossiers: ForwardedDossierTable;
  routedDossiersIn: RoutedDossierInTable;
}

export type ForwardedDossierRow = Selectable<ForwardedDossierTable>;
