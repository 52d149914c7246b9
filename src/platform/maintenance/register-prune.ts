/**
 * Rows that grew with every reception outside the outboxes, found by the soak (`npm run bench -- soak`), removed
 * once they can serve no purpose (issue 16.3):
 * - `federation_inbox`: the id of every accepted federation message, kept so that a redelivery is answered
 *   `duplicate` and a replay refused. A message is refused anyway once its sentAt is more than
 *   FEDERATION_WINDOW_SECONDS from the receiver's clock, so an id is needed at most 2 × the window after receipt
 *   (a sentAt up to one window ahead, then one window of validity); kept max(that, OUTBOX_KEEP_DAYS). The message
 *   itself stays in the append-only `federation_message_log`.
 * - `national_message_register` (portal): the check codes connected systems' messages carry, for the public
 *   "Kiểm tra tin nhắn" page; kept NOTIFICATION_KEEP_DAYS after the message was issued, as the sending system keeps
 *   its own copy in its notification outbox.
 * - `dev_mail_messages`: the development mail catcher's inbox (empty in production), kept as long as notifications.
 * Cut-offs use the earlier of the law's clock and the real one: a demo clock set ahead never removes what the real
 * clock would keep.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { BATCH, drain } from './outbox-prune.ts';

export interface RegisterPruneCounts {
  inboxIds: number;
  messageRegister: number;
  devMessages: number;
}

export async function pruneRegisters(
  db: Db,
  now: Date,
  keep: { outboxDays: number; notificationDays: number; federationWindowSeconds: number },
): Promise<RegisterPruneCounts> {
  const day = 86_400_000;
  const inboxCutoff = new Date(now.getTime() - Math.max(keep.outboxDays * day, 2 * keep.federationWindowSeconds * 1000)).toISOString();
  const noticeCutoff = new Date(now.getTime() - keep.notificationDays * day).toISOString();
  const inboxIds = await drain(async () => {
    const r = await sql`
      delete from federation_inbox where message_id in (
        select message_id from federation_inbox where received_at < ${inboxCutoff}::timestamptz limit ${BATCH})`.execute(db);
    return Number(r.numAffectedRows ?? 0);
  });
  const messageRegister = await drain(async () => {
    const r = await sql`
      delete from national_message_register where (source_node, check_code) in (
        select source_node, check_code from national_message_register where issued_at < ${noticeCutoff}::timestamptz limit ${BATCH})`.execute(db);
    return Number(r.numAffectedRows ?? 0);
  });
  const devMessages = await drain(async () => {
    const r = await sql`
      delete from dev_mail_messages where id in (
        select id from dev_mail_messages where received_at < ${noticeCutoff}::timestamptz limit ${BATCH})`.execute(db);
    return Number(r.numAffectedRows ?? 0);
  });
  return { inboxIds, messageRegister, devMessages };
}
