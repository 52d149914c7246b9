/** The web app served by the API server: hashed assets cached for good, client routes fall back to index.html. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { registerAuth } from './auth.ts';
import { registerProblemHandlers } from './problem.ts';
import { registerWeb } from './web.ts';

async function appWith(dir: string, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerProblemHandlers(app);
  registerAuth(app, async () => undefined);
  app.get('/api/v1/ping', { config: { permission: 'public' } }, async () => ({ ok: true }));
  await registerWeb(app, { config: loadConfig({ NODE_ENV: 'test', ...env }), dir });
  await app.ready();
  return app;
}

describe('web app routes', () => {
  let dir: string;
  let app: FastifyInstance;
  const html = { accept: 'text/html,application/xhtml+xml' };
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'motcua-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
    // what the build writes beside each text file (web/vite.config.ts, issue 13.17)
    const big = `export const words = ${JSON.stringify('Thủ tục hành chính '.repeat(400))};`;
    writeFileSync(path.join(dir, 'assets', 'HomePage-Zz9.js'), big);
    writeFileSync(path.join(dir, 'assets', 'HomePage-Zz9.js.br'), brotliCompressSync(big));
    writeFileSync(path.join(dir, 'assets', 'HomePage-Zz9.js.gz'), gzipSync(big));
    app = await appWith(dir, { DEMO_MODE: 'true' });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves hashed assets with immutable cache headers', async () => {
    const res = await app.inject({ url: '/assets/index-AbC123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    expect(res.headers['cache-control']).toMatch(/max-age=31536000/);
  });

  it('sends the precompressed file to a browser that accepts it (br first, then gzip), the plain file otherwise', async () => {
    const br = await app.inject({ url: '/assets/HomePage-Zz9.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toMatch(/immutable/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain('Thủ tục hành chính');
    expect(br.rawPayload.length).toBeLessThan(1000);
    const gz = await app.inject({ url: '/assets/HomePage-Zz9.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toContain('Thủ tục hành chính');
    const plain = await app.inject({ url: '/assets/HomePage-Zz9.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(7000);
  });

  it('answers a browser navigation to a client route (even one with a dot) with index.html, not cached', async () => {
    for (const url of ['/', '/thu-tuc/1.001193', '/tra-cuu/000.01.31.H56-250101-0001', '/ho-so-cua-toi?x=1']) {
      const res = await app.inject({ url, headers: html });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>app</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    expect((await app.inject({ url: '/favicon.svg' })).body).toBe('<svg/>');
  });

  it('keeps problem+json 404 for unknown API paths, missing assets and non-browser requests', async () => {
    for (const [url, headers] of [
      ['/api/v1/nope', html],
      ['/api', html],
      ['/assets/missing-XYZ.js', html],
      ['/assets/sub/x.js', html],
      ['/missing.js', html],
      ['/khong-co', {}],
    ] as const) {
      const res = await app.inject({ url, headers });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(res.json().code, url).toBe('route-not-found');
    }
    expect((await app.inject({ url: '/api/v1/ping', headers: html })).json()).toEqual({ ok: true });
  });

  it('publishes the demo accounts of the quick login only in demo mode', async () => {
    const demo = (await app.inject({ url: '/api/v1/web/settings' })).json();
    expect(demo.demoMode).toBe(true);
    expect(demo.demoAccounts).toContainEqual({ kind: 'citizen', loginId: '038087012345', name: 'Lê Văn Thành' });
    const prod = await appWith(dir);
    expect((await prod.inject({ url: '/api/v1/web/settings' })).json()).toEqual({ demoMode: false, demoAccounts: [] });
    await prod.close();
  });

  it('without a build the server still starts and serves the API only', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'motcua-web-empty-'));
    const bare = await appWith(empty);
    expect((await bare.inject({ url: '/', headers: html })).statusCode).toBe(404);
    expect((await bare.inject({ url: '/api/v1/ping' })).statusCode).toBe(200);
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
  });
});
