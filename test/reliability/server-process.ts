/**
 * The real server as a child process (`node --import tsx src/main.ts`) for reliability tests and benchmarks:
 * fresh data folder, free ports, demo data, health wait, SIGKILL, and stopping the embedded PostgreSQL that a
 * killed server leaves behind (it is a child process: SIGKILL on node orphans it, still holding the data folder).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export function tempDataDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `motcua-${prefix}-`));
  chmodSync(dir, 0o755); // the embedded server runs as the unprivileged postgres user when we are root
  return dir;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** stderr and stdout, for the failure message. */
  output(): string;
}

export interface ServerEnv {
  port: number;
  dataDir: string;
  pgPort: number;
  databaseUrl?: string;
  extra?: Record<string, string>;
  /** Node options before the script (e.g. `--cpu-prof` for a benchmark's profile). */
  nodeArgs?: string[];
}

/** Start the server and wait until GET /healthz answers (bounded). */
export async function startServer(env: ServerEnv, timeoutMs = 120_000): Promise<ServerProcess> {
  let out = '';
  const child = spawn(process.execPath, [...(env.nodeArgs ?? []), '--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(env.port),
      EMBEDDED_PG_PORT: String(env.pgPort),
      DATA_DIR: env.dataDir,
      DATABASE_URL: env.databaseUrl ?? '',
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
      ...env.extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${env.port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering:\n${out}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return { url, child, output: () => out };
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${out}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** SIGKILL the node process only and wait for it to be gone. */
export async function killHard(p: ServerProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  const gone = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGKILL');
  await gone;
}

/** Graceful stop (SIGTERM, the server stops its embedded PostgreSQL), SIGKILL after 15 s. */
export async function stopServer(p: ServerProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  const gone = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  const t = setTimeout(() => p.child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(t);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stop the PostgreSQL postmaster running on `<dataDir>/pg` (read from its postmaster.pid) with SIGQUIT —
 * immediate shutdown, no checkpoint: the next start runs crash recovery, as after a power cut. Bounded wait.
 */
export async function stopOrphanPostgres(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  process.kill(pid, 'SIGQUIT');
  for (let i = 0; i < 200 && alive(pid); i++) await sleep(50);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(50);
  return pid;
}

/** Connection string of the embedded server's `motcua` database, from the password file beside its data folder. */
export function embeddedDatabaseUrl(dataDir: string, pgPort: number): string {
  const password = readFileSync(path.join(dataDir, 'pg.password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/motcua`;
}

export function pgPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {});
  return pool;
}

/** Log in a demo officer by username and return the bearer token. */
export async function demoToken(url: string, username: string): Promise<string> {
  const r = await fetch(`${url}/api/v1/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!r.ok) throw new Error(`demo-login ${username}: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { token: string }).token;
}

/** The demo one-stop officer of Thanh Hóa and an agency + procedure it may receive. */
export const DEMO_AGENCY = '000.01.31.H56';
export const DEMO_PROCEDURE = '1.001193';
export const DEMO_OFFICER = 'mc.h56';

export function receptionBody(ownerName: string, components = 2): Record<string, unknown> {
  return {
    procedureCode: DEMO_PROCEDURE,
    resolvingAgencyCode: DEMO_AGENCY,
    channel: 'counter',
    owner: { type: 'citizen', idNumber: '038087042028', name: ownerName, birthDate: '1987-05-01', phone: '0912345678' },
    components: Array.from({ length: components }, (_, i) => ({
      name: `Thành phần ${i + 1} — Tờ khai đăng ký khai sinh`,
      originals: 1,
      certifiedCopies: i % 2,
      photocopies: 0,
    })),
  };
}

/** Stop everything a test or bench started on a data folder, then delete it. */
export async function cleanUp(servers: ServerProcess[], dataDir: string): Promise<void> {
  for (const s of servers) await stopServer(s).catch(() => {});
  await stopOrphanPostgres(dataDir).catch(() => null);
  rmSync(dataDir, { recursive: true, force: true });
}
