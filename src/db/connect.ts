import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { RowCamelCasePlugin, timestamptzToIso } from './row-mapping.ts';

// timestamptz → ISO strings, never Date: one representation across the code (style.md, house naming).
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, timestamptzToIso);
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (v) => v);
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export type Db = Kysely<Database>;

export function createDb(
  url: string,
  opts: { max?: number; applicationName?: string } = {},
): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    application_name: opts.applicationName ?? 'motcua',
    // A database host that stops answering (packets dropped) fails a request in 10 s (503, src/http/db-unavailable.ts)
    // instead of holding it for the system's TCP timeout.
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', () => {
    /* idle client errors (server restart) are recovered by the pool on next checkout */
  });
  // A checked-out client whose server goes away (shutdown, 57P01) must fail its query, not crash the process.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new RowCamelCasePlugin()],
  });
  return { db, pool };
}

/** Replace the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Create the database if it does not exist (connects to the server's maintenance database). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const r = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (r.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
