/**
 * The demo federation exactly as `npm start` runs it (src/demo/federation.ts, one process, four
 * nodes — the national portal, Thanh Hóa H56, Quảng Ninh H49 and the Ministry of Justice G15 — each with its own
 * database on one embedded PostgreSQL and its own key), driven over HTTP like a browser would: the portal knows the
 * three systems; a citizen's online submission on the portal for a Quảng Ninh ward reaches H49's counter; H49's
 * work reaches the portal's mirror.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, tempDataDir } from '../reliability/server-process.ts';

let proc: ChildProcess;
/** The demo process's output (its log at LOG_LEVEL error): shown when a wait times out. */
let out = '';
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
  throw new Error(`timed out waiting for ${what}; the demo's output ends with:\n${out.slice(-4000)}`);
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
      // the polls below track codes many times a second from one address: not what the per-IP limit is for
      TRACKING_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

describe('the demo federation (npm start)', () => {
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
    // the public directory tells an officer who opened the portal where their own system is
    const directory = (await (await fetch(`${url(PORTAL)}/api/v1/federation/systems`)).json()) as {
      code: string;
      baseUrl: string;
    }[];
    expect(Object.fromEntries(directory.map((d) => [d.code, d.baseUrl]))).toEqual({
      H56: url(H56),
      H49: url(H49),
      G15: url(G15),
    });
  });

  it('single sign-on: a citizen logged in on the portal’s e-ID logs in at H49 without a password again; a forged callback is refused', async () => {
    // A browser in a few lines: cookies per origin, redirects followed by hand.
    const jar = new Map<string, Map<string, string>>();
    async function go(href: string, init: RequestInit = {}): Promise<Response> {
      const origin = new URL(href).origin;
      const cookies = jar.get(origin) ?? new Map<string, string>();
      jar.set(origin, cookies);
      const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const r = await fetch(href, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
      for (const c of r.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
      }
      return r;
    }
    /** Follows redirects from `href`; stops at the first answer that is not a redirect (or at `stopAt`). */
    async function follow(href: string, init: RequestInit = {}): Promise<{ url: string; res: Response }> {
      let at = href;
      let res = await go(at, init);
      for (let i = 0; i < 10 && res.status >= 300 && res.status < 400; i++) {
        at = new URL(res.headers.get('location')!, at).href;
        res = await go(at);
      }
      return { url: at, res };
    }
    const portal = await follow(`${url(PORTAL)}/auth/eid/login`);
    expect(portal.url).toContain(`${url(PORTAL)}/dev-eid/interaction/`);
    const form = await portal.res.text();
    const action = /action="([^"]+)"/.exec(form)![1]!.replaceAll('&amp;', '&');
    const done = await follow(new URL(action, portal.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ loginId: '022192004321', password: 'motcua-demo' }).toString(),
    });
    expect(done.url).toBe(`${url(PORTAL)}/`);
    // At H49: the provider already knows this browser, so no login form this time; H49 opens its own session.
    const h49 = await follow(`${url(H49)}/auth/eid/login`);
    expect(h49.url).toBe(`${url(H49)}/`);
    // each system has its own session cookie: in a browser (cookies per host name, not per port) the portal's
    // session survives the login at H49
    expect([...jar.get(url(H49))!.keys()]).toContain('motcua_session_h49');
    expect([...jar.get(url(PORTAL))!.keys()]).toContain('motcua_session_national');
    const me = await go(`${url(H49)}/api/v1/accounts/me`);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ kind: 'citizen', personalId: '022192004321', name: 'Phạm Thị Hạ Long' });
    const mine = await go(`${url(H49)}/api/v1/my/dossiers`);
    expect(mine.status).toBe(200);
    // A callback with a state this browser never started is refused and opens no session.
    const stranger = await fetch(`${url(H49)}/auth/eid/callback?state=forged&code=forged`, { redirect: 'manual' });
    expect(stranger.status).toBe(401);
    expect(stranger.headers.getSetCookie().some((c) => c.startsWith('motcua_session'))).toBe(false);
  });

  it('an online submission on the portal for a Quảng Ninh ward reaches H49, and H49’s reception reaches the portal', async () => {
    const citizen = await login(PORTAL, { personalId: '022192004321' });
    // the shipped birth registration: its declaration e-form, and the birth certificate (required) uploaded on the portal
    const scan = await PDFDocument.create();
    scan.addPage().drawText('Giay chung sinh', { x: 20, y: 400, size: 10 });
    const up = await fetch(`${url(PORTAL)}/api/v1/my/warehouse/documents?typeCode=GCS&name=${encodeURIComponent('Giấy chứng sinh')}`, {
      method: 'POST',
      headers: { cookie: citizen, 'content-type': 'application/pdf' },
      body: Buffer.from(await scan.save({ useObjectStreams: false })),
    });
    expect(up.status, await up.clone().text()).toBe(201);
    const documentId = ((await up.json()) as { id: string }).id;
    const proc = (await call(PORTAL, citizen, 'GET', '/api/v1/procedures/1.001193')).json as unknown as {
      cases: { components: { name: string; required?: boolean }[] }[];
    };
    const papers = proc.cases[0]!.components;
    const sent = await call(PORTAL, citizen, 'POST', '/api/v1/portal/submissions', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.01.31.H49',
      owner: { type: 'citizen', idNumber: '022192004321', name: 'Phạm Thị Hạ Long' },
      components: papers.map((k) => ({ name: k.name.slice(0, 300), originals: 1, certifiedCopies: 0, photocopies: 0 })),
      attachments: [{ componentSeq: papers.findIndex((k) => k.required) + 1, documentId }],
      declaration: {
        childName: 'Phạm Minh An',
        childBirthDate: '2026-11-20',
        childGender: 'nam',
        childEthnicity: 'Kinh',
        childNationality: 'Việt Nam',
        childPlaceOfBirth: 'Bệnh viện Bãi Cháy, Quảng Ninh',
        motherName: 'Phạm Thị Hạ Long',
        motherBirthDate: '1992-09-02',
        motherResidence: 'Phường Hạ Long, Quảng Ninh',
        declarantRelation: 'me',
      },
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

  it('boundary-free: a Thanh Hóa counter receives for a Quảng Ninh ward; H49 decides; the result lands in the citizen’s warehouse on the portal and is returned at the Thanh Hóa counter', async () => {
    const mc56 = await login(H56, { username: 'mc.h56' });
    const sent = await call(H56, mc56, 'POST', '/api/v1/forwarded-dossiers', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.01.31.H49',
      owner: { type: 'citizen', idNumber: '038087012345', name: 'Lê Văn Thành' },
      components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    });
    expect(sent.status, sent.text).toBe(202);
    const forwardedId = (sent.json as unknown as { id: string }).id;

    // It reaches the competent system (H49) as one dossier of its own, status 2, in H49's code series.
    const mc49 = await login(H49, { username: 'mc.h49' });
    type Row = { id: string; code: string | null; status: number; version: number; ownerName: string };
    const routed = await until('the routed dossier at H49', async () => {
      const items =
        ((await call(H49, mc49, 'GET', '/api/v1/dossiers?queue=all')).json as unknown as { items?: Row[] })
          .items ?? [];
      return items.find((d) => d.ownerName === 'Lê Văn Thành' && d.status === 2);
    });
    expect(routed.code).toMatch(/^000\.01\.31\.H49-\d{6}-\d{4}$/);

    // The ward's leader (shipped with the demo, issue 13.3) issues the signed result.
    const ld = await login(H49, { username: 'ld.halong.h49' });
    const issued = await call(H49, ld, 'POST', `/api/v1/dossiers/${routed.id}/results`, {
      expectedVersion: routed.version,
      resultTypeCode: 'KQ.1.001193',
      resultTypeName: 'Giấy khai sinh',
      numberSymbol: '21/2026/GKS',
      abstract: 'Giấy khai sinh của trẻ Lê Minh Quang',
      signerName: 'Trần Văn Hạ',
      signerPosition: ['CHỦ TỊCH'],
      issueDate: '2026-11-27',
      permanent: true,
      scope: 'Toàn quốc',
      content: ['Họ, chữ đệm, tên: Lê Minh Quang'],
    });
    expect(issued.status, issued.text).toBe(201);

    // The counter that received it sees the progress, and the result is for return there.
    const ready = await until('status 9 reported back to H56', async () => {
      const f = (await call(H56, mc56, 'GET', `/api/v1/forwarded-dossiers/${forwardedId}`))
        .json as unknown as { canReturn: boolean; remote: { code: string; status: number } | null };
      return f.remote?.status === 9 && f.canReturn ? f : undefined;
    });
    expect(ready.remote!.code).toBe(routed.code);
    // The receipt's code can be tracked at the Thanh Hóa counter's own site too: H56 asks the portal's mirror.
    const tracked = await until('public tracking of the H49 code at H56', async () => {
      const r = await fetch(`${url(H56)}/api/v1/tracking/${encodeURIComponent(routed.code!)}`);
      const body = (await r.json()) as { code?: string; node?: string; status?: number; owner?: string };
      return r.status === 200 && body.status === 9 ? body : undefined;
    });
    expect(tracked).toMatchObject({ code: routed.code, node: 'H49', owner: 'L***' });
    expect((await fetch(`${url(H56)}/api/v1/tracking/000.01.31.H49-991231-9999`)).status).toBe(404);

    // The signed result went into the citizen's warehouse on the portal (pulled from H49 by reference).
    const citizen = await login(PORTAL, { personalId: '038087012345' });
    const docs = await until('the result in the warehouse on the portal', async () => {
      const r = await call(PORTAL, citizen, 'GET', '/api/v1/my/warehouse/documents');
      const list = (
        Array.isArray(r.json) ? r.json : ((r.json as unknown as { items?: unknown[] })?.items ?? [])
      ) as { numberSymbol?: string; provenance?: string }[];
      return list.find((d) => d.numberSymbol === '21/2026/GKS');
    });
    expect(docs).toMatchObject({ provenance: 'issued' });

    const returned = await call(H56, mc56, 'POST', `/api/v1/forwarded-dossiers/${forwardedId}/return`, {
      receiver: { name: 'Phạm Thị Hạ Long', idNumber: '022192004321' },
    });
    expect(returned.status, returned.text).toBeLessThan(300);
    await until('status 10 at H49', async () => {
      const d = await call(H49, mc49, 'GET', `/api/v1/dossiers/${routed.id}`);
      return (d.json as unknown as { status: number }).status === 10 ? true : undefined;
    });
  }, 180_000);
});
