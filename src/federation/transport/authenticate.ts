/**
 * Where a received message stops being anyone's word: `openAuthenticated` opens the envelope (the sender's key from
 * the registry, signature, body digest, recipient, time window). A message that fails here never authenticated —
 * whoever it claims to come from — so its refusal is not written to the hash-chained message log (that log and its
 * global lock are for what a system really said) and not counted against the claimed system: it is counted per
 * day, claimed registered system and reason (`federation_unauthenticated_rejects`, one upserted row), and marked so
 * the endpoint's gate (gate.ts) counts it against the caller's IP. Refusals after this point (a replayed id, a
 * body the handler refuses) are the authenticated sender's and are logged and counted as before.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { openEnvelope, type Envelope, type OpenOptions } from '../protocol/envelope.ts';
import { countUnauthenticatedReject } from './rejects.repository.ts';

const unauthenticated = new WeakSet<object>();

/** Marks `err` as the refusal of a caller that did not authenticate (another scheme, e.g. a DVCQG session). */
export function markUnauthenticated<E extends object>(err: E): E {
  unauthenticated.add(err);
  return err;
}

/** Was this error the refusal of a message that never authenticated? */
export function isUnauthenticated(err: unknown): boolean {
  return typeof err === 'object' && err !== null && unauthenticated.has(err);
}

/** The claimed sender when the registry knows it (the refusal came after the key lookup), else ''. */
function claimedPeer(raw: unknown, code: string): string {
  if (code === 'message-malformed' || code === 'message-unknown-sender') return '';
  const h = raw && typeof raw === 'object' ? (raw as { header?: unknown }).header : undefined;
  const sender = h && typeof h === 'object' ? (h as { sender?: unknown }).sender : undefined;
  return typeof sender === 'string' ? sender.slice(0, 20) : '';
}

export async function openAuthenticated(db: Db, raw: unknown, opts: OpenOptions): Promise<Envelope> {
  try {
    return await openEnvelope(raw, opts);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    unauthenticated.add(err);
    await countUnauthenticatedReject(db, claimedPeer(raw, err.code), err.code, opts.now ?? new Date());
    throw err;
  }
}
