import { sql, type Kysely } from 'kysely';
import { partitionByMonth } from './1340-monthly-log-partitions.ts';

/**
 * Bounded growth of the portal's monitoring sync log (issue 16.3): `national_monitoring_events` (one row of ~0.8 KB
 * per applied sync event, kept for ever) becomes partitioned by month of `received_at`, converted with its rows in
 * place by the same `partitionByMonth` as the other logs (migration 1340): months from the oldest row's to three
 * ahead plus a DEFAULT partition, the rows moved, the old table dropped. The maintenance job creates months ahead
 * and detaches months past RETENTION_NATIONAL_MONITORING_EVENTS_MONTHS (src/platform/maintenance).
 *
 * Why `received_at`: it is the portal's own clock, written once at the first receipt of an event and never changed
 * (a re-send replaces only the facts), so a row never moves and always lands in the current month; `recorded_at` is
 * the sending system's clock (a wrong clock would scatter rows into old or far months) and no reader selects by it.
 * The key becomes (source_node, source_id, seq, received_at), as PostgreSQL requires the partition column in it:
 * one event per (system, dossier, seq) is now kept by the applier (apply.ts: the facts of an event already in the
 * log are updated in whichever month holds it, and only an event not there is inserted; appliers of one dossier are
 * serialised by the mirror row they upsert first).
 *
 * So that the read models never depend on months the log no longer holds, the facts read model keeps per dossier
 * what used to be recomputed from all its events: `first_received_at` (the portal's first receipt of the dossier)
 * and `sync_delay_max` (the longest write-to-receipt delay of any of its events; `sync_late` is it > the real-time
 * limit). Both filled here from the events.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await partitionByMonth(db, {
    table: 'national_monitoring_events',
    column: 'received_at',
    keys: ['primary key (source_node, source_id, seq, received_at)'],
    indexes: [],
    triggers: [],
    comment:
      'Monitoring facts of each applied sync event with its write and receipt instants (the sync log of the real-time indicator); partitioned by month of received_at',
  });
  await sql`
    alter table national_monitoring_facts
      add column first_received_at timestamptz,
      add column sync_delay_max double precision;
    update national_monitoring_facts f
      set first_received_at = e.first_received_at, sync_delay_max = e.sync_delay_max
      from (
        select source_node, source_id, min(received_at) as first_received_at,
          max(extract(epoch from received_at - recorded_at))::double precision as sync_delay_max
        from national_monitoring_events group by source_node, source_id
      ) e
      where e.source_node = f.source_node and e.source_id = f.source_id;
    update national_monitoring_facts set first_received_at = coalesce(first_received_at, received_at, now()), sync_delay_max = coalesce(sync_delay_max, 0)
      where first_received_at is null or sync_delay_max is null;
    alter table national_monitoring_facts alter column first_received_at set not null, alter column sync_delay_max set not null;
    comment on column national_monitoring_facts.first_received_at is 'The portal''s first receipt of any event of the dossier (its events are all in the log when no month before it was removed)';
    comment on column national_monitoring_facts.sync_delay_max is 'The longest delay in seconds between the system writing an event of the dossier and the portal receiving it, over every event ever received (sync_late: above the real-time limit)';
    comment on table national_monitoring_facts is 'Read model: latest monitoring facts per mirrored dossier (from national_monitoring_events; kept for dossiers whose events are past retention)';
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('1524-monitoring-event-partitions cannot be reverted automatically: restore from a backup');
}
