/**
 * The public signature check reads anyone's PDF in a worker thread with the document budget: a PDF whose signature
 * carries thousands of certificates is refused past DOCUMENT_WORK_TIMEOUT_MS (here 500 ms) while the server keeps
 * answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { prewarmSandbox } from '../sandbox/pool.ts';
import { pdfWithCertificateFlood } from './signature-bomb.testkit.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ DOCUMENT_WORK_TIMEOUT_MS: '500' });
  await prewarmSandbox(t.config.DOCUMENT_WORK_HEAP_MB);
}, 120_000);
afterAll(async () => t.close());

describe('POST /api/v1/verification within the document budget', () => {
  it('refuses a PDF whose signature floods the checker with certificates (422 document-too-complex), /healthz answering meanwhile', { timeout: 120_000 }, async () => {
    const bomb = await pdfWithCertificateFlood(9000);
    expect(bomb.length).toBeLessThan(20 * 1024 * 1024);
    let done = false;
    const started = performance.now();
    const refused = t.app
      .inject({ method: 'POST', url: '/api/v1/verification', headers: { 'content-type': 'application/pdf' }, payload: bomb })
      .then((r) => {
        done = true;
        return { r, ms: performance.now() - started };
      });
    const health: Array<{ status: number; ms: number }> = [];
    while (!done) {
      const s = performance.now();
      const h = await t.app.inject({ method: 'GET', url: '/healthz' });
      if (!done) health.push({ status: h.statusCode, ms: performance.now() - s });
    }
    const { r, ms } = await refused;
    expect(r.statusCode).toBe(422);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.json()).toMatchObject({ code: 'document-too-complex', budget: 'time', timeoutMs: 500 });
    expect(health.length).toBeGreaterThanOrEqual(5);
    expect(health.every((h) => h.status === 200)).toBe(true);
    if (process.env.MEASURE) {
      const lat = health.map((h) => h.ms).sort((a, b) => a - b);
      console.info(`signature flood (${bomb.length} B): refused after ${ms.toFixed(0)} ms; /healthz ${lat.length} answers, median ${lat[lat.length >> 1]!.toFixed(1)} ms, max ${lat[lat.length - 1]!.toFixed(1)} ms`);
    }
  });
});
