/**
 * A local system's messages to the portal's relay (POST {NATIONAL_URL}/api/v1/federation/relay): routed counter
 * dossiers, progress reports and returns, kept in `routing_outbox` with the portal as recipient (written in the
 * transaction of what they announce). Sent oldest first; a failed row waits with jittered back-off. The row id is the message id, so a retry after a lost answer is answered `duplicate` with the
 * original receipt, which is checked against the portal's key before the row is marked.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { deliverOutboxRow } from '../../federation/routing/deliver.ts';
import { startPollLoop, type PollLoop } from '../../lib/poll-loop.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { reportProgress } from './inbound.ts';

export interface PortalSenderDeps {
  db: Db;
  self: NodeIdentity;
  config: Pick<
    Config,
    | 'NATIONAL_URL'
    | 'NATIONAL_NODE_CODE'
    | 'NATIONAL_PUBLIC_KEY'
    | 'SYNC_RETRY_MS'
    | 'SYNC_RETRY_MAX_MS'
    | 'SYNC_POLL_MS'
  >;
  timeoutMs?: number;
}

const keys = new Map<string, KeyObject>();

async function portalKey(deps: PortalSenderDeps): Promise<KeyObject> {
  const { config } = deps;
  if (config.NATIONAL_PUBLIC_KEY) return createPublicKey(config.NATIONAL_PUBLIC_KEY);
  const cached = keys.get(config.NATIONAL_URL);
  if (cached) return cached;
  const r = await fetch(`${config.NATIONAL_URL}/api/v1/federation/node`, {
    signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000),
  });
  const info = (await r.json()) as { code?: string; publicKeyPem?: string };
  if (info.code !== config.NATIONAL_NODE_CODE || !info.publicKeyPem)
    throw new Error('portal identity mismatch');
  const key = createPublicKey(info.publicKeyPem);
  keys.set(config.NATIONAL_URL, key);
  return key;
}

/** One pass over the due rows for the portal, in order; returns how many were delivered. */
export async function sendToPortalOnce(
  deps: PortalSenderDeps,
  now = new Date(),
): Promise<{ delivered: number; failed: number }> {
  const { db, config } = deps;
  if (!config.NATIONAL_URL) return { delivered: 0, failed: 0 };
  const rows = await db
    .selectFrom('routingOutbox')
    .selectAll()
    .where('recipient', '=', config.NATIONAL_NODE_CODE)
    .where('ackedAt', 'is', null)
    .orderBy('seq')
    .limit(100)
    .execute();
  let delivered = 0;
  let failed = 0;
  // Oldest first, but a failing row does not hold back the others: nothing here depends on order (progress is
  // applied only when newer; a return needs the result the route's own progress reported).
  for (const row of rows) {
    if (new Date(row.nextAttemptAt).getTime() > now.getTime()) continue;
    const delivery = {
      db,
      self: deps.self,
      retryMs: config.SYNC_RETRY_MS,
      retryMaxMs: config.SYNC_RETRY_MAX_MS,
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    };
    if (
      await deliverOutboxRow(
        delivery,
        row,
        `${config.NATIONAL_URL}/api/v1/federation/relay`,
        () => portalKey(deps),
        now,
      )
    )
      delivered++;
    else failed++;
  }
  return { delivered, failed };
}

/** The local loop: report the progress of routed dossiers hosted here, then send what is due to the portal. */
export function startCounterRouting(deps: PortalSenderDeps, onError: (err: unknown) => void): PollLoop {
  return startPollLoop({
    pass: async () => {
      await reportProgress(deps.db, deps.config.NATIONAL_NODE_CODE);
      const sent = await sendToPortalOnce(deps);
      return sent.failed === 0 && sent.delivered === 100; // a full batch: there may be more
    },
    intervalMs: deps.config.SYNC_POLL_MS,
    onError,
  });
}
