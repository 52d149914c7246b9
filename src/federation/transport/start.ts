/** What a node starts for the federation besides its routes: on a connected local system, the sync sender. */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { startSyncSender, type SenderLog, type SyncSender } from '../../local/sync/sender.ts';
import { loadNodeIdentity } from './node-identity.ts';

/** Starts the sync sender when this is a local system with NATIONAL_URL set; undefined otherwise. */
export function startFederation(db: Db, config: Config, log: SenderLog): SyncSender | undefined {
  if (config.ROLE === 'national' || !config.NATIONAL_URL) return undefined;
  return startSyncSender({ db, self: loadNodeIdentity(config), config, log });
}
