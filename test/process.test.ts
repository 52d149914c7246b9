/**
 * The real server process: starts on a fresh data folder with the embedded PostgreSQL, answers /healthz,
 * reuses the data folder on restart, and shuts down cleanly on SIGTERM (the embedded server stops too).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { latestDue } from '../src/platform/jobs/schedule.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'motcua-proc-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection({ port, host: '127.0.0.1' });
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });
}

async function startServer(port: number, pgPort: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', (code) => r(code)));
}

/** The supplement-deadline runs recorded in the node's database (the embedded server the process started). */
async function supplementRuns(pgPort: number): Promise<{ run_key: string; outcome: string; counts: unknown }[]> {
  const password = readFileSync(path.join(dir, 'pg.password'), 'utf8').trim();
  const c = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/motcua` });
  await c.connect();
  try {
    const r = await c.query(`select run_key, outcome, counts from scheduled_job_runs where job = 'supplement-deadline'`);
    return r.rows;
  } finally {
    await c.end();
  }
}

describe('server process', () => {
  it('starts on a fresh data folder, restarts on it, and stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const pgPort = await freePort();
    const first = await startServer(port, pgPort);
    expect(existsSync(path.join(dir, 'pg', 'PG_VERSION'))).toBe(true);
    expect(await portOpen(pgPort)).toBe(true);
    // The job runner started with the node (ROLE=all) and caught up the day's supplement-deadline run at once.
    const key = latestDue(new Date(), '00:30').runKey;
    let runs = await supplementRuns(pgPort);
    for (let i = 0; i < 300 && !runs.some((r) => r.outcome === 'succeeded'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      runs = await supplementRuns(pgPort);
    }
    expect(runs).toEqual([{ run_key: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), outcome: 'succeeded', counts: { closed: 0, stopped: 0, refused: 0 } }]);
    expect([key, latestDue(new Date(Date.now() - 60_000), '00:30').runKey]).toContain(runs[0]!.run_key);
    first.kill('SIGTERM');
    expect(await exitOf(first)).toBe(0);
    expect(await portOpen(port)).toBe(false);
    expect(await portOpen(pgPort)).toBe(false);

    const second = await startServer(port, pgPort);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok' });
    second.kill('SIGTERM');
    expect(await exitOf(second)).toBe(0);
  });
});
