/**
 * The signed channel of the warehouse messages, both ways: seal and post (the sender), open once (the receiver).
 * A received message is opened like any federation message (the sender's registered key, signature, body digest,
 * recipient, time window) and its id is recorded in the receiver's inbox before anything is done — reads included,
 * so a captured request cannot be replayed to read again; a second use of an id is `message-replayed` (409).
 * Refusals of an authenticated sender are written to the hash-chained message log (and the registry row's error
 * counter on the portal); a message that does not authenticate is only counted per day and reason.
 */
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError, errorCodes, type ErrorCode } from '../../errors.ts';
import { sealEnvelope, type Envelope } from '../protocol/envelope.ts';
import { openAuthenticated } from '../transport/authenticate.ts';
import { appendMessageLog } from '../protocol/message-log.ts';
import type { NodeIdentity } from '../transport/node-identity.ts';

export interface OpenDeps {
  db: Db;
  self: NodeIdentity;
  windowSeconds: number;
  keyOf: (sender: string) => Promise<KeyObject | undefined>;
  onRejected?: (db: Db, sender: string, code: string) => Promise<void>;
}

/** Opens a message of one of `types` and spends its id; throws AppError otherwise (authenticated refusals logged). */
export async function openOnce(deps: OpenDeps, raw: unknown, types: readonly string[], now = new Date()): Promise<Envelope> {
  // a message that does not authenticate is only counted per day (src/federation/transport/authenticate.ts)
  const env = await openAuthenticated(deps.db, raw, { keyOf: deps.keyOf, self: deps.self.code, now, windowSeconds: deps.windowSeconds });
  const h = env.header;
  try {
    if (!types.includes(h.type)) throw new AppError('message-malformed', { detail: `Unexpected message type ${h.type}` });
    await deps.db.transaction().execute(async (trx) => {
      const fresh = await trx
        .insertInto('federationInbox')
        .values({ messageId: h.id, sender: h.sender, type: h.type, bodySha256: h.bodySha256, receipt: JSON.stringify({ outcome: 'received' }) })
        .onConflict((oc) => oc.column('messageId').doNothing())
        .returning('messageId')
        .executeTakeFirst();
      if (!fresh) throw new AppError('message-replayed', { data: { messageId: h.id } });
      await appendMessageLog(trx, [{ direction: 'received', peer: h.sender, header: { ...h }, outcome: 'accepted' }]);
    });
    return env;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await deps.db.transaction().execute(async (trx) => {
      await appendMessageLog(trx, [{ direction: 'rejected', peer: h.sender, header: { ...h }, outcome: err.code }]);
      await deps.onRejected?.(trx, h.sender, err.code);
    });
    throw err;
  }
}

/** Seals `body` as a message of `type` from `self` to `recipient` and POSTs it to `url`. */
export async function postSigned(self: NodeIdentity, recipient: string, url: string, type: string, body: unknown, timeoutMs = 30_000, id?: string): Promise<Response> {
  const env = sealEnvelope({ type, sender: self.code, recipient, body, ...(id ? { id } : {}) }, self.privateKey);
  try {
    return await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, application/octet-stream' },
      body: JSON.stringify(env),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new AppError('service-unavailable', { detail: `${url} is unreachable`, cause: err });
  }
}

const PROBLEM_KEYS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'errors']);

/** A problem+json answer of the peer turned back into the same AppError (code, detail, data); else 503. */
export async function problemOf(res: Response, what: string): Promise<AppError> {
  const p = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  const code = typeof p.code === 'string' && p.code in errorCodes ? (p.code as ErrorCode) : 'service-unavailable';
  const data = Object.fromEntries(Object.entries(p).filter(([k]) => !PROBLEM_KEYS.has(k)));
  return new AppError(code, {
    detail: typeof p.detail === 'string' ? p.detail : `${what}: HTTP ${res.status}`,
    ...(Object.keys(data).length ? { data } : {}),
    ...(Array.isArray(p.errors) ? { errors: p.errors as { path: string; message: string }[] } : {}),
  });
}
