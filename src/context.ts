import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import type { NationalPort } from './federation/national-port.ts';
import type { LawClock } from './platform/clock/law-clock.ts';
import type { BlobStore } from './platform/storage/blob-store.ts';

/**
 * What every module's routes receive: the config, the database, the file store, the port to the national portal and
 * the law's clock (the one "now" of legal decisions; settable in test and demo modes, src/platform/clock).
 */
export interface AppContext {
  config: Config;
  db: Db;
  nationalPort: NationalPort;
  blobs: BlobStore;
  clock: LawClock;
}
