import type { ColumnType, Generated } from 'kysely';

export interface FederationMessageLogTable {
  seq: Generated<number>;
  at: ColumnType<string, string | undefined, never>;
  direction: 'sent' | 'received' | 'rejected';
  messageId: string;
  peer: string;
  type: string;
  /** Canonical JSON of the header, verbatim as hashed. */
  headerJson: string;
  bodySha256: string;
  outcome: string;
  prevHash: string;
  hash: string;
}

/** Unauthenticated refusals per day, claimed registered sender ('' if unknown) and reason (migration 1040). */
export interface FederationUnauthenticatedRejectTable {
  day: string;
  peer: string;
  reason: string;
  count: ColumnType<number, number | undefined, number>;
  lastAt: ColumnType<string, string | undefined, string>;
}

export interface FederationTables {
  federationMessageLog: FederationMessageLogTable;
  federationUnauthenticatedRejects: FederationUnauthenticatedRejectTable;
}
