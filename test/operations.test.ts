import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobRunner } from '../src/platform/jobs/runner.ts';
import type { Principal } from '../src/platform/identity/principal.ts';
import { createTestApp, type TestApp } from './app.ts';
import { officer } from './fixtures.ts';

let t: TestApp;
const principals: Record<string, Principal> = {
  operator: officer('national_operator', '00000000-0000-4000-8000-0000000000aa', '000.00.00.G22'),
  admin: officer('agency_admin', '00000000-0000-4000-8000-0000000000bb', '000.00.00.H56'),
};
beforeAll(async () => {
  t = await createTestApp({}, { principals });
});
afterAll(async () => {
  await t.close();
});

describe('operations endpoints', () => {
  it('GET /healthz answers ok once the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });

  it('keeps an incoming request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('GET /metrics exposes HTTP histograms and the DB pool in Prometheus format', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/http_request_duration_seconds_bucket\{.*route="\/healthz"/);
    expect(res.body).toContain('db_pool_connections_total');
    expect(res.body).toContain('process_cpu_user_seconds_total');
  });

  it('GET /openapi.json is OpenAPI 3.1 and lists the routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/healthz');
  });

  it('serves a browsable API reference', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('an unknown route is a 404 problem in the requested language', async () => {
    const vi = await t.app.inject({ method: 'GET', url: '/khong-co' });
    expect(vi.statusCode).toBe(404);
    expect(vi.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(vi.json()).toMatchObject({ code: 'route-not-found', status: 404, title: 'Không tìm thấy địa chỉ yêu cầu' });
    const en = await t.app.inject({ method: 'GET', url: '/nope', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json()).toMatchObject({ code: 'route-not-found', title: 'No such route' });
  });

  it('GET /api/v1/operations/jobs lists the periodic job runs for operators only', async () => {
    const runner = startJobRunner({
      db: t.db,
      jobs: [{ name: 'ops-test-job', at: '00:30', run: async () => ({ seen: 3 }) }],
      log: { info: () => {}, error: () => {} },
      autoStart: false,
      runner: 'test:1',
    });
    await runner.tick(new Date('2026-03-02T10:00:00+07:00'));
    await runner.stop();
    const get = (url: string, token?: string) =>
      t.app.inject({ method: 'GET', url, ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) });

    const res = await get('/api/v1/operations/jobs', 'operator');
    expect(res.statusCode).toBe(200);
    expect(res.json().runs).toEqual([
      {
        job: 'ops-test-job',
        runKey: '2026-03-02',
        scheduledFor: '2026-03-01T17:30:00.000Z',
        evaluatedAt: '2026-03-02T03:00:00.000Z',
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
        outcome: 'succeeded',
        attempts: 1,
        counts: { seen: 3 },
        error: null,
        runner: 'test:1',
      },
    ]);
    expect((await get('/api/v1/operations/jobs?job=other', 'operator')).json()).toEqual({ runs: [] });
    expect((await get('/api/v1/operations/jobs')).statusCode).toBe(401);
    expect((await get('/api/v1/operations/jobs', 'admin')).statusCode).toBe(403);
    const bad = await get('/api/v1/operations/jobs?limit=0', 'operator');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
