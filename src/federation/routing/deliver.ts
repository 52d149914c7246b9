/**
 * Delivery of one routing-outbox row (national → local routing, and the counter routing relayed by the portal):
 * seal it as a signed envelope with the row's id, post it, check the receiver's signed receipt, then mark the row
 * acknowledged — or record the failure and its next attempt (jittered back-off) — each with its message-log row.
 */
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { jitteredBackoff } from '../../lib/backoff.ts';
import { sealEnvelope } from '../protocol/envelope.ts';
import { appendMessageLog } from '../protocol/message-log.ts';
import type { NodeIdentity } from '../transport/node-identity.ts';
import { verifyReceipt } from '../transport/receipt.ts';

export interface OutboxMessage {
  id: string;
  type: string;
  recipient: string;
  body: unknown;
  attempts: number;
}

export interface Delivery {
  db: Db;
  self: NodeIdentity;
  retryMs: number;
  retryMaxMs: number;
  timeoutMs?: number;
}

/** Deliver `row` to `url`; the receipt must verify with `receiverKey()`. True when acknowledged. */
export async function deliverOutboxRow(
  d: Delivery,
  row: OutboxMessage,
  url: string,
  receiverKey: () => Promise<KeyObject>,
  now: Date,
): Promise<boolean> {
  const env = sealEnvelope(
    { type: row.type, sender: d.self.code, recipient: row.recipient, body: row.body, id: row.id },
    d.self.privateKey,
  );
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(env),
      signal: AbortSignal.timeout(d.timeoutMs ?? 30_000),
    });
    const answer = (await res.json().catch(() => ({}))) as {
      outcome?: string;
      receipt?: unknown;
      code?: string;
    };
    if (!res.ok) throw new Error(answer.code ?? `http-${res.status}`);
    if (!verifyReceipt(answer.receipt, await receiverKey()) || answer.receipt.messageId !== row.id)
      throw new Error('receipt-invalid');
    await d.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('routingOutbox')
        .set({ ackedAt: new Date().toISOString(), lastError: null })
        .where('id', '=', row.id)
        .execute();
      await appendMessageLog(trx, [
        {
          direction: 'sent',
          peer: row.recipient,
          header: { ...env.header, receipt: answer.receipt },
          outcome: answer.outcome ?? 'applied',
        },
      ]);
    });
    return true;
  } catch (err) {
    const detail =
      err instanceof Error ? (err.name === 'TimeoutError' ? 'timeout' : err.message) : String(err);
    const next = new Date(now.getTime() + jitteredBackoff(row.attempts + 1, d.retryMs, d.retryMaxMs));
    await d.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('routingOutbox')
        .set({
          attempts: row.attempts + 1,
          lastError: detail.slice(0, 2000),
          nextAttemptAt: next.toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
      await appendMessageLog(trx, [
        {
          direction: 'sent',
          peer: row.recipient,
          header: { ...env.header },
          outcome: `failed:${detail.slice(0, 200)}`,
        },
      ]);
    });
    return false;
  }
}
