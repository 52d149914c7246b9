/** Open the node's database: the embedded server (default) or DATABASE_URL; create and migrate it. */
import path from 'node:path';
import type pg from 'pg';
import type { Config } from '../config.ts';
import { createDb, ensureDatabase, withDatabase, type Db } from './connect.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { migrateToLatest } from './migrate.ts';

export interface OpenDatabase {
  db: Db;
  pool: pg.Pool;
  url: string;
  /** Migrations applied by this call. */
  applied: string[];
  /**
   * The pid of the live process (the running node) whose embedded PostgreSQL this one shares; close() leaves that
   * server running. Undefined when this process started its own (close() stops it) or uses DATABASE_URL.
   */
  sharedWith?: number;
  close(): Promise<void>;
}

export const DEFAULT_DB_NAME = 'motcua';

export async function openDatabase(
  config: Config,
  opts: { migrate?: boolean; name?: string } = {},
): Promise<OpenDatabase> {
  let url = config.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  let sharedWith: number | undefined;
  if (!url) {
    const server = await startEmbeddedPostgres({
      dir: path.join(config.DATA_DIR, 'pg'),
      port: config.EMBEDDED_PG_PORT,
      settings: config.EMBEDDED_PG_SETTINGS,
    });
    stopServer = () => server.stop(); // leaves a shared server running
    sharedWith = server.sharedWith;
    url = withDatabase(server.url, opts.name ?? DEFAULT_DB_NAME);
    await ensureDatabase(server.url, opts.name ?? DEFAULT_DB_NAME);
  }
  const { db, pool } = createDb(url, { max: config.DB_POOL_MAX });
  const applied = opts.migrate === false ? [] : await migrateToLatest(db);
  return {
    db,
    pool,
    url,
    applied,
    ...(sharedWith !== undefined ? { sharedWith } : {}),
    async close() {
      await db.destroy();
      if (stopServer) await stopServer();
    },
  };
}
