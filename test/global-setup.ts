/**
 * One PostgreSQL server per test run: the embedded one in a temporary folder, or the server of DATABASE_URL
 * (CI runs the suite once against Debian's PostgreSQL 15 that way). A template database is migrated once;
 * each test file clones its own database from it (test/db.ts).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb, withDatabase } from '../src/db/connect.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedCalendar } from '../src/platform/calendar/calendar.service.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDb: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.DATABASE_URL ?? '';
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!serverUrl) {
    dir = mkdtempSync(path.join(tmpdir(), 'motcua-test-pg-'));
    chmodSync(dir, 0o755); // the embedded server runs as the unprivileged postgres user when we are root
    const server = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(), persistent: false });
    serverUrl = server.url;
    stop = () => server.stop();
  }
  const templateDb = `motcua_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDb}`);
  await admin.query(`create database ${templateDb}`);
  const { db } = createDb(withDatabase(serverUrl, templateDb), { max: 2 });
  await migrateToLatest(db);
  await seedCalendar(db);
  await db.destroy();
  await admin.end();

  project.provide('pgServerUrl', serverUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    const dbs = await c.query<{ datname: string }>(
      `select datname from pg_database where datname like $1 or datname = $2`,
      [`mt_${process.pid}_%`, templateDb],
    );
    for (const r of dbs.rows) await c.query(`drop database if exists ${r.datname} with (force)`).catch(() => {});
    await c.end();
    if (stop) await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
