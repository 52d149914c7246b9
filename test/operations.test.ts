import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
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
});
