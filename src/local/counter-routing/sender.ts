/**
 * A local system's messages to the portal's relay (POST {NATIONAL_URL}/api/v1/federation/relay): routed counter
 * dossiers, progress reports and returns, kept in `routing_outbox` with the portal as recipient (written in the
 * transaction of what they announce). Every process of the node runs this sender: each row is claimed under a
 * lease, and only the first unacknowledged row of its routed dossier (src/federation/routing/lanes.ts), so a row
 * is sent by one process and a dossier's rows arrive in order; a failed row waits with jittered back-off and holds
 * back its own dossier only. The row id is the message id, so a retry after a lost answer (or after a process died
 * mid-lease) is answered `duplicate` with the original receipt, which is checked against the portal's key before
 * the row is marked.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { deliverOutboxRow } from '../../federation/routing/deliver.ts';
import { claimLaneHeads, keepClaim, PROCESS_HOLDER, releaseClaims } from '../../federation/routing/lanes.ts';
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
    | 'SYNC_LEASE_SECONDS'
  >;
  timeoutMs?: number;
  /** Who holds the claims this sender takes (default: this process). */
  holder?: string;
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

/** Rows (heads of distinct routed dossiers) one pass claims: few, so that the processes of a node share the work. */
export const ROWS_PER_PASS = 20;

/**
 * One pass: claim the due first row of each routed dossier that no other process holds (lanes.ts: lease, SKIP
 * LOCKED), send them oldest first, free the claims. A failing row does not hold back other dossiers, but its own
 * dossier's later rows wait for it (a return never overtakes its route). Returns how many were delivered.
 */
export async function sendToPortalOnce(
  deps: PortalSenderDeps,
  now = new Date(),
): Promise<{ delivered: number; failed: number }> {
  const { db, config } = deps;
  if (!config.NATIONAL_URL) return { delivered: 0, failed: 0 };
  const holder = deps.holder ?? PROCESS_HOLDER;
  const leaseSeconds = config.SYNC_LEASE_SECONDS;
  const rows = await claimLaneHeads(db, { recipient: config.NATIONAL_NODE_CODE, holder, leaseSeconds, now, limit: ROWS_PER_PASS });
  let delivered = 0;
  let failed = 0;
  const delivery = {
    db,
    self: deps.self,
    retryMs: config.SYNC_RETRY_MS,
    retryMaxMs: config.SYNC_RETRY_MAX_MS,
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
  };
  try {
    for (const row of rows) {
      // a row whose lease ran out while earlier rows were sent may be another process's now: leave it
      if (!(await keepClaim(db, row.id, holder, leaseSeconds))) continue;
      const url = `${config.NATIONAL_URL}/api/v1/federation/relay`;
      if (await deliverOutboxRow(delivery, row, url, () => portalKey(deps), now)) delivered++;
      else failed++;
    }
  } finally {
    await releaseClaims(db, holder, rows.map((r) => r.id));
  }
  return { delivered, failed };
}

/** The local loop: report the progress of routed dossiers hosted here, then send what is due to the portal. */
export function startCounterRouting(deps: PortalSenderDeps, onError: (err: unknown) => void): PollLoop {
  return startPollLoop({
    pass: async () => {
      await reportProgress(deps.db, deps.config.NATIONAL_NODE_CODE);
      const sent = await sendToPortalOnce(deps);
      return sent.delivered > 0; // a dossier's next row (its return after its route) is claimable now
    },
    intervalMs: deps.config.SYNC_POLL_MS,
    onError,
  });
}
