/**
 * Receiving a signed message (POST /api/v1/federation/messages). Authentication is the signature: the envelope is
 * opened with the sender's key from the registry (a suspended sender is refused), then in ONE transaction the
 * message id is recorded in the inbox (unique), the type's handler applies the body, and the message is logged in
 * the hash-chained message log. A redelivery of an applied message (same id, sender, type and body) answers
 * `duplicate` with the original signed receipt — a sender retrying after a lost response is safe. A message that
 * does not authenticate (expired, tampered, unsigned, misaddressed, unknown or suspended sender) is refused and only
 * counted per day (authenticate.ts); a message of the authenticated sender refused for a business reason (a
 * different message reusing a seen id, `message-replayed`; a body the handler refuses) is logged in the chain and
 * counted against the sender in its own transaction. Either way nothing else changes.
 */
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Conn } from './conn.ts';
import type { Envelope } from '../protocol/envelope.ts';
import { openAuthenticated } from './authenticate.ts';
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
  /** Called (in the transaction of the effect or of an authenticated sender's refusal) to update its registry row. */
  onApplied?: (trx: Conn, sender: string, r: HandlerResult) => Promise<void>;
  onRejected?: (trx: Conn, sender: string, code: string) => Promise<void>;
}

export interface Delivery {
  outcome: 'applied' | 'duplicate';
  receipt: Receipt;
}

export async function receiveMessage(deps: ReceiverDeps, raw: unknown, now: Date = new Date()): Promise<Delivery> {
  // unauthenticated: counted per day and reason only (authenticate.ts), never against the claimed sender
  const env = await openAuthenticated(deps.db, raw, { keyOf: deps.keyOf, self: deps.self.code, now, windowSeconds: deps.windowSeconds });
  const h = env.header;
  try {
    const handler = deps.handlers[h.type];
    if (!handler) throw new AppError('message-malformed', { detail: `Unknown message type ${h.type}` });
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
    // authenticated: the sender really said this, so its refusal is logged in the chain and counted against it
    await deps.db.transaction().execute(async (trx) => {
      await appendMessageLog(trx, [{ direction: 'rejected', peer: h.sender, header: { ...h }, outcome: err.code }]);
      await deps.onRejected?.(trx, h.sender, err.code);
    });
    throw err;
  }
}
