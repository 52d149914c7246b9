import { sql, type Kysely } from 'kysely';

/**
 * `rate_limit_hits` (migration 1400) unlogged: every counted request — each public tracking lookup, each message
 * check — upserts its window's row, and on a logged table each of those commits waited for a WAL flush (an fsync),
 * while holding the row lock that the caller's next request queues on. Under write load (the national mirror
 * ingesting, autovacuum after a bulk load) those flushes made tracking's tail (issue 16.5: p99 312 ms at 10M
 * mirrored dossiers). A transaction that writes only unlogged tables commits without waiting for the disk.
 * Counters are lost on a crash (the table comes back empty: every caller starts a fresh window) and are not sent to
 * replicas; neither matters for a per-minute limit, and every process of a node still shares them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table rate_limit_hits set unlogged;
    comment on table rate_limit_hits is 'Requests per rate-limit key (route and caller) in the current window, shared by every process; unlogged (emptied by a crash)';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rate_limit_hits set logged`.execute(db);
}
