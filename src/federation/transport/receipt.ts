/**
 * Signed receipts: the receiver of a message signs `{messageId, outcome, at, receiver}` (RFC 8785 canonical JSON,
 * Ed25519), so the sender keeps proof in its message log that the message was applied.
 */
import { sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../protocol/envelope.ts';

export interface ReceiptClaims {
  messageId: string;
  /** `applied` or `duplicate` (the original receipt is returned for a redelivered message). */
  outcome: string;
  at: string;
  receiver: string;
}

export interface Receipt extends ReceiptClaims {
  signature: string;
}

export function signReceipt(claims: ReceiptClaims, privateKey: KeyObject): Receipt {
  const c: ReceiptClaims = { messageId: claims.messageId, outcome: claims.outcome, at: claims.at, receiver: claims.receiver };
  return { ...c, signature: sign(null, Buffer.from(canonicalJson(c)), privateKey).toString('base64url') };
}

export function verifyReceipt(receipt: unknown, publicKey: KeyObject): receipt is Receipt {
  if (!receipt || typeof receipt !== 'object') return false;
  const r = receipt as Record<string, unknown>;
  if (![r.messageId, r.outcome, r.at, r.receiver, r.signature].every((v) => typeof v === 'string')) return false;
  const claims = { messageId: r.messageId, outcome: r.outcome, at: r.at, receiver: r.receiver };
  try {
    return verify(null, Buffer.from(canonicalJson(claims)), publicKey, Buffer.from(r.signature as string, 'base64url'));
  } catch {
    return false;
  }
}
