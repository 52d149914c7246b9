import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import type { NationalPort } from './federation/national-port.ts';
import type { BlobStore } from './platform/storage/blob-store.ts';

/** What every module's routes receive: the config, the database, the file store and the port to the national portal. */
export interface AppContext {
  config: Config;
  db: Db;
  nationalPort: NationalPort;
  blobs: BlobStore;
}
