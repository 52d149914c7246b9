import { sql, type Kysely } from 'kysely';

/**
 * Local → national dossier synchronisation (issue 6).
 * - National side: `federation_nodes` is the registry of connected systems (code, address, Ed25519 public key,
 *   status, health counters); `federation_inbox` keeps every accepted message id with its signed receipt, so a
 *   redelivery answers `duplicate` with the original receipt; `national_dossiers` + `national_dossier_progress`
 *   mirror each local dossier (DongBoHoSoMC snapshot and CapNhatTienDoHoSoMC rows), applied once per
 *   per-dossier sequence number.
 * - Local side: `sync_outbox` holds one row per dossier change (written in the action's transaction) and
 *   `sync_streams` one cursor per dossier (last enqueued and last acknowledged sequence, retry state), which the
 *   sender claims with FOR UPDATE SKIP LOCKED so a dossier's rows go out strictly in order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table federation_nodes (
      code text primary key check (code ~ '^[A-Z0-9]{2,20}$'),
      name text not null check (length(name) between 1 and 300),
      base_url text not null default '',
      public_key text not null, -- SPKI PEM, Ed25519
      status text not null default 'active' check (status in ('active', 'suspended')),
      connected_since timestamptz not null default now(),
      last_message_at timestamptz,
      sync_lag_ms bigint,
      events_applied bigint not null default 0,
      error_count integer not null default 0,
      last_error text,
      last_error_at timestamptz
    );
    comment on table federation_nodes is 'Registry of connected systems (national portal): who may send signed messages and their health';

    create table federation_inbox (
      message_id text primary key,
      sender text not null,
      type text not null,
      body_sha256 text not null,
      receipt jsonb not null,
      received_at timestamptz not null default now()
    );
    comment on table federation_inbox is 'Message ids already applied, with the signed receipt returned (replay check and idempotent redelivery)';

    create table national_dossiers (
      source_node text not null,
      source_id uuid not null,
      ma_ho_so text,
      trang_thai smallint not null check (trang_thai between 1 and 10),
      last_seq integer not null,
      payload jsonb not null,
      changed_at timestamptz not null,
      applied_at timestamptz not null default now(),
      primary key (source_node, source_id)
    );
    create index national_dossiers_code on national_dossiers (ma_ho_so);
    comment on table national_dossiers is 'National mirror of local dossiers: the last DongBoHoSoMC snapshot per dossier';

    create table national_dossier_progress (
      source_node text not null,
      source_id uuid not null,
      seq integer not null,
      idx smallint not null default 0, -- position of the row within its event
      trang_thai smallint not null check (trang_thai between 1 and 10),
      payload jsonb not null,
      primary key (source_node, source_id, seq, idx)
    );
    comment on table national_dossier_progress is 'CapNhatTienDoHoSoMC rows of mirrored dossiers, one per local action';

    create table sync_streams (
      dossier_id uuid primary key,
      last_seq integer not null,
      acked_seq integer not null default 0,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      last_error_at timestamptz
    );
    create index sync_streams_due on sync_streams (next_attempt_at) where last_seq > acked_seq;
    comment on table sync_streams is 'Per-dossier sync cursor (local): rows with seq > acked_seq are still to be sent, in order';

    create table sync_outbox (
      dossier_id uuid not null,
      seq integer not null,
      event jsonb not null,
      created_at timestamptz not null default now(),
      primary key (dossier_id, seq)
    );
    comment on table sync_outbox is 'One sync event per dossier change, written in the transaction of the change (local → national)';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table sync_outbox; drop table sync_streams; drop table national_dossier_progress;
    drop table national_dossiers; drop table federation_inbox; drop table federation_nodes;
  `.execute(db);
}
