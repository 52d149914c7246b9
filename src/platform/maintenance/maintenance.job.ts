/**
 * The daily maintenance job of every node (issue 16.3), run by the job runner at JOB_MAINTENANCE_AT (Vietnam time):
 * outbox rows done with are removed (`outbox-prune.ts`), so are replay ids, the portal's register of check codes and the
 * development inbox past their use (`register-prune.ts`), the monthly partitions of the append-only logs are created
 * PARTITIONS_AHEAD_MONTHS ahead of both the real and the law's clock, and months past each log's retention are
 * detached and dropped or archived (`partitions.ts`). Safe to run again: every step is idempotent.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { JobDefinition } from '../jobs/runner.ts';
import { pruneOutboxes } from './outbox-prune.ts';
import { pruneRegisters } from './register-prune.ts';
import { ensureMonths, removeExpiredMonths, type PartitionedLog } from './partitions.ts';

export const MAINTENANCE_JOB = 'maintenance';

export type MaintenanceConfig = Pick<
  Config,
  | 'ROLE'
  | 'NATIONAL_URL'
  | 'JOB_MAINTENANCE_AT'
  | 'OUTBOX_KEEP_DAYS'
  | 'NOTIFICATION_KEEP_DAYS'
  | 'FEDERATION_WINDOW_SECONDS'
  | 'PARTITIONS_AHEAD_MONTHS'
  | 'PARTITION_ARCHIVE'
  | 'RETENTION_DOSSIER_ACTIONS_MONTHS'
  | 'RETENTION_AUDIT_MONTHS'
  | 'RETENTION_MESSAGE_LOG_MONTHS'
  | 'RETENTION_ACCESS_LOG_MONTHS'
  | 'RETENTION_PAYMENT_EVENTS_MONTHS'
  | 'RETENTION_NATIONAL_PROGRESS_MONTHS'
  | 'RETENTION_NATIONAL_MONITORING_EVENTS_MONTHS'
>;

/** The partitioned logs (migrations 1340, 1341 and 1524) with the setting that keeps each. */
export function partitionedLogs(c: MaintenanceConfig): (PartitionedLog & { retentionMonths: number })[] {
  return [
    { table: 'dossier_actions', column: 'at', type: 'timestamptz', retentionMonths: c.RETENTION_DOSSIER_ACTIONS_MONTHS },
    { table: 'audit_events', column: 'at', type: 'timestamptz', retentionMonths: c.RETENTION_AUDIT_MONTHS },
    { table: 'federation_message_log', column: 'at', type: 'timestamptz', retentionMonths: c.RETENTION_MESSAGE_LOG_MONTHS },
    { table: 'warehouse_access_log', column: 'at', type: 'timestamptz', retentionMonths: c.RETENTION_ACCESS_LOG_MONTHS },
    { table: 'payment_events', column: 'created_at', type: 'timestamptz', retentionMonths: c.RETENTION_PAYMENT_EVENTS_MONTHS },
    { table: 'national_dossier_progress', column: 'day', type: 'date', retentionMonths: c.RETENTION_NATIONAL_PROGRESS_MONTHS },
    { table: 'national_monitoring_events', column: 'received_at', type: 'timestamptz', retentionMonths: c.RETENTION_NATIONAL_MONITORING_EVENTS_MONTHS },
  ];
}

/** Does anything read this node's sync outbox? A connected local system's sender (ROLE=local with NATIONAL_URL). */
export function hasSyncConsumer(c: Pick<Config, 'ROLE' | 'NATIONAL_URL'>): boolean {
  return c.ROLE === 'local' && c.NATIONAL_URL !== '';
}

export async function runMaintenance(db: Db, c: MaintenanceConfig, now: Date, realNow: Date = new Date()): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const pruned = await pruneOutboxes(
    db,
    now,
    { outboxDays: c.OUTBOX_KEEP_DAYS, notificationDays: c.NOTIFICATION_KEEP_DAYS },
    { syncConsumer: hasSyncConsumer(c) },
  );
  Object.assign(counts, pruned);
  // a law clock set far ahead never removes anything the real clock would keep
  const retentionNow = now < realNow ? now : realNow;
  Object.assign(
    counts,
    await pruneRegisters(db, retentionNow, {
      outboxDays: c.OUTBOX_KEEP_DAYS,
      notificationDays: c.NOTIFICATION_KEEP_DAYS,
      federationWindowSeconds: c.FEDERATION_WINDOW_SECONDS,
    }),
  );
  counts.partitionsCreated = 0;
  counts.rowsMovedFromDefault = 0;
  counts.partitionsRemoved = 0;
  for (const p of partitionedLogs(c)) {
    const made = await ensureMonths(db, p, [realNow, now], c.PARTITIONS_AHEAD_MONTHS);
    counts.partitionsCreated += made.created;
    counts.rowsMovedFromDefault += made.moved;
    counts.partitionsRemoved += await removeExpiredMonths(db, p, retentionNow, p.retentionMonths, c.PARTITION_ARCHIVE);
  }
  return counts;
}

export function maintenanceJob(db: Db, c: MaintenanceConfig, realClock: () => Date = () => new Date()): JobDefinition {
  return { name: MAINTENANCE_JOB, at: c.JOB_MAINTENANCE_AT, run: (now) => runMaintenance(db, c, now, realClock()) };
}
