/**
 * Signed messages between nodes (national portal ↔ local systems). A message is a JSON envelope:
 *
 *   { header: { v, id, type, sender, recipient, sentAt, bodySha256 }, body, signature }
 *
 * The sender signs the RFC 8785 canonical form of the header with its Ed25519 key; the header carries the
 * SHA-256 of the canonical body, so the signature covers body, sender, recipient, message id and time. The
 * receiver looks the sender's key up in its registry, checks the signature, the digest, the recipient and the
 * time window; replay (a message id already seen) is checked against the receiver's inbox by the caller.
 */
import { createHash, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import { AppError } from '../../errors.ts';

// RFC 8785 (JSON Canonicalization Scheme), reference implementation; a CommonJS module whose types declare an
// ES default export, so it is loaded with require to get the function itself.
const canonicalize = createRequire(import.meta.url)('canonicalize') as (v: unknown) => string | undefined;

export const ENVELOPE_VERSION = 1;

export interface EnvelopeHeader {
  v: number;
  /** Unique per message (UUID); the receiver refuses an id it has seen. */
  id: string;
  /** What the body is, e.g. `dossier.sync`, `dossier.progress`. */
  type: string;
  /** Node codes (the agency code prefix of each system, e.g. `H56`, `G22`). */
  sender: string;
  recipient: string;
  /** ISO 8601 UTC. */
  sentAt: string;
  bodySha256: string;
}

export interface Envelope<B = unknown> {
  header: EnvelopeHeader;
  body: B;
  /** base64url Ed25519 signature over the canonical header. */
  signature: string;
}

/** An array-index-like key: a plain object lists such keys first in numeric order, whatever their insertion order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * RFC 8785 canonical JSON. Fast path: the engine's JSON.stringify (JCS escapes strings and writes numbers exactly as
 * ECMAScript does) with every object's keys re-inserted in UTF-16 code-unit order — about 4× faster than the
 * reference implementation on a sync batch. An object with index-like keys, or a non-finite number, goes to the
 * reference implementation (which orders such keys correctly, and refuses what JCS refuses).
 */
export function canonicalJson(value: unknown): string {
  let fallBack = false;
  const fast = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) fallBack = true;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v).sort();
    // no prototype: a member named "__proto__" (JSON.parse makes it an own key) stays a member, so it is signed too
    const out = Object.create(null) as Record<string, unknown>;
    for (const k of keys) {
      if (INDEX_KEY.test(k)) fallBack = true;
      out[k] = (v as Record<string, unknown>)[k];
    }
    return out;
  }) as string | undefined;
  const s = fallBack ? canonicalize(value) : fast;
  if (s === undefined) throw new AppError('message-malformed', { detail: 'The value has no JSON form' });
  return s;
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface SealInput<B> {
  type: string;
  sender: string;
  recipient: string;
  body: B;
  id?: string;
  sentAt?: Date;
}

/** Builds and signs an envelope with the sender's Ed25519 private key. */
export function sealEnvelope<B>(input: SealInput<B>, privateKey: KeyObject): Envelope<B> {
  const header: EnvelopeHeader = {
    v: ENVELOPE_VERSION,
    id: input.id ?? randomUUID(),
    type: input.type,
    sender: input.sender,
    recipient: input.recipient,
    sentAt: (input.sentAt ?? new Date()).toISOString(),
    bodySha256: sha256Hex(canonicalJson(input.body)),
  };
  const signature = sign(null, Buffer.from(canonicalJson(header)), privateKey).toString('base64url');
  return { header, body: input.body, signature };
}

export interface OpenOptions {
  /** The sender's public key from the registry of connected systems, or undefined when unknown. */
  keyOf: (sender: string) => Promise<KeyObject | undefined> | KeyObject | undefined;
  /** This node's code: a message addressed elsewhere is refused. */
  self: string;
  now?: Date;
  /** How far `sentAt` may be from now, either way (default 5 minutes). */
  windowSeconds?: number;
}

const HEADER_KEYS = ['v', 'id', 'type', 'sender', 'recipient', 'sentAt', 'bodySha256'] as const;

function isHeader(h: unknown): h is EnvelopeHeader {
  if (!h || typeof h !== 'object') return false;
  const o = h as Record<string, unknown>;
  const keys = Object.keys(o);
  return (
    keys.length === HEADER_KEYS.length &&
    HEADER_KEYS.every((k) => k in o) &&
    o.v === ENVELOPE_VERSION &&
    HEADER_KEYS.slice(1).every((k) => typeof o[k] === 'string' && o[k].length > 0 && o[k].length <= 200)
  );
}

/**
 * Checks an envelope received from the network and returns it typed; throws AppError with a stable code:
 * `message-malformed`, `message-unknown-sender`, `message-bad-signature`, `message-body-mismatch`,
 * `message-wrong-recipient`, `message-expired`.
 */
export async function openEnvelope(raw: unknown, opts: OpenOptions): Promise<Envelope> {
  if (!raw || typeof raw !== 'object') throw new AppError('message-malformed');
  const { header, body, signature } = raw as Record<string, unknown>;
  if (!isHeader(header) || typeof signature !== 'string' || body === undefined)
    throw new AppError('message-malformed');
  const key = await opts.keyOf(header.sender);
  if (!key) throw new AppError('message-unknown-sender', { data: { sender: header.sender } });
  let sig: Buffer;
  try {
    sig = Buffer.from(signature, 'base64url');
  } catch {
    throw new AppError('message-bad-signature');
  }
  if (!verify(null, Buffer.from(canonicalJson(header)), key, sig))
    throw new AppError('message-bad-signature');
  if (sha256Hex(canonicalJson(body)) !== header.bodySha256) throw new AppError('message-body-mismatch');
  if (header.recipient !== opts.self)
    throw new AppError('message-wrong-recipient', { data: { recipient: header.recipient } });
  const sentAt = Date.parse(header.sentAt);
  const now = (opts.now ?? new Date()).getTime();
  const window = (opts.windowSeconds ?? 300) * 1000;
  if (!Number.isFinite(sentAt) || Math.abs(now - sentAt) > window)
    throw new AppError('message-expired', { data: { sentAt: header.sentAt } });
  return { header, body, signature };
}
