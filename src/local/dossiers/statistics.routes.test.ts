/** The agency dashboard aggregate on the real database: counts per period, agency scope, bad input. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import { createProcedure, publishVersion } from '../../national/catalogue/catalogue.service.ts';

let t: TestApp;
let call: DossierTestApp['call'];

beforeAll(async () => {
  const d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49'),
    mc49: officer('one_stop_officer', ids.h49, '000.00.00.H49'),
  }));
  t = d.t;
  call = d.call;
});
afterAll(async () => t.close());

const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

async function receive(channel: 'counter' | 'post'): Promise<{ id: string; version: number }> {
  const res = await call('POST', '/api/v1/dossiers', 'mc', {
    procedureCode: '1.001193',
    resolvingAgencyCode: '000.00.06.H56',
    channel,
    owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An' },
    components: [],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('GET /api/v1/dossiers/statistics', () => {
  it('counts received, resolved by timeliness, pending and the channels of the period', async () => {
    await receive('counter');
    const done = await receive('post');
    const r = await call('POST', `/api/v1/dossiers/${done.id}/actions`, 'cv', {
      action: 'record_result',
      expectedVersion: done.version,
    });
    expect(r.statusCode, r.body).toBe(200);

    const day = vnToday();
    const res = await call('GET', `/api/v1/dossiers/statistics?from=${day}&to=${day}`, 'cv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      from: day,
      to: day,
      agency: null,
      received: 2,
      receivedCounter: 1,
      receivedPost: 1,
      receivedOnline: 0,
      resolved: 1,
      resolvedEarly: 1,
      resolvedOnTime: 0,
      resolvedLate: 0,
      pending: 1,
      pendingLate: 0,
      acceptedLate: 0,
      awaitingAcceptanceLate: 0,
      onlineShare: 0,
      onTimeShare: 1,
      resolvedWithoutDue: 0,
      byDay: [{ day, received: 2, resolved: 1 }],
    });
    // One agency among the officer's: the same numbers, with its name.
    const one = await call(
      'GET',
      `/api/v1/dossiers/statistics?from=${day}&to=${day}&agencyCode=000.00.06.H56`,
      'mc',
    );
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ agency: { code: '000.00.06.H56' }, received: 2, resolved: 1 });
    // Another period: nothing received or resolved, the pending count is of now.
    const past = await call('GET', '/api/v1/dossiers/statistics?from=2025-01-01&to=2025-01-31', 'cv');
    expect(past.json()).toMatchObject({ received: 0, resolved: 0, pending: 1, byDay: [] });
  });

  it("another province's officer sees none of it and may not ask for that agency", async () => {
    const day = vnToday();
    const res = await call('GET', `/api/v1/dossiers/statistics?from=${day}&to=${day}`, 'cv49');
    expect(res.json()).toMatchObject({ received: 0, pending: 0 });
    const other = await call(
      'GET',
      `/api/v1/dossiers/statistics?from=${day}&to=${day}&agencyCode=000.00.06.H56`,
      'cv49',
    );
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('forbidden');
  });

  it('refuses a bad period, an unknown agency and anonymous callers with problem+json', async () => {
    const bad = [
      ['/api/v1/dossiers/statistics?from=2026-02-01&to=2026-01-01', 400, 'validation-failed'],
      ['/api/v1/dossiers/statistics?from=2024-01-01&to=2026-01-01', 400, 'validation-failed'],
      ['/api/v1/dossiers/statistics?from=2026-1-1&to=2026-01-01', 400, 'validation-failed'],
      ['/api/v1/dossiers/statistics?from=2026-01-01', 400, 'validation-failed'],
      [
        '/api/v1/dossiers/statistics?from=2026-01-01&to=2026-01-02&agencyCode=000.00.09.H56',
        404,
        'agency-not-found',
      ],
    ] as const;
    for (const [url, status, code] of bad) {
      const res = await call('GET', url, 'cv');
      expect(res.statusCode, url).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
    }
    expect(
      (await call('GET', '/api/v1/dossiers/statistics?from=2026-01-01&to=2026-01-02', undefined)).statusCode,
    ).toBe(401);
  });
  it('counts a result with no due date apart: never as late, and no on-time share when no result had a due date (issue 13.13)', async () => {
    // a procedure without a time limit: its dossiers have no due date
    const v = await createProcedure(t.db, 'system', '1.009901', {
      name: 'Xác nhận thông tin hộ tịch',
      sectorCode: 'HT',
      levels: ['province'],
      agencyCodes: ['000.00.06.H49'],
      onlineLevel: 'none',
      processing: { counter: null, online: null },
      cases: [{ name: 'Thông thường', components: [] }],
      fees: [],
      results: [{ code: 'KQ.TEST.1', name: 'Văn bản xác nhận' }],
      legalBasis: ['Luật Hộ tịch 2014'],
      workflowTemplateRef: null,
    });
    await publishVersion(t.db, 'system', '1.009901', v.id, { effectiveFrom: '2025-01-01' });
    const res = await call('POST', '/api/v1/dossiers', 'mc49', {
      procedureCode: '1.009901',
      resolvingAgencyCode: '000.00.06.H49',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An' },
      components: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().dueAt).toBeNull();
    const done = await call('POST', `/api/v1/dossiers/${res.json().id}/actions`, 'cv49', { action: 'record_result', expectedVersion: res.json().version });
    expect(done.statusCode, done.body).toBe(200);
    const day = vnToday();
    const stats = (await call('GET', `/api/v1/dossiers/statistics?from=${day}&to=${day}`, 'cv49')).json();
    expect(stats).toMatchObject({ resolved: 1, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, resolvedWithoutDue: 1, onTimeShare: null });
  });
});
