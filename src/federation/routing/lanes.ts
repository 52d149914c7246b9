/**
 * Leased claims on `routing_outbox` by lane (migration 1470), for senders that run in every process of a node.
 * A lane is a routed dossier (`body->>'routeId'`: its `dossier.route`, progress reports and return), or a row
 * alone when it names no route. One statement claims, for one recipient, the FIRST unacknowledged row of each lane
 * when it is due and no other process holds it (FOR UPDATE SKIP LOCKED, lease on the database's clock): a later row
 * of a lane cannot be claimed before the earlier one is acknowledged, so a follow-up never overtakes its dossier,
 * and a row is sent by one process at a time. A process that died leaves its claims to expire; another takes over
 * (and resends with the same message id, which the receiver answers `duplicate`).
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

/** This process, as the holder of its claims. */
export const PROCESS_HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface ClaimedRow {
  id: string;
  seq: number;
  recipient: string;
  type: string;
  body: Record<string, unknown>;
  attempts: number;
}

export interface LaneClaim {
  recipient: string;
  holder: string;
  leaseSeconds: number;
  /** Rows due at or before this instant (the caller's clock: tests move it past the back-off). */
  now: Date;
  limit: number;
}

/** Claim the due head row of up to `limit` lanes of `recipient`; oldest first. */
export async function claimLaneHeads(db: Db, c: LaneClaim): Promise<ClaimedRow[]> {
  const r = await sql<ClaimedRow>`
    with heads as (
      select o.id from routing_outbox o
      where o.recipient = ${c.recipient} and o.acked_at is null
        and o.next_attempt_at <= ${c.now.toISOString()}::timestamptz
        and (o.claimed_until is null or o.claimed_until < clock_timestamp())
        and not exists (
          select 1 from routing_outbox p
          where p.recipient = o.recipient and p.acked_at is null
            and coalesce(p.body->>'routeId', p.id::text) = coalesce(o.body->>'routeId', o.id::text)
            and p.seq < o.seq)
      order by o.seq
      limit ${c.limit}
      for update of o skip locked
    )
    update routing_outbox o
    set claimed_by = ${c.holder}, claimed_until = clock_timestamp() + ${c.leaseSeconds} * interval '1 second'
    from heads where o.id = heads.id
    returning o.id, o.seq, o.recipient, o.type, o.body, o.attempts`.execute(db);
  return r.rows.map((x) => ({ ...x, seq: Number(x.seq) })).sort((a, b) => a.seq - b.seq);
}

/** Renew the claim just before sending; false when it was lost (expired, and maybe taken by another process). */
export async function keepClaim(db: Db, id: string, holder: string, leaseSeconds: number): Promise<boolean> {
  const r = await sql`
    update routing_outbox set claimed_until = clock_timestamp() + ${leaseSeconds} * interval '1 second'
    where id = ${id} and claimed_by = ${holder} and claimed_until >= clock_timestamp() and acked_at is null`.execute(db);
  return Number(r.numAffectedRows ?? 0) === 1;
}

/** Free this holder's claims on `ids` (sent or failed: a failed row waits for its back-off, not for the lease). */
export async function releaseClaims(db: Db, holder: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`
    update routing_outbox set claimed_by = null, claimed_until = null
    where claimed_by = ${holder} and id in (${sql.join(ids.map((id) => sql`${id}::uuid`))})`.execute(db);
}
