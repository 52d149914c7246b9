/**
 * The admin CLI with the server's settings (issue 12, item 7): while the server runs, `motcua create-officer`
 * shares the server's embedded PostgreSQL and leaves it running (it used to take it for an orphan and stop it:
 * every call 500 for over a minute). With no server it starts its own and stops it; the PostgreSQL a killed server
 * leaves behind (an orphan) is still stopped and replaced.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  DEMO_AGENCY,
  demoToken,
  DEMO_OFFICER,
  freePort,
  killHard,
  repoRoot,
  startServer,
  stopServer,
  tempDataDir,
  type ServerEnv,
  type ServerProcess,
} from './reliability/server-process.ts';

const dataDir = tempDataDir('cli-share');
const servers: ServerProcess[] = [];
afterAll(async () => cleanUp(servers, dataDir), 60_000);

function postmasterPid(): number | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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

/** `npm run motcua -- <args>` with the server's settings, as an operator would run it (bounded). */
function cli(env: ServerEnv, args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DEMO_MODE: 'true',
      PORT: String(env.port),
      EMBEDDED_PG_PORT: String(env.pgPort),
      DATA_DIR: env.dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, out });
    }),
  );
}

const createOfficer = (env: ServerEnv, username: string) =>
  cli(env, ['create-officer', '--username', username, '--name', 'Nguyễn Văn Quản Trị', '--password', 'mat-khau-rat-dai-1', '--role', 'one_stop_officer', '--agency', DEMO_AGENCY]);

async function login(url: string, username: string): Promise<number> {
  const r = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'mat-khau-rat-dai-1' }),
  });
  return r.status;
}

describe('the admin CLI and the running server', () => {
  it('create-officer shares the live server\u2019s embedded PostgreSQL and leaves it running; alone it starts and stops its own; an orphan is replaced', { timeout: 420_000 }, async () => {
    const env: ServerEnv = { port: await freePort(), pgPort: await freePort(), dataDir };
    const server = await startServer(env);
    servers.push(server);
    const pgPid = postmasterPid();
    expect(alive(pgPid)).toBe(true);

    // the server answers all along while the CLI runs
    let calls = 0;
    const failures: string[] = [];
    let running = true;
    const watch = (async () => {
      while (running) {
        calls++;
        const r = await fetch(`${server.url}/healthz`).catch((e: unknown) => ({ status: String(e) }));
        if (r.status !== 200) failures.push(String(r.status));
        await new Promise((res) => setTimeout(res, 100));
      }
    })();
    const shared = await createOfficer(env, 'cli.shared');
    running = false;
    await watch;
    expect(shared.code, shared.out).toBe(0);
    expect(shared.out).toContain('created officer cli.shared');
    expect(shared.out).toContain(`using the embedded PostgreSQL of the running process ${server.child.pid}`);
    expect(calls).toBeGreaterThan(0);
    expect(failures).toEqual([]);

    // afterwards: the same PostgreSQL is up, the app answers, the new officer logs in, the demo officer still works
    expect(postmasterPid()).toBe(pgPid);
    expect(alive(pgPid)).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await login(server.url, 'cli.shared')).toBe(200);
    const token = await demoToken(server.url, DEMO_OFFICER);
    expect((await fetch(`${server.url}/api/v1/dossiers`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);

    // no server: the CLI starts its own PostgreSQL and stops it when done
    await stopServer(server);
    expect(await portOpen(env.pgPort)).toBe(false);
    const alone = await createOfficer(env, 'cli.alone');
    expect(alone.code, alone.out).toBe(0);
    expect(alone.out).not.toContain('using the embedded PostgreSQL of the running process');
    expect(await portOpen(env.pgPort)).toBe(false);
    expect(existsSync(path.join(dataDir, 'pg.owner'))).toBe(false);

    // a killed server's PostgreSQL (an orphan: its owner is gone) is stopped and replaced, as before
    const second = await startServer(env);
    servers.push(second);
    const orphanPid = postmasterPid();
    await killHard(second);
    expect(alive(orphanPid)).toBe(true);
    const afterKill = await createOfficer(env, 'cli.orphan');
    expect(afterKill.code, afterKill.out).toBe(0);
    expect(afterKill.out).not.toContain('using the embedded PostgreSQL of the running process');
    expect(alive(orphanPid)).toBe(false);
    expect(await portOpen(env.pgPort)).toBe(false);

    // and the next server start finds every officer the CLI created
    const third = await startServer(env);
    servers.push(third);
    for (const u of ['cli.shared', 'cli.alone', 'cli.orphan']) expect(await login(third.url, u), u).toBe(200);
  });
});
