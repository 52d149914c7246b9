/**
 * Receiving a signed message (POST /api/v1/federation/messages). Authentication is the signature: the envelope is
 * opened with the sender's key from the registry (a suspended sender is refused), then in ONE transaction the
 * message id is recorded in the inbox (unique), the type's handler applies the body, and the message is logged in
 * the hash-chained message log. A redelivery of an applied message (same id, sender, type and body) answers
 * `duplicate` with the original signed receipt — a sender retrying after a lost response is safe. A different
 * message reusing a seen id (`message-replayed`), or an expired, tampered, unsigned, misaddressed or
 * unknown-sender one, is refused and logged in its own transaction, changing nothing else.
 */
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Conn } from './conn.ts';
import { openEnvelope, type Envelope } from '../protocol/envelope.ts';
import { appendMessageLog } from '../protocol/message-log.ts';
import type { NodeIdentity } from './node-identity.ts';
import { signReceipt, type Receipt } from './receipt.ts';

export interface HandlerResult {
  /** Events applied (registry counter) and the lag of the oldest change in the message, in ms. */
  events: number;
  lagMs: number | null;
}

export type MessageHandler = (trx: Conn, envelope: Envelope) => Promise<HandlerResult>;

export interface ReceiverDeps {
  db: Db;
  self: NodeIdentity;
  windowSeconds: number;
  handlers: Record<string, MessageHandler>;
  /** The sender's active key; throws `message-sender-suspended` for a suspended one; undefined when unknown. */
  keyOf: (sender: string) => Promise<KeyObject | undefined>;
  /** Called (in the transaction of the effect or of the refusal) to update the sender's registry row. */
  onApplied?: (trx: Conn, sender: string, r: HandlerResult) => Promise<void>;
  onRejected?: (trx: Conn, sender: string, code: string) => Promise<void>;
}

export interface Delivery {
  outcome: 'applied' | 'duplicate';
  receipt: Receipt;
}

function headerOf(raw: unknown): Record<string, unknown> {
  const h = raw && typeof raw === 'object' ? (raw as { header?: unknown }).header : undefined;
  if (!h || typeof h !== 'object') return {};
  const o = h as Record<string, unknown>;
  const pick: Record<string, unknown> = {};
  for (const k of ['v', 'id', 'type', 'sender', 'recipient', 'sentAt', 'bodySha256']) {
    const v = o[k];
    if (typeof v === 'string' || typeof v === 'number') pick[k] = typeof v === 'string' ? v.slice(0, 200) : v;
  }
  return pick;
}

export async function receiveMessage(deps: ReceiverDeps, raw: unknown, now: Date = new Date()): Promise<Delivery> {
  try {
    const env = await openEnvelope(raw, {
      keyOf: deps.keyOf,
      self: deps.self.code,
      now,
      windowSeconds: deps.windowSeconds,
    });
    const handler = deps.handlers[env.header.type];
    if (!handler) throw new AppError('message-malformed', { detail: `Unknown message type ${env.header.type}` });
    const h = env.header;
    return await deps.db.transaction().execute(async (trx) => {
      const receipt = signReceipt({ messageId: h.id, outcome: 'applied', at: now.toISOString(), receiver: deps.self.code }, deps.self.privateKey);
      const inserted = await trx
        .insertInto('federationInbox')
        .values({ messageId: h.id, sender: h.sender, type: h.type, bodySha256: h.bodySha256, receipt: JSON.stringify(receipt) })
        .onConflict((oc) => oc.column('messageId').doNothing())
        .returning('messageId')
        .executeTakeFirst();
      if (!inserted) {
        const seen = await trx.selectFrom('federationInbox').selectAll().where('messageId', '=', h.id).executeTakeFirstOrThrow();
        if (seen.sender !== h.sender || seen.type !== h.type || seen.bodySha256 !== h.bodySha256)
          throw new AppError('message-replayed', { data: { messageId: h.id } });
        await appendMessageLog(trx, [{ direction: 'received', peer: h.sender, header: { ...h }, outcome: 'duplicate' }]);
        return { outcome: 'duplicate' as const, receipt: seen.receipt as unknown as Receipt };
      }
      const result = await handler(trx, env);
      await deps.onApplied?.(trx, h.sender, result);
      await appendMessageLog(trx, [{ direction: 'received', peer: h.sender, header: { ...h }, outcome: 'applied' }]);
      return { outcome: 'applied' as const, receipt };
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const header = headerOf(raw);
    const sender = typeof header.sender === 'string' ? header.sender : '';
    await deps.db.transaction().execute(async (trx) => {
      await appendMessageLog(trx, [{ direction: 'rejected', peer: sender, header, outcome: err.code }]);
      if (sender) await deps.onRejected?.(trx, sender, err.code);
    });
    throw err;
  }
}
