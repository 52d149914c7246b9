/**
 * Outbox rows removed once done (issue 16.3): a sync event acknowledged by the portal (seq ≤ its stream's acked_seq),
 * a notification sent or given up, a routing message acknowledged by its recipient — each kept `keepDays` after, then
 * deleted in batches (notifications after `notificationDays`) (short transactions, no long lock). Pending rows are never touched, except on a node that has
 * no sync consumer at all (ROLE=all, or a local system without NATIONAL_URL): there nobody will ever read
 * sync_outbox, so its streams are acknowledged on nobody's behalf and their rows removed after the same wait (were
 * the node connected later, the daily reconciliation sends each differing dossier's current snapshot).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

export const BATCH = 5000;

export async function drain(run: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await run();
    total += n;
    if (n < BATCH) return total;
  }
}

export interface PruneCounts {
  syncEvents: number;
  syncStreamsClosed: number;
  notifications: number;
  routing: number;
}

export async function pruneOutboxes(
  db: Db,
  now: Date,
  keep: { outboxDays: number; notificationDays: number },
  opts: { syncConsumer: boolean },
): Promise<PruneCounts> {
  const cutoff = new Date(now.getTime() - keep.outboxDays * 86_400_000).toISOString();
  // a sent message is kept longer: the node's message check ("Kiểm tra tin nhắn") reads it by its check code
  const sentCutoff = new Date(now.getTime() - keep.notificationDays * 86_400_000).toISOString();
  let syncStreamsClosed = 0;
  if (!opts.syncConsumer) {
    // nobody reads these streams: their events count as delivered once they are older than the wait
    const r = await sql`
      update sync_streams s set acked_seq = s.last_seq, attempts = 0, last_error = null
      where s.last_seq > s.acked_seq
        and not exists (select 1 from sync_outbox o where o.dossier_id = s.dossier_id and o.seq > s.acked_seq and o.created_at >= ${cutoff}::timestamptz)`.execute(
      db,
    );
    syncStreamsClosed = Number(r.numAffectedRows ?? 0);
  }
  const syncEvents = await drain(async () => {
    const r = await sql`
      delete from sync_outbox o where (o.dossier_id, o.seq) in (
        select x.dossier_id, x.seq from sync_outbox x join sync_streams s on s.dossier_id = x.dossier_id
        where x.seq <= s.acked_seq and x.created_at < ${cutoff}::timestamptz
        limit ${BATCH})`.execute(db);
    return Number(r.numAffectedRows ?? 0);
  });
  const notifications = await drain(async () => {
    const r = await sql`
      delete from notification_outbox where id in (
        select id from notification_outbox
        where (sent_at is not null and sent_at < ${sentCutoff}::timestamptz) or (dead_at is not null and dead_at < ${sentCutoff}::timestamptz)
        limit ${BATCH})`.execute(db);
    return Number(r.numAffectedRows ?? 0);
  });
  const routing = await drain(async () => {
    const r = await sql`
      delete from routing_outbox where id in (
        select id from routing_outbox where acked_at is not null and acked_at < ${cutoff}::timestamptz limit ${BATCH})`.execute(db);
    return Number(r.numAffectedRows ?? 0);
  });
  return { syncEvents, syncStreamsClosed, notifications, routing };
}
