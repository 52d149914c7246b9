/** Tables of national → local routing (migration 0976). */
import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface RoutingOutboxTable {
  id: string;
  seq: Generated<number>;
  recipient: string;
  type: string;
  body: Json<Record<string, unknown>>;
  createdAt: Generated<string>;
  ackedAt: string | null;
  attempts: Generated<number>;
  nextAttemptAt: Generated<string>;
  lastError: string | null;
  /** Lease of a counter-routing sender (migration 1470, lanes.ts). */
  claimedBy: string | null;
  claimedUntil: string | null;
}

export interface InboundSubmissionTable {
  id: string;
  sender: string;
  body: Json<Record<string, unknown>>;
  receivedAt: Generated<string>;
  dossierId: string | null;
  processedAt: string | null;
  lastError: string | null;
}

export interface RoutingTables {
  routingOutbox: RoutingOutboxTable;
  inboundSubmissions: InboundSubmissionTable;
}
