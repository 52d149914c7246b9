import { sql, type Kysely } from 'kysely';

/**
 * National monitoring (issue 17): the Decision 766 index from what the systems sync.
 * - `national_monitoring_events` (portal): the monitoring part of every sync event applied — the dossier's facts as
 *   the system stated them, the wall-clock instant it wrote the event and the portal's receipt (the sync log the
 *   real-time indicator is measured from). Kept once per (system, dossier, seq); a re-send replaces the facts only.
 * - `national_monitoring_facts` (portal, read model): the latest facts per dossier and whether any change arrived
 *   late; `national_monitoring_rollup` (portal, read model): month buckets per system and agency. Both are
 *   projections of the events table: `motcua monitoring rebuild` drops and rebuilds them.
 * - `national_official_scores` (portal): a published official score of a system and period, shown beside ours.
 * - `sync_outbox.portal_received_at` (local): the portal's receipt instant of each event (from its signed receipt).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table national_monitoring_events (
      source_node text not null,
      source_id uuid not null,
      seq integer not null,
      recorded_at timestamptz not null,
      received_at timestamptz not null,
      facts jsonb not null,
      primary key (source_node, source_id, seq)
    );
    comment on table national_monitoring_events is 'Monitoring facts of each applied sync event with its write and receipt instants (the sync log of the real-time indicator)';

    create table national_monitoring_facts (
      source_node text not null,
      source_id uuid not null,
      last_seq integer not null,
      code text not null default '',
      procedure_code text not null default '',
      procedure_name text not null default '',
      agency_code text not null default '',
      agency_name text not null default '',
      status smallint not null,
      received_at timestamptz,
      channel text not null,
      due_at timestamptz,
      finished_at timestamptz,
      late boolean not null,
      has_result boolean not null,
      full_online_eligible boolean not null,
      fee_required boolean not null,
      paid_online boolean not null,
      e_result boolean not null,
      digitised_all boolean not null,
      digitised_any boolean not null,
      reuse_eligible boolean not null,
      reused boolean not null,
      rated boolean not null,
      dissatisfied boolean not null,
      sync_late boolean not null,
      primary key (source_node, source_id)
    );
    create index national_monitoring_facts_received on national_monitoring_facts (source_node, received_at);
    comment on table national_monitoring_facts is 'Read model: latest monitoring facts per mirrored dossier (rebuilt from national_monitoring_events)';

    create table national_monitoring_rollup (
      source_node text not null,
      agency_code text not null,
      month date not null,
      received integer not null default 0,
      full_eligible integer not null default 0,
      full_online integer not null default 0,
      fee_received integer not null default 0,
      paid_online integer not null default 0,
      digitised_all integer not null default 0,
      digitised_any integer not null default 0,
      reuse_eligible integer not null default 0,
      reused integer not null default 0,
      resolved integer not null default 0,
      resolved_on_time integer not null default 0,
      satisfied integer not null default 0,
      with_result integer not null default 0,
      e_result integer not null default 0,
      finished_sync_ok integer not null default 0,
      open_delta integer not null default 0,
      open_in_time_delta integer not null default 0,
      open_sync_ok_delta integer not null default 0,
      primary key (source_node, agency_code, month)
    );
    comment on table national_monitoring_rollup is 'Read model: month buckets of the monitoring facts per system and agency (rebuilt from national_monitoring_facts)';

    create table national_official_scores (
      source_node text not null,
      period text not null check (period ~ '^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$'),
      points numeric(6, 2) not null check (points between 0 and 100),
      source_url text not null default '',
      recorded_at timestamptz not null default now(),
      primary key (source_node, period)
    );
    comment on table national_official_scores is 'Official Decision 766 scores published by the national portal, shown beside the computed ones';

    alter table sync_outbox add column portal_received_at timestamptz;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sync_outbox drop column portal_received_at;
    drop table national_official_scores; drop table national_monitoring_rollup;
    drop table national_monitoring_facts; drop table national_monitoring_events;
  `.execute(db);
}
