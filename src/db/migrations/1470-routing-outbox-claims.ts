import { sql, type Kysely } from 'kysely';

/**
 * One local node, several processes (issue 16, item 4): the counter-routing sender of every process reads the same
 * `routing_outbox`. A row is now claimed under a lease before it is sent (`claimed_by`, `claimed_until`; FOR UPDATE
 * SKIP LOCKED in src/federation/routing/lanes.ts), and only the first unacknowledged row of its lane — the routed
 * dossier (`body->>'routeId'`), else the row alone — may be claimed, so a follow-up never overtakes its dossier and
 * no two processes send the same row. A process that died frees its rows when the lease passes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table routing_outbox
      add column claimed_by text,
      add column claimed_until timestamptz;
    comment on column routing_outbox.claimed_by is 'The sender process that holds the row (diagnostics)';
    comment on column routing_outbox.claimed_until is 'Held by claimed_by until then; free once passed or null';
    create index routing_outbox_lane on routing_outbox (recipient, (coalesce(body->>'routeId', id::text)), seq)
      where acked_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index routing_outbox_lane;
    alter table routing_outbox drop column claimed_until, drop column claimed_by;
  `.execute(db);
}
