/**
 * EMBEDDED_PG_SETTINGS: PostgreSQL settings for the embedded server (a national mirror wants more than the
 * defaults). Plain `name=value` pairs reach the server; anything else is refused before it starts.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedSettingsFlags, startEmbeddedPostgres } from './embedded.ts';

const root = mkdtempSync(path.join(tmpdir(), 'motcua-settings-'));
chmodSync(root, 0o755); // run as root, the server runs as the postgres user
afterAll(() => rmSync(root, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('EMBEDDED_PG_SETTINGS', () => {
  it('turns name=value pairs into server flags', () => {
    expect(embeddedSettingsFlags('')).toEqual([]);
    expect(embeddedSettingsFlags(' shared_buffers=6GB   max_wal_size=16GB ')).toEqual([
      '-c',
      'shared_buffers=6GB',
      '-c',
      'max_wal_size=16GB',
    ]);
    expect(embeddedSettingsFlags('pg_stat_statements.track=all')).toEqual(['-c', 'pg_stat_statements.track=all']);
  });

  it('refuses what is not a plain setting, and the ones motcua sets itself', () => {
    expect(() => embeddedSettingsFlags('shared_buffers')).toThrow(/not name=value/);
    expect(() => embeddedSettingsFlags('work_mem=4MB;drop')).toThrow(/not name=value/);
    expect(() => embeddedSettingsFlags("log_line_prefix='%m'")).toThrow(/not name=value/);
    expect(() => embeddedSettingsFlags('-D=/etc')).toThrow(/not name=value/);
    expect(() => embeddedSettingsFlags('listen_addresses=0.0.0.0')).toThrow(/set by motcua/);
    expect(() => embeddedSettingsFlags('port=5432')).toThrow(/set by motcua/);
  });

  it('reaches the server it starts', async () => {
    const server = await startEmbeddedPostgres({
      dir: path.join(root, 'pg'),
      port: await freePort(),
      persistent: false,
      settings: 'work_mem=7MB max_wal_size=2GB',
    });
    const client = new pg.Client({ connectionString: server.url });
    try {
      await client.connect();
      const r = await client.query<{ w: string; m: string }>(
        `select current_setting('work_mem') as w, current_setting('max_wal_size') as m`,
      );
      expect(r.rows[0]).toEqual({ w: '7MB', m: '2GB' });
    } finally {
      await client.end();
      await server.stop();
    }
  });
});
