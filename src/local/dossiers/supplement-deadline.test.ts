/**
 * The supplement window with time travel: dossiers waiting for a supplement are closed by the system once the
 * window of working days has passed (status 5 → 8 stop, status 1 → 3 refuse), never before, and only once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
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
  Object.assign(tokens, { mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'), citizen });
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
