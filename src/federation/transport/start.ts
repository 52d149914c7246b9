/** What a node starts for the federation besides its routes: on a connected local system, the sync sender. */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { startDvcqgSender } from '../../local/sync/dvcqg-sender.ts';
import { startSyncSender, type SenderLog, type SyncSender } from '../../local/sync/sender.ts';
import { loadNodeIdentity } from './node-identity.ts';

/**
 * Starts the sync sender when this is a local system with NATIONAL_URL set (signed motcua messages, or the DVCQG
 * integration API with NATIONAL_PROTOCOL=dvcqg); undefined otherwise.
 */
export function startFederation(db: Db, config: Config, log: SenderLog): SyncSender | undefined {
  if (config.ROLE === 'national' || !config.NATIONAL_URL) return undefined;
  const self = loadNodeIdentity(config);
  if (config.NATIONAL_PROTOCOL === 'dvcqg') return startDvcqgSender({ db, self, config, log });
  return startSyncSender({ db, self, config, log });
}
