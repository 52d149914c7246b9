/** All SQL of the warehouse outbox (migration 0995). */
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import type { OutboxPayload, WarehouseOutboxRow } from './warehouse-link.table.ts';

export type Q = Db | Transaction<Database>;

/** Add a message once: a second insert under the same key is ignored (listeners may run twice for one change). */
export async function insertOutbox(
  db: Q,
  row: { key: string; op: 'deposit' | 'status'; depositKey: string | null; payload: OutboxPayload },
): Promise<void> {
  await db
    .insertInto('warehouseOutbox')
    .values({ ...row, payload: JSON.stringify(row.payload) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** The oldest pending message that is due and first of its document, locked for this delivery (others skip it). */
export function lockNextDue(tx: Transaction<Database>, skip: readonly number[] = []): Promise<WarehouseOutboxRow | undefined> {
  let q = tx
    .selectFrom('warehouseOutbox')
    .selectAll()
    .where('deliveredAt', 'is', null)
    .where('nextAttemptAt', '<=', sql<string>`now()`)
    // a document's messages in order: not while an earlier one of the same deposit is pending (or being sent by
    // another process, which holds its row): a `revoked` never overtakes the `replaced` before it
    .where(
      sql<boolean>`not exists (select 1 from warehouse_outbox p where p.delivered_at is null
        and coalesce(p.deposit_key, p.key) = coalesce(warehouse_outbox.deposit_key, warehouse_outbox.key)
        and p.seq < warehouse_outbox.seq)`,
    );
  if (skip.length) q = q.where('seq', 'not in', skip);
  return q
    .orderBy('seq')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export function findOutbox(db: Q, key: string): Promise<WarehouseOutboxRow | undefined> {
  return db.selectFrom('warehouseOutbox').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function markDelivered(db: Q, seq: number, warehouseDocumentId: string): Promise<void> {
  await db
    .updateTable('warehouseOutbox')
    .set({ deliveredAt: sql<string>`now()`, warehouseDocumentId, lastError: null, attempts: sql<number>`attempts + 1` })
    .where('seq', '=', seq)
    .execute();
}

/** A failed attempt: retried after `delaySeconds`. */
export async function markFailed(db: Q, seq: number, error: string, delaySeconds: number): Promise<void> {
  await db
    .updateTable('warehouseOutbox')
    .set({
      attempts: sql<number>`attempts + 1`,
      lastError: error.slice(0, 1000),
      nextAttemptAt: sql<string>`now() + make_interval(secs => ${delaySeconds})`,
    })
    .where('seq', '=', seq)
    .execute();
}
