/** Build the whole app on a fresh test database, and small helpers to call it as someone. */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { Principal } from '../src/platform/identity/principal.ts';
import type { LawClock } from '../src/platform/clock/law-clock.ts';
import { createTestDb, type TestDb } from './db.ts';

export interface TestApp {
  app: FastifyInstance;
  db: TestDb['db'];
  /** The app's pool: a test may count the connections taken (one per statement outside a transaction). */
  pool: TestDb['pool'];
  config: Config;
  close(): Promise<void>;
}

/**
 * A full app on a fresh database. `principals` maps bearer tokens to principals for tests of a feature's
 * routes that do not exercise login itself (the permission checks still run for real); identity tests log in
 * through the real routes instead.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  /** `clock`: the law's clock the app reads (shared with a job runner the test starts). */
  opts: { principals?: Record<string, Principal>; clock?: LawClock } = {},
): Promise<TestApp> {
  const testDb = await createTestDb();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/tmp/motcua-test-data',
    ...env,
  });
  const principals = opts.principals ?? {};
  const app = await buildApp({
    config,
    db: testDb.db,
    pool: testDb.pool,
    // TEST_LOG=error (or debug…) shows the server's log, e.g. the stack behind a 500.
    logger: process.env.TEST_LOG ? { level: process.env.TEST_LOG } : false,
    extraResolvers: [async (token) => principals[token]],
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  return {
    app,
    db: testDb.db,
    pool: testDb.pool,
    config,
    async close() {
      await app.close();
      await testDb.destroy();
    },
  };
}

/** inject() with an optional bearer token. */
export function call(app: FastifyInstance, opts: InjectOptions & { token?: string }) {
  const { token, headers, ...rest } = opts;
  return app.inject({
    ...rest,
    headers: { ...(headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}
