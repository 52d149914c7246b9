/**
 * What the index is computed from. Each dossier's monitoring facts (`MonitoringFacts`, carried in every sync event
 * so the portal holds the same facts as the system) become month buckets of one agency (`BUCKET_COLUMNS`): flows in
 * the month they happen (received, resolved…) and +1/−1 deltas of the open stocks (open, open and within its due
 * date, open and synced in time). The counters of any period (`Counters`) are sums of buckets: flows over the
 * period's months, stocks over every month before the period ends. Both roles use the same buckets, so the portal
 * and a system agree by construction; the portal keeps them as a read model (national_monitoring_rollup).
 */

/** Seconds within which a change must reach the portal to count as synced "in real time" (DOSSIER_SYNC). The
 * official limit is not published (domain-vn.md §6.4): an assumption of this system, shown on the page. */
export const REALTIME_SYNC_SECONDS = 300;

export const FACTS_VERSION = 1;

/** One dossier's facts as a local system states them in each sync event (`event.monitoring`). */
export interface MonitoringFacts {
  v: typeof FACTS_VERSION;
  /** Wall-clock instant the event was written (the sync delay is measured from it to the portal's receipt). */
  recordedAt: string;
  code: string;
  procedureCode: string;
  procedureName: string;
  agencyCode: string;
  agencyName: string;
  status: number;
  receivedAt: string | null;
  channel: 'counter' | 'online' | 'post';
  dueAt: string | null;
  /** The result or the closing (withdrawn, stopped) instant. */
  finishedAt: string | null;
  late: boolean;
  hasResult: boolean;
  fullOnlineEligible: boolean;
  feeRequired: boolean;
  paidOnline: boolean;
  eResult: boolean;
  digitisedAll: boolean;
  digitisedAny: boolean;
  reuseEligible: boolean;
  reused: boolean;
  rated: boolean;
  dissatisfied: boolean;
}

/** Month-bucket columns, in the order of the rollup table (snake_case in SQL). */
export const BUCKET_COLUMNS = [
  'received', 'full_eligible', 'full_online', 'fee_received', 'paid_online', 'digitised_all', 'digitised_any',
  'reuse_eligible', 'reused', 'resolved', 'resolved_on_time', 'satisfied', 'with_result', 'e_result',
  'finished_sync_ok', 'open_delta', 'open_in_time_delta', 'open_sync_ok_delta',
] as const;
export type BucketColumn = (typeof BUCKET_COLUMNS)[number];
/** Columns summed over every month before the period's end (stocks at the end of the period). */
export const STOCK_COLUMNS: readonly BucketColumn[] = ['open_delta', 'open_in_time_delta', 'open_sync_ok_delta'];

export interface Counters {
  /** Dossiers handled in the period: resolved in it, or still open at its end. */
  handled: number;
  received: number;
  resolved: number;
  resolvedOnTime: number;
  pendingEnd: number;
  /** Open at the period's end and not past their due date then. */
  pendingInTime: number;
  syncInTime: number;
  fullEligible: number;
  fullOnline: number;
  feeReceived: number;
  paidOnline: number;
  satisfied: number;
  withResult: number;
  eResult: number;
  digitisedAll: number;
  digitisedAny: number;
  reuseEligible: number;
  reused: number;
}

export type BucketSums = Record<BucketColumn, number>;

export function countersOf(b: BucketSums): Counters {
  const pendingEnd = b.open_delta;
  return {
    handled: b.resolved + pendingEnd,
    received: b.received,
    resolved: b.resolved,
    resolvedOnTime: b.resolved_on_time,
    pendingEnd,
    pendingInTime: b.open_in_time_delta,
    syncInTime: b.finished_sync_ok + b.open_sync_ok_delta,
    fullEligible: b.full_eligible,
    fullOnline: b.full_online,
    feeReceived: b.fee_received,
    paidOnline: b.paid_online,
    satisfied: b.satisfied,
    withResult: b.with_result,
    eResult: b.e_result,
    digitisedAll: b.digitised_all,
    digitisedAny: b.digitised_any,
    reuseEligible: b.reuse_eligible,
    reused: b.reused,
  };
}

export const EMPTY_BUCKETS: BucketSums = Object.fromEntries(BUCKET_COLUMNS.map((c) => [c, 0])) as BucketSums;

/** Sums of bucket rows as read from SQL (bigint sums arrive as strings). */
/** snake_case → camelCase (the database layer's CamelCasePlugin renames result columns so). */
export const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function bucketSums(row: object | undefined, prefix = ''): BucketSums {
  const out = { ...EMPTY_BUCKETS };
  const r = (row ?? {}) as Record<string, string | number | null | undefined>;
  for (const c of BUCKET_COLUMNS) out[c] = Number(r[prefix + c] ?? r[camel(prefix + c)] ?? 0);
  return out;
}
