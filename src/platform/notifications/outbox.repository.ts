/** Every SQL statement of the notification outbox. Functions take the connection or the transaction first. */
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import { newCheckCode } from './check-code.ts';
import type { NotificationChannel, OutboxRow } from './notifications.table.ts';

export type Conn = Db | Transaction<Database>;

export interface InsertedMessage {
  id: number;
  checkCode: string;
  recipient: string;
  createdAt: string;
}

/**
 * Insert one message with a fresh check code. A code already used is skipped with ON CONFLICT DO NOTHING (which,
 * unlike a unique violation, leaves the caller's transaction usable) and another one drawn.
 */
export async function insertOutbox(
  conn: Conn,
  row: { channel: NotificationChannel; recipient: string; template: string; params: unknown; dossierId: string | null },
): Promise<InsertedMessage> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const r = await conn
      .insertInto('notificationOutbox')
      .values({ ...row, checkCode: newCheckCode(), params: JSON.stringify(row.params ?? {}) })
      .onConflict((oc) => oc.column('checkCode').doNothing())
      .returning(['id', 'checkCode', 'recipient', 'createdAt'])
      .executeTakeFirst();
    if (r) return r;
  }
  throw new Error('insertOutbox: no free check code after 8 draws');
}

/**
 * Claim up to `limit` due rows for one dispatcher: lock them with FOR UPDATE SKIP LOCKED (rows another dispatcher
 * is claiming at this instant are skipped, never waited for), count the attempt and push `next_attempt_at` ahead by
 * the lease, in one statement. After the commit no other dispatcher sees the rows as due until the lease expires,
 * so sending happens outside any transaction; a dispatcher that dies mid-send leaves its rows to be retried then.
 */
export async function claimDue(conn: Conn, now: Date, limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
  const at = now.toISOString();
  const r = await sql<OutboxRow>`
    with due as (
      select id from notification_outbox
      where sent_at is null and dead_at is null and next_attempt_at <= ${at}::timestamptz
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked
    )
    update notification_outbox o
    set attempts = o.attempts + 1,
        next_attempt_at = ${at}::timestamptz + make_interval(secs => ${leaseSeconds})
    from due where o.id = due.id
    returning o.*`.execute(conn);
  return r.rows.sort((a, b) => a.id - b.id);
}

/** Mark sent rows (one statement for a pass's rows). */
export async function markSent(conn: Conn, ids: readonly number[], now: Date): Promise<void> {
  const list = [...ids];
  if (list.length === 0) return;
  await conn
    .updateTable('notificationOutbox')
    .set({ sentAt: now.toISOString(), lastError: null })
    .where('id', 'in', list)
    .execute();
}

/** A failed attempt: retry at `retryAt`, or dead when `retryAt` is null. */
export async function markFailed(conn: Conn, id: number, error: string, now: Date, retryAt: Date | null): Promise<void> {
  await conn
    .updateTable('notificationOutbox')
    .set(
      retryAt
        ? { lastError: error.slice(0, 2000), nextAttemptAt: retryAt.toISOString() }
        : { lastError: error.slice(0, 2000), deadAt: now.toISOString() },
    )
    .where('id', '=', id)
    .execute();
}

export function listForDossier(conn: Conn, dossierId: string): Promise<OutboxRow[]> {
  return conn.selectFrom('notificationOutbox').selectAll().where('dossierId', '=', dossierId).orderBy('id').execute();
}
