/**
 * The demo federation exactly as `npm start -- --federation` runs it (src/demo/federation.ts, one process, four
 * nodes — the national portal, Thanh Hóa H56, Quảng Ninh H49 and the Ministry of Justice G15 — each with its own
 * database on one embedded PostgreSQL and its own key), driven over HTTP like a browser would: the portal knows the
 * three systems; a citizen's online submission on the portal for a Quảng Ninh ward reaches H49's counter; H49's
 * work reaches the portal's mirror.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, tempDataDir } from '../reliability/server-process.ts';

let proc: ChildProcess;
let dataDir: string;
let base: number;
const url = (i: number) => `http://127.0.0.1:${base + i}`;
const [PORTAL, H56, H49, G15] = [0, 1, 2, 3];

async function until<T>(what: string, f: () => Promise<T | undefined>, tries = 300): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await f();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Demo login (DEMO_MODE only): an officer by username or a person by personal ID; returns the session cookie. */
async function login(node: number, who: { username: string } | { personalId: string }): Promise<string> {
  const r = await fetch(`${url(node)}/api/v1/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  expect(r.status, await r.clone().text()).toBe(200);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function call(node: number, cookie: string, method: string, p: string, body?: unknown) {
  const r = await fetch(`${url(node)}${p}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await r.text();
  return {
    status: r.status,
    text,
    json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & unknown[],
  };
}

beforeAll(async () => {
  dataDir = tempDataDir('demo-fed');
  // Four consecutive free ports: take one and check the next three.
  for (;;) {
    base = await freePort();
    const more = await Promise.all([1, 2, 3].map(() => freePort()));
    if (base < 65000 && !more.includes(base + 1)) break;
  }
  proc = spawn(process.execPath, ['--import', 'tsx', 'src/demo/federation.ts'], {
    env: {
      ...process.env,
      DEMO_MODE: 'true',
      HOST: '127.0.0.1',
      PORT: String(base),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      SYNC_POLL_MS: '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  await until(
    'the demo federation to start',
    async () =>
      out.includes('Demo federation')
        ? true
        : proc.exitCode !== null
          ? Promise.reject(new Error(out))
          : undefined,
    900,
  );
}, 240_000);

afterAll(async () => {
  if (proc && proc.exitCode === null) {
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('the demo federation (npm start -- --federation)', () => {
  it('runs four nodes with their own identities, and the portal lists the three connected systems', async () => {
    const codes = await Promise.all(
      [PORTAL, H56, H49, G15].map(
        async (i) =>
          (await (await fetch(`${url(i)}/api/v1/federation/node`)).json()) as { code: string; role: string },
      ),
    );
    expect(codes.map((c) => `${c.code}/${c.role}`)).toEqual([
      'NATIONAL/national',
      'H56/local',
      'H49/local',
      'G15/local',
    ]);
    const op = await login(PORTAL, { username: 'vh.national' });
    const systems = await call(PORTAL, op, 'GET', '/api/v1/federation/ops/systems');
    expect(systems.status).toBe(200);
    expect((systems.json as unknown as { code: string }[]).map((s) => s.code).sort()).toEqual([
      'G15',
      'H49',
      'H56',
    ]);
  });

  it('an online submission on the portal for a Quảng Ninh ward reaches H49, and H49’s reception reaches the portal', async () => {
    const citizen = await login(PORTAL, { personalId: '022192004321' });
    const sent = await call(PORTAL, citizen, 'POST', '/api/v1/portal/submissions', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.01.31.H49',
      owner: { type: 'citizen', idNumber: '022192004321', name: 'Phạm Thị Hạ Long' },
      components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    });
    expect(sent.status, sent.text).toBe(202);
    expect(sent.json).toMatchObject({ node: 'H49' });

    const mc = await login(H49, { username: 'mc.h49' });
    type Row = { id: string; code: string; status: number; version: number; ownerName: string };
    const dossier = await until('the submission at H49', async () => {
      const q = await call(H49, mc, 'GET', '/api/v1/dossiers?queue=to_receive');
      const items = (q.json as unknown as { items?: Row[] }).items ?? [];
      return items.find((d) => d.ownerName === 'Phạm Thị Hạ Long');
    });
    expect(dossier).toMatchObject({ status: 1 });

    const op = await login(PORTAL, { username: 'vh.national' });
    const before = (await call(PORTAL, op, 'GET', '/api/v1/federation/ops/systems')).json as unknown as {
      code: string;
      eventsApplied: number;
    }[];
    const accepted = await call(H49, mc, 'POST', `/api/v1/dossiers/${dossier.id}/actions`, {
      action: 'receive',
      expectedVersion: dossier.version,
    });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json).toMatchObject({
      status: 2,
      code: expect.stringMatching(/^000\.01\.31\.H49-\d{6}-\d{4}$/),
    });
    await until('H49’s events at the portal', async () => {
      const now = (await call(PORTAL, op, 'GET', '/api/v1/federation/ops/systems')).json as unknown as {
        code: string;
        eventsApplied: number;
      }[];
      const h49 = now.find((s) => s.code === 'H49')!;
      return h49.eventsApplied > before.find((s) => s.code === 'H49')!.eventsApplied ? true : undefined;
    });
    const counters = await call(PORTAL, op, 'GET', '/api/v1/federation/ops/counters');
    expect(counters.json).toMatchObject({ connectedSystems: 3 });
    expect(
      (counters.json as unknown as { synchronisedDossiers: number }).synchronisedDossiers,
    ).toBeGreaterThanOrEqual(1);
  });
});
