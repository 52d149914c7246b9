/** MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập: SQL of the development stand-in gateway. */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { DevPaymentTransactionRow } from './gateway.table.ts';
import type { StoredInit } from './protocol.ts';

/**
 * The secret shared with a partner: the row `shared-secret:<partner>` of payment_settings, created at first use.
 * The local payments feature reads the same row (src/local/payments/gateway-client.ts), which is how the two sides
 * agree on it in a development node.
 */
export async function partnerSecret(db: Db, partnerCode: string): Promise<string> {
  const key = `shared-secret:${partnerCode}`;
  await db
    .insertInto('paymentSettings')
    .values({ key, value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('paymentSettings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}

export async function insertTransaction(
  db: Db,
  t: { token: string; partnerCode: string; reference: string; amount: number; message: StoredInit; gatewayTransactionId: string },
): Promise<void> {
  await db.insertInto('devPaymentTransactions').values({ ...t, message: JSON.stringify(t.message) }).execute();
}

export async function findTransaction(db: Db, token: string): Promise<DevPaymentTransactionRow | undefined> {
  return db.selectFrom('devPaymentTransactions').selectAll().where('token', '=', token).executeTakeFirst();
}

/** Move a transaction out of khoi-tao; false when it already left it (double click, second tab). */
export async function completeTransaction(db: Db, token: string, state: 'thanh-cong' | 'that-bai', resultCode: string): Promise<boolean> {
  const r = await db
    .updateTable('devPaymentTransactions')
    .set({ state, resultCode, completedAt: sql<string>`now()` })
    .where('token', '=', token)
    .where('state', '=', 'khoi-tao')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function recordCallbackStatus(db: Db, token: string, status: number): Promise<void> {
  await db.updateTable('devPaymentTransactions').set({ callbackStatus: status }).where('token', '=', token).execute();
}

/** The latest transaction of a reference, preferring a succeeded one. */
export async function latestForReference(db: Db, partnerCode: string, reference: string): Promise<DevPaymentTransactionRow | undefined> {
  return db
    .selectFrom('devPaymentTransactions')
    .selectAll()
    .where('partnerCode', '=', partnerCode)
    .where('reference', '=', reference)
    .orderBy(sql`state = 'thanh-cong'`, 'desc')
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}
