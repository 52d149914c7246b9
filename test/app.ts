/** Build the whole app on a fresh test database, and small helpers to call it as someone. */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { createTestDb, type TestDb } from './db.ts';

export interface TestApp {
  app: FastifyInstance;
  db: TestDb['db'];
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/motcua-test-data', ...env });
  const app = await buildApp({ config, db: testDb.db, pool: testDb.pool, logger: false });
  return {
    app,
    db: testDb.db,
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
  return app.inject({ ...rest, headers: { ...(headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
}
