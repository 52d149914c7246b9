/**
 * What a node starts for the federation besides its routes: on a connected local system the sync sender; on the
 * national portal the router of national → local messages (forwarded online submissions).
 */
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { PollLoop } from '../lib/poll-loop.ts';
import { startDvcqgSender } from '../local/sync/dvcqg-sender.ts';
import { startSyncSender, type SenderLog } from '../local/sync/sender.ts';
import { startRouter } from '../national/routing/router.ts';
import { startCounterRouting } from '../local/counter-routing/sender.ts';
import { startCataloguePuller } from '../national/catalogue-feed/pull.ts';
import { loadNodeIdentity } from '../federation/transport/node-identity.ts';

/**
 * Local system with NATIONAL_URL: the sync sender (signed motcua messages, or the DVCQG integration API with
 * NATIONAL_PROTOCOL=dvcqg); the daily reconciliation is a job of the node's runner (src/local/sync/reconcile.job.ts).
 * National portal (ROLE national or all): the router. Undefined otherwise.
 */
export function startFederation(db: Db, config: Config, log: SenderLog & { info(obj: object, msg: string): void }): PollLoop | undefined {
  const self = loadNodeIdentity(config);
  if (config.ROLE !== 'local')
    return startRouter({ db, self, retryMs: config.SYNC_RETRY_MS, retryMaxMs: config.SYNC_RETRY_MAX_MS, pollMs: config.SYNC_POLL_MS, leaseSeconds: config.SYNC_LEASE_SECONDS }, (err) =>
      log.error({ err }, 'routing to connected systems failed'),
    );
  if (!config.NATIONAL_URL) return undefined;
  if (config.NATIONAL_PROTOCOL === 'dvcqg') return startDvcqgSender({ db, self, config, log });
  const sender = startSyncSender({ db, self, config, log });
  // counter dossiers received here for other systems, their progress and returns (src/local/counter-routing)
  const counter = startCounterRouting({ db, self, config }, (err) => log.error({ err }, 'counter routing failed'));
  // the national catalogue's published and retired versions (src/national/catalogue-feed)
  const catalogue = startCataloguePuller({ db, self, config, intervalMs: config.CATALOGUE_PULL_MS }, (err) => log.error({ err }, 'catalogue pull failed'));
  return {
    stop: async () => {
      await Promise.all([sender.stop(), counter.stop(), catalogue.stop()]);
    },
    kick: () => sender.kick(),
  };
}
