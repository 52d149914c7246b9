import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createDb, withDatabase } from '../../db/connect.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import type { Principal } from '../identity/principal.ts';

let t: TestApp;
let agencyId: string;
const operator: Principal = {
  kind: 'officer', id: '00000000-0000-4000-8000-000000000001', username: 'vh.national', name: 'Vận hành',
  grants: [{ role: 'national_operator', agencyId: '00000000-0000-4000-8000-0000000000aa', agencyCode: '000.00.00.G22' }],
};

beforeAll(async () => {
  t = await createTestApp({}, {
    principals: {
      operator,
      'admin-h56': {
        kind: 'officer', id: '00000000-0000-4000-8000-000000000002', username: 'qt.h56', name: 'Quản trị',
        grants: [{ role: 'agency_admin', agencyId: 'x', agencyCode: '000.00.00.H56' }],
      },
      specialist: {
        kind: 'officer', id: '00000000-0000-4000-8000-000000000003', username: 'cv.h56', name: 'Chuyên viên',
        grants: [{ role: 'specialist', agencyId: 'x', agencyCode: '000.00.06.H56' }],
      },
    },
  });
  const a = await t.db
    .insertInto('agencies')
    .values({ code: '000.00.00.H56', name: 'UBND tỉnh Thanh Hóa', level: 1, kind: 'province', nodeCode: 'H56', validFrom: '2025-07-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  agencyId = a.id;
});
afterAll(async () => t.close());

const due = (qs: string) => t.app.inject({ method: 'GET', url: `/api/v1/calendar/due-date?${qs}` });

describe('GET /api/v1/calendar/due-date', () => {
  it('computes the worked example of domain-vn.md §7.3 from the seeded calendar', async () => {
    const res = await due('start=2025-04-24T16:00:00%2B07:00&duration=5&unit=working_day');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      start: '2025-04-24T16:00:00+07:00',
      countedFrom: '2025-04-24T16:00:00+07:00',
      due: '2025-05-05T16:00:00+07:00',
      calendar: 'VN',
      workingHours: '07:00-11:30,13:30-17:00',
    });
  });

  it('reads a time without offset as Vietnam time and a UTC time correctly', async () => {
    expect((await due('start=2025-04-24T16:00&duration=5&unit=working_day')).json().due).toBe('2025-05-05T16:00:00+07:00');
    expect((await due('start=2025-04-24T09:00:00Z&duration=5&unit=working_day')).json().due).toBe('2025-05-05T16:00:00+07:00');
  });

  it('rejects bad input with problem+json', async () => {
    for (const [qs, code] of [
      ['start=yesterday&duration=5&unit=working_day', 'validation-failed'],
      ['start=2025-02-30T10:00&duration=5&unit=working_day', 'validation-failed'],
      ['start=2025-04-24T16:00&duration=-1&unit=working_day', 'validation-failed'],
      ['start=2025-04-24T16:00&duration=5&unit=week', 'validation-failed'],
      ['start=2025-04-24T16:00&duration=1.5&unit=calendar_day', 'validation-failed'],
      ['start=2025-04-24T16:00&duration=5&unit=working_day&agency=H56', 'validation-failed'],
      ['start=2025-04-24T16:00&duration=5&unit=working_day&evil=1', 'validation-failed'],
      ['start=2025-04-24T16:00&duration=5&unit=working_day&agency=000.00.00.H99', 'agency-not-found'],
    ] as const) {
      const res = await due(qs);
      expect(res.statusCode, qs).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, qs).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().code, qs).toBe(code);
    }
  });

  it("uses an agency's own office hours once set, and only its administrators may set them", async () => {
    const body = { periods: '07:30-11:30,13:00-17:00' };
    const url = '/api/v1/admin/agencies/000.00.00.H56/working-hours';
    expect((await t.app.inject({ method: 'PUT', url, payload: body })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'PUT', url, payload: body, headers: { authorization: 'Bearer specialist' } })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'PUT', url, payload: { periods: '13:00-12:00' }, headers: { authorization: 'Bearer operator' } });
    expect(bad.statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'PUT', url, payload: body, headers: { authorization: 'Bearer operator' } });
    expect(ok.statusCode).toBe(200);
    const r = await due('start=2025-06-02T07:00&duration=1&unit=working_day&agency=000.00.00.H56');
    expect(r.json()).toMatchObject({ countedFrom: '2025-06-02T07:30:00+07:00', due: '2025-06-02T17:00:00+07:00' });
    expect(agencyId).toBeTruthy();
  });
});

describe('calendar administration', () => {
  it('lists a year and lets the national operator declare a day off, which moves due dates', async () => {
    const year = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2025' });
    expect(year.json().days).toContainEqual(expect.objectContaining({ date: '2025-04-26', kind: 'working_day' }));

    const url = '/api/v1/admin/calendar/days/2027-06-01';
    const payload = { kind: 'day_off', occasion: 'Ngày nghỉ thử nghiệm', source: 'Thông báo thử nghiệm' };
    expect((await t.app.inject({ method: 'PUT', url, payload, headers: { authorization: 'Bearer admin-h56' } })).statusCode).toBe(403);
    const before = (await due('start=2027-05-31T16:00&duration=1&unit=working_day')).json().due;
    expect(before).toBe('2027-06-01T16:00:00+07:00');
    const put = await t.app.inject({ method: 'PUT', url, payload, headers: { authorization: 'Bearer operator' } });
    expect(put.statusCode).toBe(200);
    expect((await due('start=2027-05-31T16:00&duration=1&unit=working_day')).json().due).toBe('2027-06-02T16:00:00+07:00');
    const del = await t.app.inject({ method: 'DELETE', url, headers: { authorization: 'Bearer operator' } });
    expect(del.statusCode).toBe(204);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/days/2027-02-30', payload, headers: { authorization: 'Bearer operator' } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('several processes on one database', () => {
  it('a day off declared through one process moves due dates computed by another at once (calendar_revision)', async () => {
    // a second app with its own pool and caches on the same database: another process of the node
    const dbName = (await sql<{ n: string }>`select current_database() as n`.execute(t.db)).rows[0]!.n;
    const other = createDb(withDatabase(inject('pgServerUrl'), dbName), { max: 2 });
    const app2 = await buildApp({ config: t.config, db: other.db, pool: other.pool, logger: false });
    try {
      const dueOn2 = async () =>
        (await app2.inject({ method: 'GET', url: '/api/v1/calendar/due-date?start=2027-07-05T16:00&duration=1&unit=working_day' })).json().due;
      expect(await dueOn2()).toBe('2027-07-06T16:00:00+07:00'); // cached by the second process now
      const url = '/api/v1/admin/calendar/days/2027-07-06';
      const payload = { kind: 'day_off', occasion: 'Ngày nghỉ thử nghiệm', source: 'Thông báo thử nghiệm' };
      expect((await t.app.inject({ method: 'PUT', url, payload, headers: { authorization: 'Bearer operator' } })).statusCode).toBe(200);
      expect(await dueOn2()).toBe('2027-07-07T16:00:00+07:00');
      expect((await t.app.inject({ method: 'DELETE', url, headers: { authorization: 'Bearer operator' } })).statusCode).toBe(204);
      expect(await dueOn2()).toBe('2027-07-06T16:00:00+07:00');
    } finally {
      await app2.close();
      await other.pool.end();
    }
  });
});
