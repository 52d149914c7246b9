/** Per-test-file databases cloned from the migrated template (see test/global-setup.ts). */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, withDatabase, type Db } from '../src/db/connect.ts';

export interface TestDb {
  db: Db;
  pool: pg.Pool;
  url: string;
  name: string;
  destroy(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = inject('pgServerUrl');
  const template = inject('templateDb');
  const name = `mt_${template.split('_').pop()}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        break;
      } catch (err) {
        // Two files cloning at the same instant: "source database is being accessed by other users".
        if (attempt >= 20 || (err as { code?: string }).code !== '55006') throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const { db, pool } = createDb(url, { max: 5 });
  return {
    db,
    pool,
    url,
    name,
    async destroy() {
      await db.destroy();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await c.end();
    },
  };
}
