/**
 * The supplement window with time travel: dossiers waiting for a supplement are closed by the system once the
 * window of working days has passed (status 5 → 8 stop, status 1 → 3 refuse), never before, and only once.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createDb, withDatabase } from '../../db/connect.ts';
import { startJobRunner, type JobRunnerLog } from '../../platform/jobs/runner.ts';
import { supplementDeadlineJob, SUPPLEMENT_DEADLINE_JOB } from './supplement-deadline.job.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../../../test/fixtures.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import {
  closeExpiredSupplements,
  DEFAULT_SUPPLEMENT_WINDOW_WORKING_DAYS,
  supplementWindowWorkingDays,
} from './supplement-deadline.ts';

let t: TestApp;
const tokens: Record<string, Principal> = {};
const DAY = 24 * 3600_000;

beforeAll(async () => {
  t = await createTestApp({}, { principals: tokens });
  const ids = await insertAgencies(t.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    ops: officer('national_operator', ids.h56, '000.00.00.H56'),
    citizen,
  });
  await publishProcedure(t.db);
});
afterAll(async () => t.close());

function call(method: 'GET' | 'POST', url: string, token: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    ...(payload ? { payload: payload } : {}),
    headers: { authorization: `Bearer ${token}` },
  });
}

const body = {
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An' },
  components: [{ name: 'Tờ khai', originals: 1, certifiedCopies: 0, photocopies: 0 }],
};
const items = [{ name: 'Giấy chứng sinh', reason: 'Thiếu bản chính' }];

async function waitingAtCounter(): Promise<string> {
  const d = (await call('POST', '/api/v1/dossiers', 'mc', { ...body, channel: 'counter' })).json();
  const r = await call('POST', `/api/v1/dossiers/${d.id}/actions`, 'mc', {
    action: 'request_supplement',
    expectedVersion: d.version,
    items,
  });
  expect(r.json().status).toBe(5);
  return d.id as string;
}

async function waitingOnline(): Promise<string> {
  const d = (await call('POST', '/api/v1/online/dossiers', 'citizen', body)).json();
  expect(d.status).toBe(1);
  const r = await call('POST', `/api/v1/dossiers/${d.id}/actions`, 'mc', {
    action: 'request_supplement',
    expectedVersion: d.version,
    items,
  });
  expect(r.json()).toMatchObject({ status: 1, subState: 'awaiting_supplement_before_reception' });
  return d.id as string;
}

const view = async (id: string) => (await call('GET', `/api/v1/dossiers/${id}`, 'mc')).json();

describe('supplement window', () => {
  it('reads the window from the rule settings, 15 working days by default', () => {
    expect(supplementWindowWorkingDays({ supplementWindowWorkingDays: 10 })).toBe(10);
    expect(supplementWindowWorkingDays({})).toBe(DEFAULT_SUPPLEMENT_WINDOW_WORKING_DAYS);
    expect(supplementWindowWorkingDays({ supplementWindowWorkingDays: -3 })).toBe(15);
    expect(supplementWindowWorkingDays(null)).toBe(15);
  });

  it('closes status 5 with stop and status 1 with refuse after the window, once; answered dossiers stay', async () => {
    const five = await waitingAtCounter();
    const one = await waitingOnline();
    const answered = await waitingAtCounter();
    const a = await view(answered);
    expect(
      (
        await call('POST', `/api/v1/dossiers/${answered}/actions`, 'mc', {
          action: 'supplement_received',
          expectedVersion: a.version,
        })
      ).statusCode,
    ).toBe(200);

    const now = Date.now();
    // 10 calendar days are fewer than 15 working days: nothing is closed yet.
    expect(await closeExpiredSupplements(t.db, new Date(now + 10 * DAY))).toEqual([]);
    expect((await view(five)).status).toBe(5);

    const later = new Date(now + 60 * DAY);
    const closed = await closeExpiredSupplements(t.db, later);
    expect(closed.map((c) => [c.id, c.action]).sort()).toEqual(
      [
        [five, 'stop'],
        [one, 'refuse'],
      ].sort(),
    );
    const f = await view(five);
    expect(f.status).toBe(8);
    const last = (f.history as { action: string; reason?: string; actor: string }[]).at(-1);
    expect(last).toMatchObject({ action: 'stop' });
    expect(JSON.stringify(last)).toContain('Quá hạn bổ sung hồ sơ');
    expect((await view(one)).status).toBe(3);
    expect((await view(answered)).status).toBe(2);
    const audit = await t.db
      .selectFrom('auditEvents')
      .select(['action', 'actorKind'])
      .where('targetId', '=', five)
      .execute();
    expect(audit).toContainEqual({ action: 'stop', actorKind: 'system' });

    // Idempotent: a second run (or a run later still) closes nothing more.
    expect(await closeExpiredSupplements(t.db, later)).toEqual([]);
    expect(await closeExpiredSupplements(t.db, new Date(now + 90 * DAY))).toEqual([]);
    expect((await view(five)).history).toHaveLength(f.history.length);
  });

  it('uses the window of the dossier’s rule version', async () => {
    const id = await waitingAtCounter();
    const d = await t.db
      .selectFrom('dossiers')
      .select('ruleVersionId')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const rule = await t.db
      .selectFrom('ruleVersions')
      .select('settings')
      .where('id', '=', d.ruleVersionId)
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('ruleVersions')
      .set({ settings: JSON.stringify({ ...rule.settings, supplementWindowWorkingDays: 1 }) })
      .where('id', '=', d.ruleVersionId)
      .execute();
    try {
      const closed = await closeExpiredSupplements(t.db, new Date(Date.now() + 10 * DAY));
      expect(closed.map((c) => c.id)).toEqual([id]);
    } finally {
      await t.db
        .updateTable('ruleVersions')
        .set({ settings: JSON.stringify(rule.settings) })
        .where('id', '=', d.ruleVersionId)
        .execute();
    }
  });
});

/** The instant `HH:MM` Vietnam time (+07:00) on the Vietnam day `days` after today. */
function vnAt(days: number, hhmm: string): Date {
  const day = new Date(Date.now() + 7 * 3600_000 + days * DAY).toISOString().slice(0, 10);
  return new Date(`${day}T${hhmm}:00+07:00`);
}
const vnDayOf = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const quiet: JobRunnerLog = { info: () => {}, error: () => {} };
const runsOf = (runKey: string) =>
  t.db.selectFrom('scheduledJobRuns').selectAll().where('job', '=', SUPPLEMENT_DEADLINE_JOB).where('runKey', '=', runKey).execute();
const stopsOf = async (id: string) =>
  ((await view(id)).history as { action: string }[]).filter((h) => h.action === 'stop' || h.action === 'refuse').length;

describe('the daily supplement-deadline job (no CLI)', () => {
  it('closes an expired dossier at the scheduled time and records the run for operators', async () => {
    const id = await waitingAtCounter();
    const runner = startJobRunner({ db: t.db, jobs: [supplementDeadlineJob(t.db, '00:30')], log: quiet, autoStart: false });
    try {
      // One minute after the time of the day (the window ran out weeks ago): that day's occurrence runs.
      const at = vnAt(60, '00:31');
      const [r] = await runner.tick(at);
      expect(r).toMatchObject({ job: SUPPLEMENT_DEADLINE_JOB, result: 'ran' });
      expect(r!.result === 'ran' && r!.run).toMatchObject({
        runKey: vnDayOf(at),
        scheduledFor: vnAt(60, '00:30').toISOString(),
        evaluatedAt: at.toISOString(),
        outcome: 'succeeded',
        attempts: 1,
        counts: { closed: 1, stopped: 1, refused: 0 },
      });
      expect((await view(id)).status).toBe(8);
      // Later the same day: nothing more to do.
      expect(await runner.tick(vnAt(60, '23:59'))).toEqual([
        { job: SUPPLEMENT_DEADLINE_JOB, result: 'already-done', runKey: vnDayOf(at) },
      ]);

      const res = await call('GET', `/api/v1/operations/jobs?job=${SUPPLEMENT_DEADLINE_JOB}`, 'ops');
      expect(res.statusCode).toBe(200);
      expect(res.json().runs[0]).toMatchObject({
        job: SUPPLEMENT_DEADLINE_JOB,
        runKey: vnDayOf(at),
        outcome: 'succeeded',
        counts: { closed: 1, stopped: 1, refused: 0 },
      });
      expect(res.json().runs[0].finishedAt).toEqual(expect.any(String));
      expect((await call('GET', '/api/v1/operations/jobs', 'mc')).statusCode).toBe(403);
    } finally {
      await runner.stop();
    }
  });

  it('two runners on two connections at the same instant run the day once', async () => {
    const id = await waitingAtCounter();
    const name = (await sql<{ n: string }>`select current_database() as n`.execute(t.db)).rows[0]!.n;
    const other = createDb(withDatabase(inject('pgServerUrl'), name), { max: 3 });
    const a = startJobRunner({ db: t.db, jobs: [supplementDeadlineJob(t.db, '00:30')], log: quiet, autoStart: false, runner: 'a' });
    const b = startJobRunner({ db: other.db, jobs: [supplementDeadlineJob(other.db, '00:30')], log: quiet, autoStart: false, runner: 'b' });
    try {
      const at = vnAt(62, '00:30');
      const results = (await Promise.all([a.tick(at), b.tick(at)])).flat();
      expect(results.filter((r) => r.result === 'ran')).toHaveLength(1);
      expect(results.filter((r) => r.result !== 'ran').map((r) => r.result)).toEqual([expect.stringMatching(/^(busy|already-done)$/)]);
      const rows = await runsOf(vnDayOf(at));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ outcome: 'succeeded', attempts: 1, counts: { closed: 1 } });
      expect(await stopsOf(id)).toBe(1);
      // and again, both of them: still once
      await Promise.all([a.tick(at), b.tick(at)]);
      expect(await runsOf(vnDayOf(at))).toHaveLength(1);
      expect(await stopsOf(id)).toBe(1);
    } finally {
      await a.stop();
      await b.stop();
      await other.db.destroy();
    }
  });

  it('catches up the missed run of the day at start', async () => {
    const id = await waitingOnline();
    const at = vnAt(64, '15:00'); // the process was down at 00:30; it starts at 15:00
    expect(await runsOf(vnDayOf(at))).toHaveLength(0);
    const runner = startJobRunner({ db: t.db, jobs: [supplementDeadlineJob(t.db, '00:30')], log: quiet, clock: () => at });
    try {
      await runner.ready;
      const rows = await runsOf(vnDayOf(at));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ outcome: 'succeeded', evaluatedAt: at.toISOString(), counts: { closed: 1, refused: 1 } });
      expect((await view(id)).status).toBe(3);
    } finally {
      await runner.stop();
    }
  });

  it('a failed run is recorded and retried; an abandoned one (its process died) runs again', async () => {
    let fail = true;
    const flaky = { name: 'flaky-test-job', at: '01:00', run: async () => {
      if (fail) throw new Error('boom');
      return { done: 1 };
    } };
    const runner = startJobRunner({ db: t.db, jobs: [flaky], log: quiet, autoStart: false });
    try {
      const at = vnAt(1, '02:00');
      const [first] = await runner.tick(at);
      expect(first!.result === 'ran' && first!.run).toMatchObject({ outcome: 'failed', error: 'boom', attempts: 1 });
      fail = false;
      const [second] = await runner.tick(at);
      expect(second!.result === 'ran' && second!.run).toMatchObject({ outcome: 'succeeded', attempts: 2, counts: { done: 1 } });

      // A row left `running` by a process that died, with no lease (or a passed one) left, is run again.
      const later = vnAt(2, '02:00');
      await t.db
        .insertInto('scheduledJobRuns')
        .values({ job: 'flaky-test-job', runKey: vnDayOf(later), scheduledFor: later.toISOString(), evaluatedAt: later.toISOString(), outcome: 'running', finishedAt: null, error: null, runner: 'dead:1' })
        .execute();
      const [third] = await runner.tick(later);
      expect(third!.result === 'ran' && third!.run).toMatchObject({ outcome: 'succeeded', attempts: 2 });
    } finally {
      await runner.stop();
    }
  });
});
