import { sql, type Kysely } from 'kysely';

/**
 * National → local routing (issue 6).
 * - Portal: `routing_outbox` holds messages for a connected system (e.g. an online submission for an agency hosted
 *   there), numbered per table; the router sends each recipient's rows in order, one signed message each (the row
 *   id is the message id, so a retry after a lost answer is answered `duplicate`), with back-off.
 * - Local system: `inbound_submissions` keeps each forwarded submission once (by its id) until the reception
 *   service has created the dossier (`dossier_id`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table routing_outbox (
      id uuid primary key,
      seq bigserial not null unique,
      recipient text not null,
      type text not null,
      body jsonb not null,
      created_at timestamptz not null default now(),
      acked_at timestamptz,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text
    );
    create index routing_outbox_due on routing_outbox (recipient, seq) where acked_at is null;
    comment on table routing_outbox is 'Messages from the national portal to connected systems, sent in order per recipient';

    create table inbound_submissions (
      id uuid primary key,
      sender text not null,
      body jsonb not null,
      received_at timestamptz not null default now(),
      dossier_id uuid,
      processed_at timestamptz,
      last_error text
    );
    create index inbound_submissions_pending on inbound_submissions (received_at) where processed_at is null;
    comment on table inbound_submissions is 'Online submissions forwarded by the national portal, applied once through the reception service';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table inbound_submissions; drop table routing_outbox;`.execute(db);
}
