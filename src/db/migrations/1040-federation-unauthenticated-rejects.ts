import { sql, type Kysely } from 'kysely';

/**
 * Federation (issue 12, item 9): refusals of messages that never authenticated (malformed envelope, unknown or
 * suspended sender, bad signature, tampered body, wrong recipient, outside the time window) are no longer written
 * to the hash-chained message log nor counted against the claimed system. They are counted per day, claimed
 * registered system ('' when unknown) and reason: a handful of rows a day, no global lock (one row upserted).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table federation_unauthenticated_rejects (
      day date not null,
      peer text not null,
      reason text not null,
      count bigint not null default 1,
      last_at timestamptz not null default now(),
      primary key (day, peer, reason)
    );
    comment on table federation_unauthenticated_rejects is 'Unauthenticated federation messages refused, per day, claimed registered sender ('''' if unknown) and error code; kept 90 days';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table federation_unauthenticated_rejects;`.execute(db);
}
