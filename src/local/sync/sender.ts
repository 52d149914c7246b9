/**
 * The sync sender (every local process; started from main.ts when NATIONAL_URL is set). One pass: claim due
 * dossier streams (FOR UPDATE SKIP LOCKED + lease, sync.repository.ts), put each stream's pending events — in
 * sequence order — into ONE signed envelope, POST it to the portal, and on a valid signed receipt acknowledge the
 * streams and log the message with its receipt; on failure reschedule each stream with exponential back-off and
 * jitter (capped). A stream's event n+1 never leaves before n is acknowledged: it is in the same envelope (applied
 * in order in one transaction) or waits for the acknowledgement. The envelope id is derived from the rows it
 * carries, so a retry of the same rows after a lost response is answered `duplicate` with the original receipt.
 * All state is in PostgreSQL: a killed sender's streams are claimed again when their lease ends.
 */
import { onDossierCommitted } from '../dossiers/committed.ts';
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { sealEnvelope, sha256Hex } from '../../federation/protocol/envelope.ts';
import { appendMessageLog } from '../../federation/protocol/message-log.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { verifyReceipt, type Receipt } from '../../federation/transport/receipt.ts';
import { jitteredBackoff } from '../../lib/backoff.ts';
import { startPollLoop, type PollLoop } from '../../lib/poll-loop.ts';
import { ackStreams, claimStreams, failStreams, pendingEvents } from './sync.repository.ts';

import { SYNC_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';
/** Events of one dossier per envelope (the rest follow in the next pass). */
export const EVENTS_PER_STREAM = 50;

export type SenderConfig = Pick<
  Config,
  | 'NATIONAL_URL'
  | 'SYNC_SENDERS'
  | 'NATIONAL_NODE_CODE'
  | 'NATIONAL_PUBLIC_KEY'
  | 'SYNC_BATCH_SIZE'
  | 'SYNC_POLL_MS'
  | 'SYNC_RETRY_MS'
  | 'SYNC_RETRY_MAX_MS'
  | 'SYNC_LEASE_SECONDS'
>;

export interface SenderLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SenderDeps {
  db: Db;
  self: NodeIdentity;
  config: SenderConfig;
  log?: SenderLog;
  /** Request timeout, ms (default 30 s). */
  timeoutMs?: number;
}

export interface PassResult {
  claimed: number;
  events: number;
  outcome: 'idle' | 'applied' | 'duplicate' | 'failed';
  error?: string;
}

/** A UUID-shaped id derived from the sender and the exact rows carried. */
export function envelopeIdFor(
  sender: string,
  rows: readonly { dossierId: string; seq: number; repair?: string }[],
): string {
  // A reconciliation re-send of an already delivered seq carries its run id, so it is a new message (not `duplicate`).
  const h = sha256Hex(
    `${sender}|${rows.map((r) => `${r.dossierId}:${r.seq}${r.repair ? `:${r.repair}` : ''}`).join(',')}`,
  );
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const portalKeys = new Map<string, KeyObject>();

/** The portal's key: NATIONAL_PUBLIC_KEY, or read once from its /api/v1/federation/node (trust on first use). */
async function portalKey(deps: SenderDeps): Promise<KeyObject> {
  const { config } = deps;
  if (config.NATIONAL_PUBLIC_KEY) return createPublicKey(config.NATIONAL_PUBLIC_KEY);
  const cached = portalKeys.get(config.NATIONAL_URL);
  if (cached) return cached;
  const r = await fetch(`${config.NATIONAL_URL}/api/v1/federation/node`, {
    signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000),
  });
  if (!r.ok) throw new Error(`portal identity: HTTP ${r.status}`);
  const info = (await r.json()) as { code?: string; publicKeyPem?: string };
  if (info.code !== config.NATIONAL_NODE_CODE || !info.publicKeyPem)
    throw new Error(`portal identity: code ${info.code} is not ${config.NATIONAL_NODE_CODE}`);
  const key = createPublicKey(info.publicKeyPem);
  deps.log?.warn(
    { portal: config.NATIONAL_URL },
    'portal public key fetched on first contact (set NATIONAL_PUBLIC_KEY to pin it)',
  );
  portalKeys.set(config.NATIONAL_URL, key);
  return key;
}

async function post(
  deps: SenderDeps,
  envelope: unknown,
): Promise<{ outcome: 'applied' | 'duplicate'; receipt: Receipt }> {
  const res = await fetch(`${deps.config.NATIONAL_URL}/api/v1/federation/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(envelope),
    signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000),
  });
  const text = await res.text();
  if (!res.ok) {
    let code = `http-${res.status}`;
    try {
      code = (JSON.parse(text) as { code?: string }).code ?? code;
    } catch {
      /* not problem+json */
    }
    throw new Error(code);
  }
  return JSON.parse(text) as { outcome: 'applied' | 'duplicate'; receipt: Receipt };
}

/** One pass: claim, send one envelope, acknowledge or reschedule. */
export async function syncOnce(deps: SenderDeps, now: Date = new Date()): Promise<PassResult> {
  const { db, config, self } = deps;
  const streams = await claimStreams(db, now, config.SYNC_BATCH_SIZE, config.SYNC_LEASE_SECONDS);
  if (streams.length === 0) return { claimed: 0, events: 0, outcome: 'idle' };
  const events = await pendingEvents(db, streams, EVENTS_PER_STREAM);
  const id = envelopeIdFor(self.code, events);
  const envelope = sealEnvelope(
    {
      type: SYNC_MESSAGE_TYPE,
      sender: self.code,
      recipient: config.NATIONAL_NODE_CODE,
      body: { events },
      id,
    },
    self.privateKey,
  );
  const header = { ...envelope.header };
  try {
    if (events.length === 0) throw new Error('claimed streams have no pending rows');
    const answer = await post(deps, envelope);
    const key = await portalKey(deps);
    if (
      !verifyReceipt(answer.receipt, key) ||
      answer.receipt.messageId !== id ||
      answer.receipt.receiver !== config.NATIONAL_NODE_CODE
    )
      throw new Error('receipt-invalid');
    const acked = new Map<string, number>();
    for (const e of events) acked.set(e.dossierId, Math.max(acked.get(e.dossierId) ?? 0, e.seq));
    await db.transaction().execute(async (trx) => {
      await ackStreams(
        trx,
        [...acked].map(([dossierId, seq]) => ({ dossierId, seq })),
        new Date(),
        answer.receipt.at,
      );
      await appendMessageLog(trx, [
        {
          direction: 'sent',
          peer: config.NATIONAL_NODE_CODE,
          header: { ...header, receipt: answer.receipt },
          outcome: answer.outcome,
        },
      ]);
    });
    return { claimed: streams.length, events: events.length, outcome: answer.outcome };
  } catch (err) {
    const error =
      err instanceof Error ? (err.name === 'TimeoutError' ? 'timeout' : err.message) : String(err);
    const detail =
      err instanceof Error && err.cause instanceof Error ? `${error}: ${err.cause.message}` : error;
    await db.transaction().execute(async (trx) => {
      await failStreams(
        trx,
        streams.map((s) => ({
          dossierId: s.dossierId,
          retryAt: new Date(
            now.getTime() + jitteredBackoff(s.attempts, config.SYNC_RETRY_MS, config.SYNC_RETRY_MAX_MS),
          ),
        })),
        detail,
        now,
      );
      await appendMessageLog(trx, [
        {
          direction: 'sent',
          peer: config.NATIONAL_NODE_CODE,
          header,
          outcome: `failed:${detail.slice(0, 200)}`,
        },
      ]);
    });
    deps.log?.warn(
      { streams: streams.length, events: events.length, err: detail },
      'sync to the national portal failed, will retry',
    );
    return { claimed: streams.length, events: events.length, outcome: 'failed', error: detail };
  }
}

export interface SyncSender extends PollLoop {
  runOnce(now?: Date): Promise<PassResult>;
}

/**
 * Start the sender loops (SYNC_SENDERS of them): each runs passes back to back while full batches go out, else every
 * SYNC_POLL_MS. Two loops never send the same dossier's stream at once (claims are leased), so the order holds.
 */
export function startSyncSender(deps: SenderDeps): SyncSender {
  const loops = Array.from({ length: Math.max(1, deps.config.SYNC_SENDERS) }, () =>
    startPollLoop({
      pass: async () => {
        const r = await syncOnce(deps);
        return r.outcome !== 'idle' && r.outcome !== 'failed';
      },
      intervalMs: deps.config.SYNC_POLL_MS,
      onError: (err) => deps.log?.error({ err }, 'sync sender pass failed'),
    }),
  );
  // Woken when a dossier change commits in this process (at most one wake-up pass at a time; the poll covers the rest).
  let waking = false;
  const stopListening = onDossierCommitted(() => {
    if (waking) return;
    waking = true;
    setImmediate(() => void loops[0]!.kick().finally(() => (waking = false)));
  });
  return {
    stop: async () => {
      stopListening();
      await Promise.all(loops.map((l) => l.stop()));
    },
    kick: () => loops[0]!.kick(),
    runOnce: (now) => syncOnce(deps, now),
  };
}
