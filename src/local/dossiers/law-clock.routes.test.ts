/**
 * Issue 14 through the HTTP API at chosen instants (the law's settable clock, src/platform/clock): the clock itself
 * (test and demo only, never production), online acceptance within 8 working hours (item 1), the counter transfer
 * after 15:00 and the paper hand-over (item 2), the pause and the apology at chosen instants (items 3, 4) and what
 * an inspector reads on the dossier (item 12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createTestDb } from '../../../test/db.ts';
import { citizen, insertAgencies, officer, publishProcedure, type AgencyIds } from '../../../test/fixtures.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { clockSettable, createLawClock } from '../../platform/clock/law-clock.ts';
import { startLocalJobs } from '../jobs.ts';
import type { Principal } from '../../platform/identity/principal.ts';

let t: TestApp;
let ids: AgencyIds;
const tokens: Record<string, Principal> = {};

beforeAll(async () => {
  t = await createTestApp({}, { principals: tokens });
  ids = await insertAgencies(t.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
    admin: officer('agency_admin', ids.h56, '000.00.00.H56', 'Quản Trị'),
    op: officer('national_operator', ids.h49, '000.00.00.G22', 'Vận Hành'),
    citizen,
  });
  await publishProcedure(t.db); // 5 working days at the counter and online
});
afterAll(async () => t.close());

const json = (token: string | undefined) => ({
  headers: token ? { authorization: `Bearer ${token}` } : {},
});
const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, ...json(token) });
const post = (url: string, token: string | undefined, payload: unknown) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, ...json(token) });

/** Run the node at `at` (Vietnam time), standing still there. */
async function at(instant: string): Promise<void> {
  const r = await t.app.inject({ method: 'PUT', url: '/api/v1/operations/clock', payload: { at: instant, frozen: true }, ...json('op') });
  expect(r.statusCode, r.body).toBe(200);
  expect(r.json().now).toBe(instant);
}

const owner = { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' };
const components = [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }];
const counter = { procedureCode: '1.001193', resolvingAgencyCode: '000.00.06.H56', channel: 'counter', owner, components };
const online = { procedureCode: '1.001193', resolvingAgencyCode: '000.00.06.H56', owner, components };

async function receive(): Promise<{ id: string; dueAt: string; version: number } & Record<string, unknown>> {
  const r = await post('/api/v1/dossiers', 'mc', counter);
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

async function actOn(id: string, token: string, body: Record<string, unknown>) {
  const cur = (await get(`/api/v1/dossiers/${id}`, 'mc')).json();
  return post(`/api/v1/dossiers/${id}/actions`, token, { expectedVersion: cur.version, ...body });
}

async function view(id: string) {
  const r = await get(`/api/v1/dossiers/${id}`, 'mc');
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

async function queue(name: string): Promise<{ id: string; late: boolean; lateAcceptance: boolean }[]> {
  const r = await get(`/api/v1/dossiers?queue=${name}&limit=100`, 'mc');
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items;
}

describe('the settable clock', () => {
  it('is set and reset by an operator or administrator only, said at /operations/clock and /federation/node', async () => {
    const before = (await get('/api/v1/operations/clock')).json();
    expect(before).toMatchObject({ settable: true, set: false, frozen: false });
    const body = { at: '2026-03-13T16:00:00+07:00' };
    for (const who of [undefined, 'citizen', 'mc', 'cv', 'ld']) {
      const r = await t.app.inject({ method: 'PUT', url: '/api/v1/operations/clock', payload: body, ...json(who) });
      expect(r.statusCode).toBe(who ? 403 : 401);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
    }
    expect((await get('/api/v1/operations/clock')).json().set).toBe(false);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/v1/operations/clock', payload: { at: 'Friday' }, ...json('op') });
    expect(bad.statusCode).toBe(400);

    const set = await t.app.inject({ method: 'PUT', url: '/api/v1/operations/clock', payload: body, ...json('admin') });
    expect(set.statusCode, set.body).toBe(200);
    // running on from the chosen instant (not frozen): within the minute of it
    expect(set.json()).toMatchObject({ settable: true, set: true, frozen: false });
    expect(set.json().now).toMatch(/^2026-03-13T16:00:\d\d\+07:00$/);
    const node = (await get('/api/v1/federation/node')).json();
    expect(node.clock).toMatchObject({ settable: true, set: true });
    expect(node.clock.now).toMatch(/^2026-03-13T16:0/);

    const back = await t.app.inject({ method: 'DELETE', url: '/api/v1/operations/clock', ...json('op') });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ set: false, offsetMs: 0 });
    expect((await get('/api/v1/federation/node')).json().clock.set).toBe(false);
  });

  it('is refused at start in production, and a production node never honours it', async () => {
    const prod = { NODE_ENV: 'production', SIGNING_DISABLED: 'true' };
    expect(() => loadConfig({ ...prod, CLOCK_SETTABLE: 'true' })).toThrow(/CLOCK_SETTABLE=true is for test and demo modes only/);
    expect(() => loadConfig({ NODE_ENV: 'development', CLOCK_SETTABLE: 'true' })).toThrow(/CLOCK_SETTABLE/);
    expect(clockSettable(loadConfig(prod))).toBe(false);
    expect(clockSettable(loadConfig({ NODE_ENV: 'development' }))).toBe(false);
    expect(clockSettable(loadConfig({ NODE_ENV: 'development', DEMO_MODE: 'true' }))).toBe(true);
    expect(clockSettable(loadConfig({ NODE_ENV: 'test', CLOCK_SETTABLE: 'false' }))).toBe(false);

    const db = await createTestDb();
    const app = await buildApp({
      config: loadConfig({ ...prod, DATA_DIR: '/tmp/motcua-test-data', LOG_LEVEL: 'silent' }),
      db: db.db,
      pool: db.pool,
      logger: false,
      extraResolvers: [async (token) => (token === 'op' ? tokens.op : undefined)],
    });
    try {
      const r = await app.inject({ method: 'PUT', url: '/api/v1/operations/clock', payload: { at: '2026-03-13T16:00:00+07:00' }, ...json('op') });
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('clock-not-settable');
      expect((await app.inject({ method: 'DELETE', url: '/api/v1/operations/clock', ...json('op') })).json().code).toBe('clock-not-settable');
      expect((await app.inject({ url: '/api/v1/operations/clock' })).json()).toMatchObject({ settable: false, set: false, offsetMs: 0 });
      expect((await app.inject({ url: '/api/v1/federation/node' })).json().clock).toMatchObject({ settable: false, set: false });
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});

describe('online acceptance within 8 working hours (issue 14 item 1)', () => {
  afterAll(async () => {
    await t.app.inject({ method: 'DELETE', url: '/api/v1/operations/clock', ...json('op') });
  });

  it('an online dossier waiting 30 working hours is late for acceptance, in the late queues and the figures', async () => {
    await at('2026-03-09T08:00:00+07:00'); // Monday
    const sub = await post('/api/v1/online/dossiers', 'citizen', online);
    expect(sub.statusCode, sub.body).toBe(201);
    const id = sub.json().id as string;
    // 8 working hours from Monday 08:00 (07:00–11:30, 13:30–17:00): Tuesday 08:00
    expect(sub.json()).toMatchObject({
      status: 1,
      acceptance: { countsFrom: '2026-03-09T08:00:00+07:00', dueAt: '2026-03-10T08:00:00+07:00', answeredAt: null, late: false },
      lateAcceptance: false,
      late: false,
      ruleVersion: { code: 'ND118-2025', settings: { onlineAcceptanceWorkingHours: 8 } },
      transfer: null,
      paperHandover: null,
    });

    await at('2026-03-10T07:59:00+07:00'); // one working minute before the end of the 8 hours
    expect((await view(id)).lateAcceptance).toBe(false);
    expect((await queue('late')).map((d) => d.id)).not.toContain(id);

    await at('2026-03-12T16:00:00+07:00'); // Thursday 16:00: 30 working hours after Monday 08:00
    const late = await view(id);
    expect(late).toMatchObject({ status: 1, late: true, lateAcceptance: true, acceptance: { late: true, label: { vi: 'Chậm tiếp nhận' } } });
    const lateQueue = await queue('late');
    expect(lateQueue.find((d) => d.id === id)).toMatchObject({ late: true, lateAcceptance: true });
    expect((await queue('late_acceptance')).map((d) => d.id)).toContain(id);
    const stats = (await get('/api/v1/dossiers/statistics?from=2026-03-09&to=2026-03-12', 'mc')).json();
    expect(stats).toMatchObject({ awaitingAcceptanceLate: 1, acceptedLate: 0 });
    expect(stats.pendingLate).toBeGreaterThanOrEqual(1);

    // Accepted now: no longer waiting, but it was accepted late — counted in the period's figures.
    const accepted = await actOn(id, 'mc', { action: 'receive' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 2,
      receivedAt: '2026-03-12T16:00:00+07:00',
      acceptance: { answeredAt: '2026-03-12T16:00:00+07:00', late: true },
      lateAcceptance: true,
    });
    expect((await queue('late_acceptance')).map((d) => d.id)).not.toContain(id);
    const after = (await get('/api/v1/dossiers/statistics?from=2026-03-12&to=2026-03-12', 'mc')).json();
    expect(after).toMatchObject({ awaitingAcceptanceLate: 0, acceptedLate: 1, receivedOnline: 1 });
  });

  it('submitted on a Saturday, the 8 working hours count from Monday’s opening', async () => {
    await at('2026-03-14T10:00:00+07:00');
    const d = (await post('/api/v1/online/dossiers', 'citizen', online)).json();
    expect(d.acceptance).toMatchObject({ countsFrom: '2026-03-16T07:00:00+07:00', dueAt: '2026-03-16T17:00:00+07:00', late: false });
    await at('2026-03-17T07:00:00+07:00');
    const refused = await actOn(d.id, 'mc', { action: 'refuse', reason: 'Không thuộc thẩm quyền' });
    expect(refused.json()).toMatchObject({ status: 3, lateAcceptance: true, acceptance: { answeredAt: '2026-03-17T07:00:00+07:00' } });
  });

  it('a supplement request within the 8 hours answers in time', async () => {
    await at('2026-03-16T10:00:00+07:00'); // Monday
    const id = (await post('/api/v1/online/dossiers', 'citizen', online)).json().id as string;
    await at('2026-03-16T16:00:00+07:00');
    const asked = await actOn(id, 'mc', { action: 'request_supplement', items: [{ name: 'Giấy chứng sinh', reason: 'Thiếu bản chính' }] });
    expect(asked.statusCode, asked.body).toBe(200);
    await at('2026-03-20T10:00:00+07:00'); // days later, still waiting for the citizen: not late for acceptance
    expect(await view(id)).toMatchObject({ lateAcceptance: false, acceptance: { answeredAt: '2026-03-16T16:00:00+07:00', late: false } });
    expect((await queue('late_acceptance')).map((d) => d.id)).not.toContain(id);
  });
});

describe('the transfer after 15:00 and the paper hand-over (issue 14 item 2)', () => {
  afterAll(async () => {
    await t.app.inject({ method: 'DELETE', url: '/api/v1/operations/clock', ...json('op') });
  });

  it('a counter dossier received after the cut-off is due for transfer at the next opening; the paper within 1 working day', async () => {
    await at('2026-03-13T15:30:00+07:00'); // Friday, after 15:00
    const d = await receive();
    expect(d).toMatchObject({
      receivedAt: '2026-03-13T15:30:00+07:00',
      transfer: { dueAt: '2026-03-16T07:00:00+07:00', nextDay: true, cutoff: '15:00', late: false },
      // the reception step ("Tiếp nhận và chuyển hồ sơ") is due at Monday's opening, not 4 working hours later (09:30)
      workflow: { step: 'reception', stepDueAt: '2026-03-16T07:00:00+07:00' },
      // 1 working day (8 h) from Friday 15:30: Monday 15:30
      paperHandover: { dueAt: '2026-03-16T15:30:00+07:00', at: null, late: false },
      ruleVersion: { code: 'ND118-2025', settings: { transferCutoff: '15:00', paperHandoverWorkingDays: 1 } },
      acceptance: null,
    });

    await at('2026-03-16T16:00:00+07:00'); // Monday 16:00: the paper is late
    expect((await view(d.id)).paperHandover).toEqual({ dueAt: '2026-03-16T15:30:00+07:00', at: null, late: true });
    const handed = await actOn(d.id, 'mc', { action: 'hand_over_paper', note: 'Chuyển bản giấy cho Phòng Hộ tịch' });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toMatchObject({ status: 2, paperHandover: { at: '2026-03-16T16:00:00+07:00', late: true } });
    expect(handed.json().history.at(-1)).toMatchObject({ action: 'hand_over_paper', at: '2026-03-16T16:00:00+07:00' });
    const twice = await actOn(d.id, 'mc', { action: 'hand_over_paper' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('paper-already-handed-over');
    // Taken up on Monday: the transfer (at reception) was in time; the appraisal counts from Monday's opening.
    const started = await actOn(d.id, 'cv', { action: 'start' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().transfer).toMatchObject({ transferredAt: '2026-03-13T15:30:00+07:00', late: false });
    // The control log (form 06 data) shows the reception step due at the opening and the late paper hand-over.
    const log = (await get(`/api/v1/dossiers/${d.id}/control-log`, 'mc')).json();
    expect(log.dossier).toMatchObject({
      transfer: { dueAt: '2026-03-16T07:00:00+07:00', late: false },
      paperHandover: { at: '2026-03-16T16:00:00+07:00', late: true },
    });
    expect(log.entries[0]).toMatchObject({ step: 'reception', dueAt: '2026-03-16T07:00:00+07:00', timeliness: 'early' });
  });

  it('before the cut-off the transfer is due the same working day, and a paper handed over in time is not late', async () => {
    await at('2026-03-10T14:00:00+07:00'); // Tuesday, before 15:00
    const d = await receive();
    expect(d).toMatchObject({
      transfer: { dueAt: '2026-03-10T17:00:00+07:00', nextDay: false },
      workflow: { stepDueAt: '2026-03-10T17:00:00+07:00' },
      paperHandover: { dueAt: '2026-03-11T14:00:00+07:00', at: null, late: false },
    });
    await at('2026-03-11T09:00:00+07:00');
    const handed = await actOn(d.id, 'mc', { action: 'hand_over_paper' });
    expect(handed.json()).toMatchObject({ paperHandover: { at: '2026-03-11T09:00:00+07:00', late: false } });
    // a specialist does not hand over the counter's paper
    const d2 = await receive();
    expect((await actOn(d2.id, 'cv', { action: 'hand_over_paper' })).statusCode).toBe(403);
  });

  it('an online dossier has no paper to hand over', async () => {
    await at('2026-03-10T09:00:00+07:00');
    const id = (await post('/api/v1/online/dossiers', 'citizen', online)).json().id as string;
    await actOn(id, 'mc', { action: 'receive' });
    const r = await actOn(id, 'mc', { action: 'hand_over_paper' });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('paper-handover-not-applicable');
  });
});

describe('which rule version governed a dossier (issue 14 item 12)', () => {
  afterAll(async () => {
    await t.app.inject({ method: 'DELETE', url: '/api/v1/operations/clock', ...json('op') });
  });

  it('is the one in force on the Vietnam day of reception: 1 July 2025 06:30 (+07:00) is under Decree 118', async () => {
    await at('2025-06-30T16:00:00+07:00');
    expect((await receive()).ruleVersion).toMatchObject({ code: 'ND61-2018', legalBasis: 'Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP' });
    await at('2025-07-01T06:30:00+07:00'); // still 30 June in UTC
    const d = await receive();
    expect(d).toMatchObject({
      ruleVersion: { code: 'ND118-2025', effectiveFrom: '2025-07-01', legalBasis: 'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP' },
      transfer: { dueAt: '2025-07-01T17:00:00+07:00', nextDay: false },
    });
    // the same on a later read, whatever rule version is in force by then
    expect((await view(d.id)).ruleVersion.code).toBe('ND118-2025');
  });
});

describe('the pause and the apology at chosen instants (issue 14 items 3 and 4)', () => {
  afterAll(async () => {
    await t.app.inject({ method: 'DELETE', url: '/api/v1/operations/clock', ...json('op') });
  });

  it('a pause with no working time in it leaves Friday 17:00 where it is; one with two working hours moves it two', async () => {
    await at('2026-03-09T07:00:00+07:00'); // Monday's opening: 5 working days → Friday 17:00
    const a = await receive();
    expect(a.dueAt).toBe('2026-03-13T17:00:00+07:00');
    await actOn(a.id, 'cv', { action: 'start' });
    await at('2026-03-13T17:30:00+07:00'); // Friday after hours
    expect((await actOn(a.id, 'cv', { action: 'request_supplement', items: [{ name: 'Giấy chứng sinh', reason: 'Thiếu bản chính' }] })).statusCode).toBe(200);
    await at('2026-03-14T10:00:00+07:00'); // Saturday
    const back = await actOn(a.id, 'mc', { action: 'supplement_received' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 4, dueAt: '2026-03-13T17:00:00+07:00' });
    expect(back.json().pauses).toEqual([{ kind: 'supplement', from: '2026-03-13T17:30:00+07:00', to: '2026-03-14T10:00:00+07:00' }]);

    await at('2026-03-09T07:00:00+07:00');
    const b = await receive();
    await actOn(b.id, 'cv', { action: 'start' });
    await at('2026-03-12T16:00:00+07:00'); // Thursday 16:00 → Friday 08:00: 1 h + 1 h of working time
    await actOn(b.id, 'cv', { action: 'request_supplement', items: [{ name: 'Giấy chứng sinh', reason: 'Thiếu bản chính' }] });
    await at('2026-03-13T08:00:00+07:00');
    const moved = await actOn(b.id, 'mc', { action: 'supplement_received' });
    expect(moved.json()).toMatchObject({ status: 4, dueAt: '2026-03-16T09:00:00+07:00' });
  });

  it('Form 04: a Sunday new date is refused with the nearest choices; within a day of the due date it is too late', async () => {
    await at('2026-03-09T07:00:00+07:00');
    const d = await receive(); // due Friday 2026-03-13 17:00
    await actOn(d.id, 'cv', { action: 'start' });
    await at('2026-03-11T10:00:00+07:00'); // Wednesday
    const sunday = await actOn(d.id, 'ld', { action: 'apologize', reason: 'Chờ xác minh', newDueAt: '2026-03-15T10:00:00+07:00' });
    expect(sunday.statusCode).toBe(400);
    expect(sunday.json()).toMatchObject({
      code: 'due-date-not-working-time',
      previousWorkingEnd: null, // Friday 17:00 is the current due date itself
      nextWorkingStart: '2026-03-16T07:00:00+07:00',
    });

    const e = await receive(); // Wednesday 10:00 → due Wednesday 2026-03-18 10:00
    await actOn(e.id, 'cv', { action: 'start' });
    await at('2026-03-17T10:30:00+07:00'); // less than a day before the due date
    const tooLate = await actOn(e.id, 'ld', { action: 'apologize', reason: 'Chờ xác minh', newDueAt: '2026-03-20T10:00:00+07:00' });
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().code).toBe('apology-too-late');

    await at('2026-03-12T10:00:00+07:00'); // Thursday 10:00, more than a day before Friday 17:00
    const ok = await actOn(d.id, 'ld', { action: 'apologize', reason: 'Chờ xác minh', newDueAt: '2026-03-16T07:00:00+07:00' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ apologized: true, originalDueAt: '2026-03-13T17:00:00+07:00', dueAt: '2026-03-16T07:00:00+07:00' });
  });
});

describe('the supplement window at a chosen instant: the node\'s job runner reads the law\'s clock', () => {
  it('a dossier whose 15 working days ran out is refused by the daily job of the chosen day, once; a younger one stays', async () => {
    const clock = createLawClock(true);
    const principals: Record<string, Principal> = {};
    const w = await createTestApp({}, { principals, clock });
    try {
      const wids = await insertAgencies(w.db);
      Object.assign(principals, {
        mc: officer('one_stop_officer', wids.h56justice, '000.00.06.H56'),
        op: officer('national_operator', wids.h49, '000.00.00.G22'),
        citizen,
      });
      await publishProcedure(w.db);
      const put = async (instant: string) => {
        const r = await w.app.inject({ method: 'PUT', url: '/api/v1/operations/clock', payload: { at: instant, frozen: true }, headers: { authorization: 'Bearer op' } });
        expect(r.statusCode, r.body).toBe(200);
      };
      const submitAndAsk = async (): Promise<string> => {
        const id = (await w.app.inject({ method: 'POST', url: '/api/v1/online/dossiers', payload: online, headers: { authorization: 'Bearer citizen' } })).json().id as string;
        const cur = (await w.app.inject({ url: `/api/v1/dossiers/${id}`, headers: { authorization: 'Bearer mc' } })).json();
        const r = await w.app.inject({
          method: 'POST',
          url: `/api/v1/dossiers/${id}/actions`,
          headers: { authorization: 'Bearer mc' },
          payload: { action: 'request_supplement', expectedVersion: cur.version, items: [{ name: 'Giấy chứng sinh', reason: 'Thiếu bản chính' }] },
        });
        expect(r.statusCode, r.body).toBe(200);
        return id;
      };
      await put('2026-03-09T10:00:00+07:00'); // Monday
      const old = await submitAndAsk();
      await put('2026-03-20T10:00:00+07:00');
      const young = await submitAndAsk();
      // Tuesday 31 March 00:45: 15 working days from Monday 9 March 10:00 ran out on Monday 30 March 10:00
      await put('2026-03-31T00:45:00+07:00');
      const runner = startLocalJobs(w.db, w.config, { info() {}, error() {} }, { clock, runner: 'law-clock-test' })!;
      try {
        await runner.ready;
        await runner.tick(); // the day's run is not repeated
      } finally {
        await runner.stop();
      }
      const status = async (id: string) => (await w.app.inject({ url: `/api/v1/dossiers/${id}`, headers: { authorization: 'Bearer mc' } })).json();
      expect(await status(old)).toMatchObject({ status: 3 });
      expect((await status(old)).history.at(-1)).toMatchObject({ action: 'refuse', at: '2026-03-31T00:45:00+07:00' });
      expect(await status(young)).toMatchObject({ status: 1, subState: 'awaiting_supplement_before_reception' });
      const runs = await w.db.selectFrom('scheduledJobRuns').selectAll().execute();
      expect(runs.map((r) => [r.job, r.runKey, r.outcome])).toEqual([['supplement-deadline', '2026-03-31', 'succeeded']]);
    } finally {
      await w.close();
    }
  });
});
