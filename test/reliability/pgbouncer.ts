/**
 * A real PgBouncer (Debian's `pgbouncer` package, installed by .ci/run) in transaction pooling mode in front of the
 * test's PostgreSQL: its own temporary ini and userlist (auth_type trust towards clients; the server's password, if
 * any, in the [databases] entry), a free port on 127.0.0.1, `default_pool_size` server connections per database, no
 * Unix socket, logs to its stderr. Run as the `postgres` user when we are root (PgBouncer refuses root).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, sleep } from './server-process.ts';

export const PGBOUNCER_BIN = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p));

export interface PgBouncer {
  /** `serverUrl` with host and port replaced by the bouncer's, for database `db`. */
  urlFor(db: string): string;
  /** The admin console's SHOW <what> (e.g. SERVERS, CLIENTS), rows of database `db` only. */
  show(what: 'SERVERS' | 'CLIENTS', db: string): Promise<Record<string, unknown>[]>;
  output(): string;
  stop(): Promise<void>;
}

const q = (v: string) => `'${v.replace(/'/g, "''")}'`;

export async function startPgBouncer(serverUrl: string, opts: { poolSize: number }): Promise<PgBouncer> {
  if (!PGBOUNCER_BIN) throw new Error('pgbouncer is not installed (apt-get install pgbouncer; .ci/run does)');
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username || 'postgres');
  const password = decodeURIComponent(server.password);
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-pgbouncer-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const host = server.hostname === 'localhost' ? '127.0.0.1' : server.hostname;
  const target = [`host=${host}`, `port=${server.port || '5432'}`, `user=${user}`, ...(password ? [`password=${q(password)}`] : [])].join(' ');
  writeFileSync(path.join(dir, 'userlist.txt'), `"${user}" ""\n`, { mode: 0o644 });
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = ${target}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      "unix_socket_dir = ''",
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      `admin_users = ${user}`,
      'pool_mode = transaction',
      `default_pool_size = ${opts.poolSize}`,
      'min_pool_size = 0',
      'reserve_pool_size = 0',
      'max_client_conn = 500',
      'ignore_startup_parameters = extra_float_digits,options',
      'server_lifetime = 3600',
      'server_idle_timeout = 600',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const args = [...(process.getuid?.() === 0 ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')];
  let out = '';
  const child: ChildProcess = spawn(PGBOUNCER_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (b: Buffer) => (out = (out + b.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const urlFor = (db: string) => {
    const u = new URL(serverUrl);
    u.hostname = '127.0.0.1';
    u.port = String(port);
    u.password = ''; // trust towards clients: the bouncer holds the server's password
    u.pathname = `/${db}`;
    return u.toString();
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: urlFor('pgbouncer') });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  // Up when the admin console answers (bounded).
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited (${child.exitCode}):\n${out}`);
    try {
      await admin((c) => c.query('SHOW VERSION'));
      break;
    } catch (err) {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`pgbouncer not answering: ${String(err)}\n${out}`);
      }
      await sleep(100);
    }
  }
  return {
    urlFor,
    show: (what, db) => admin(async (c) => (await c.query<Record<string, unknown>>(`SHOW ${what}`)).rows.filter((r) => r.database === db)),
    output: () => out,
    stop,
  };
}
