/**
 * The HTTP layer against forged origins, framing, a database that went away and pathological JSON (issue 12,
 * items 4, 5, 10, 12), through the whole app:
 *  - a write authenticated by the session cookie from another origin (another port of the same host included)
 *    is refused with 403 and changes nothing; the same write from the node's own page, or with a bearer token,
 *    goes through; form encodings (the body of a plain HTML form) are refused on the API;
 *  - every answer carries the security headers: API, problem (404, 401), the web app's index, the e-ID stand-in;
 *  - an unreachable database gives 503 problem+json with Retry-After, not 500;
 *  - a deeply nested JSON body is refused with 400 before it is parsed, on an API route, on the payment callback
 *    and on the federation message endpoint (a validly signed header with a 10,000-level body).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/connect.ts';
import { sealEnvelope } from '../src/federation/protocol/envelope.ts';
import { registerNode } from '../src/national/registry/registry.service.ts';
import type { Principal } from '../src/platform/identity/principal.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createTestDb, type TestDb } from './db.ts';
import { insertAgencies, officer, publishProcedure, receiveBirthAtCounter } from './fixtures.ts';

const PUBLIC_URL = 'http://localhost:3001';
const OTHER_PORT = 'http://localhost:3002';
const TRUSTED = 'https://portal.example.vn';
/** Another system logging its citizens in through this node's e-ID stand-in (the demo federation's local systems). */
const RELYING_PARTY = { clientId: 'motcua-h49', clientSecret: 'x'.repeat(32), redirectUri: 'http://localhost:3003/auth/eid/callback', name: 'H49' };

let t: TestApp;
const principals: Record<string, Principal> = {};

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL, TRUSTED_ORIGINS: TRUSTED, EID_STANDIN_CLIENTS: JSON.stringify([RELYING_PARTY]) }, { principals });
  const ids = await insertAgencies(t.db);
  Object.assign(principals, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
  });
  await publishProcedure(t.db);
});
afterAll(async () => t?.close());

/** A fresh counter dossier at status 2 (received). */
async function receiveDossier(): Promise<{ id: string; version: number }> {
  return receiveBirthAtCounter(t.app, { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01', phone: '0912345678' });
}

async function dossierNow(id: string): Promise<{ status: number; version: number }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${id}`, headers: { authorization: 'Bearer cv' } });
  return res.json();
}

/** The specialist starts processing the dossier, authenticated by the session cookie, as a browser would send it. */
function startWithCookie(id: string, version: number, headers: Record<string, string>, payload?: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${id}/actions`,
    cookies: { [t.config.SESSION_COOKIE]: 'cv' },
    headers: { 'content-type': 'application/json', ...headers },
    payload: payload ?? JSON.stringify({ action: 'start', expectedVersion: version }),
  });
}

function expectProblem(res: LightMyRequestResponse, status: number, code: string): void {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json().code).toBe(code);
}

describe('cross-site request forgery (item 4)', () => {
  it('refuses a plain HTML form post (urlencoded, multipart, text/plain) to an action route; nothing changes', async () => {
    const d = await receiveDossier();
    const forms: [string, string][] = [
      ['application/x-www-form-urlencoded', `action=start&expectedVersion=${d.version}`],
      ['multipart/form-data; boundary=XYZ', `--XYZ\r\nContent-Disposition: form-data; name="action"\r\n\r\nstart\r\n--XYZ--\r\n`],
      ['text/plain', JSON.stringify({ action: 'start', expectedVersion: d.version })],
    ];
    for (const [type, body] of forms) {
      const res = await startWithCookie(d.id, d.version, { 'content-type': type }, body);
      expectProblem(res, 415, 'unsupported-media-type');
    }
    expect(await dossierNow(d.id)).toMatchObject({ status: 2, version: d.version });
  });

  it('refuses a cookie-authenticated write from another origin (another port of the same host too); nothing changes', async () => {
    const d = await receiveDossier();
    const forged: Record<string, string>[] = [
      { origin: OTHER_PORT, 'sec-fetch-site': 'same-site' },
      { origin: OTHER_PORT },
      { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const headers of forged) {
      const res = await startWithCookie(d.id, d.version, headers);
      expectProblem(res, 403, 'cross-origin-refused');
    }
    // the form post of the original attack, now refused for its origin before its body is even read
    const form = await startWithCookie(d.id, d.version, { origin: OTHER_PORT, 'sec-fetch-site': 'same-site', 'content-type': 'application/x-www-form-urlencoded' }, `action=start&expectedVersion=${d.version}`);
    expectProblem(form, 403, 'cross-origin-refused');
    expect(await dossierNow(d.id)).toMatchObject({ status: 2, version: d.version });
  });

  it("lets the node's own page write with the cookie", async () => {
    const d = await receiveDossier();
    const res = await startWithCookie(d.id, d.version, { origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe(4);
  });

  it('lets an origin of TRUSTED_ORIGINS write with the cookie', async () => {
    const d = await receiveDossier();
    const res = await startWithCookie(d.id, d.version, { origin: TRUSTED, 'sec-fetch-site': 'cross-site' });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('leaves bearer-token callers alone, whatever the Origin', async () => {
    const d = await receiveDossier();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/actions`,
      headers: { authorization: 'Bearer cv', origin: OTHER_PORT, 'sec-fetch-site': 'same-site' },
      payload: { action: 'start', expectedVersion: d.version },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it("keeps the stand-in gateway's HTML form working (its own scope takes form bodies)", async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/dev-payment/pay/${'0'.repeat(32)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' },
      payload: 'action=pay',
    });
    expect(res.statusCode).toBe(404); // parsed and validated: the transaction is unknown
    expect(res.body).toContain('Không tìm thấy giao dịch');
  });
});

function expectSecurityHeaders(res: LightMyRequestResponse, what: string): void {
  const csp = String(res.headers['content-security-policy']);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).toContain("object-src 'none'");
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
}

describe('security headers (item 5)', () => {
  it('are on API answers and problems (404, 401, 415), without HSTS over plain HTTP', async () => {
    const answers: [string, LightMyRequestResponse][] = [
      ['api', await t.app.inject({ method: 'GET', url: '/api/v1/web/settings' })],
      ['404', await t.app.inject({ method: 'GET', url: '/api/v1/no-such-route' })],
      ['401', await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' })],
      ['415', await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'x' })],
      ['docs', await t.app.inject({ method: 'GET', url: '/docs/' })],
    ];
    for (const [what, res] of answers) {
      expectSecurityHeaders(res, what);
      expect(res.headers['strict-transport-security'], what).toBeUndefined();
    }
  });

  it("are on the e-ID stand-in's answers (the provider writes its own reply)", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/dev-eid/.well-known/openid-configuration' });
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res, 'dev-eid');
  });

  it("let the e-ID stand-in's login form end at its relying parties' callbacks, and nowhere else", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/dev-eid/interaction/no-such-interaction' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/form-action 'self' http:\/\/localhost:3001 http:\/\/localhost:3003(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("let the portal's own page frame a citizen's document (its preview), and no other page", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/my/warehouse/documents/00000000-0000-4000-8000-000000000000/file' });
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('are on the web app (index and client routes); HSTS when served over TLS', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'motcua-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title><script type="module" src="/assets/index-A1.js"></script>');
    writeFileSync(path.join(dir, 'assets', 'index-A1.js'), 'console.log(1)');
    const testDb = await createTestDb();
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/motcua-test-data', PUBLIC_URL: 'https://dichvucong.example.vn', SIGNING_DISABLED: 'true' }),
      db: testDb.db,
      pool: testDb.pool,
      logger: false,
      webDir: dir,
    });
    try {
      const html = { accept: 'text/html' };
      for (const [what, res] of [
        ['index', await app.inject({ url: '/', headers: html })],
        ['client route', await app.inject({ url: '/ho-so-cua-toi', headers: html })],
        ['asset', await app.inject({ url: '/assets/index-A1.js' })],
        ['404', await app.inject({ url: '/api/v1/nothing' })],
      ] as const) {
        expect(res.statusCode === 200 || what === '404', what).toBe(true);
        expectSecurityHeaders(res, what);
        expect(res.headers['strict-transport-security'], what).toMatch(/max-age=\d{7,}/);
      }
    } finally {
      await app.close();
      await testDb.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A TCP relay in front of the test database: the app is built and works through it, then `stop()` closes it and
 * cuts every open connection, as a database server that goes away does (open connections reset, new ones refused).
 */
async function relayTo(target: string): Promise<{ url: string; stop(): Promise<void> }> {
  const to = new URL(target);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(to.port || 5432), to.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}

describe('database unreachable (item 10)', () => {
  let app: FastifyInstance;
  let testDb: TestDb;
  let through: ReturnType<typeof createDb>;
  let relay: Awaited<ReturnType<typeof relayTo>>;
  beforeAll(async () => {
    testDb = await createTestDb();
    relay = await relayTo(testDb.url);
    through = createDb(relay.url, { max: 3 });
    app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/motcua-test-data' }),
      db: through.db,
      pool: through.pool,
      logger: false,
    });
  });
  afterAll(async () => {
    await app?.close();
    await through?.db.destroy();
    await testDb?.destroy();
  });

  it('answers 503 database-unavailable with Retry-After once the database is gone, and /healthz says so too', async () => {
    const search = '/api/v1/procedures?q=khai%20sinh';
    expect((await app.inject({ method: 'GET', url: search })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await relay.stop();
    for (const [what, res] of [
      ['public read', await app.inject({ method: 'GET', url: search })],
      ['token check', await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer Qm9ndXMtc2Vzc2lvbi10b2tlbi0wMTIzNDU2Nzg5' } })],
      ['login', await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a.b', password: 'not-the-password' } })],
      ['public read again', await app.inject({ method: 'GET', url: search })],
    ] as const) {
      expectProblem(res, 503, 'database-unavailable');
      expect(Number(res.headers['retry-after']), what).toBeGreaterThan(0);
    }
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(Number(health.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('deeply nested JSON (item 12)', () => {
  const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

  it('is refused with 400 json-too-deep on an API route; 60 levels are still read', async () => {
    const deep = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: deepObject(10_000) });
    expectProblem(deep, 400, 'json-too-deep');
    const fine = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: deepObject(60) });
    expectProblem(fine, 400, 'validation-failed');
  });

  it('is refused with 400 on the payment callback, and nothing is recorded', async () => {
    const before = await t.db.selectFrom('paymentEvents').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/payments/callback', headers: { 'content-type': 'application/json' }, payload: deepObject(10_000) });
    expectProblem(res, 400, 'json-too-deep');
    const after = await t.db.selectFrom('paymentEvents').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('is refused with 400 on the federation message endpoint, even under a validly signed header', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    await registerNode(t.db, { code: 'H99', name: 'Hệ thống thử', baseUrl: '', publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    const env = sealEnvelope({ type: 'dossier.sync', sender: 'H99', recipient: 'NATIONAL', body: { events: [] } }, privateKey);
    const raw = `{"header":${JSON.stringify(env.header)},"signature":${JSON.stringify(env.signature)},"body":${deepObject(10_000)}}`;
    for (const url of ['/api/v1/federation/messages', '/api/v1/federation/query']) {
      const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: raw });
      expectProblem(res, 400, 'json-too-deep');
    }
    const node = await t.db.selectFrom('federationNodes').select(['errorCount']).where('code', '=', 'H99').executeTakeFirstOrThrow();
    expect(Number(node.errorCount)).toBe(0);
  });
});
