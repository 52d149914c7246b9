import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../../../test/fixtures.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { TT01_2018 } from './criteria-tt01-2018.ts';

let t: TestApp;
const tokens: Record<string, Principal> = {};
beforeAll(async () => {
  t = await createTestApp({}, { principals: tokens });
  const ids = await insertAgencies(t.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
    mc49: officer('one_stop_officer', ids.h49, '000.00.00.H49'),
    op: officer('national_operator', ids.h49, '000.00.00.G22'),
    citizen,
    stranger: { ...citizen, id: '00000000-0000-4000-9000-000000000099', personalId: '001090000001', name: 'Người Khác' },
  });
  await publishProcedure(t.db);
});
afterAll(async () => t.close());

function call(method: 'GET' | 'POST', url: string, token?: string, payload?: object) {
  return t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: token ? { authorization: `Bearer ${token}` } : {} });
}
async function act(id: string, token: string, body: object) {
  const v = (await call('GET', `/api/v1/dossiers/${id}`, 'mc')).json().version;
  const r = await call('POST', `/api/v1/dossiers/${id}/actions`, token, { ...body, expectedVersion: v });
  expect(r.statusCode, r.body).toBe(200);
}
let receipts = 0;
async function returnedDossier(): Promise<string> {
  const d = (
    await call('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
      components: [],
    })
  ).json();
  await act(d.id, 'cv', { action: 'start' });
  await act(d.id, 'cv', { action: 'record_result' });
  // the fees are settled before the result is handed over (issue 13.5)
  expect((await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, 'mc', { receiptNo: `EV-${++receipts}`, amount: 8000 })).statusCode).toBe(201);
  await act(d.id, 'mc', { action: 'return_result', returnMethod: 'counter' });
  return d.id;
}
const all = (v: number) => Object.fromEntries(TT01_2018.criteria.map((c) => [c.code, v]));
const count = async () => (await t.db.selectFrom('dossierEvaluations').select('id').execute()).length;

describe('dossier evaluation', () => {
  it('publishes the questionnaire in force: each question and the answers offered, in Vietnamese and English', async () => {
    const res = await call('GET', '/api/v1/evaluation/criteria');
    expect(res.statusCode, res.body).toBe(200);
    const q = res.json<{ code: string; criteria: { code: string; vi: string; options: { value: number; vi: string; en: string }[] }[] }>();
    expect(q.code).toBe('TT01-2018');
    expect(q.criteria.map((c) => c.code)).toEqual(['TC01', 'TC02', 'TC03', 'TC04', 'TC05', 'TC06', 'TC07', 'TC08', 'TC09', 'HL10', 'HL11']);
    expect(q.criteria.at(-1)).toMatchObject({
      vi: 'Mức độ hài lòng chung',
      options: [
        { value: 2, vi: 'Rất hài lòng', en: 'Very satisfied' },
        { value: 1, vi: 'Hài lòng', en: 'Satisfied' },
        { value: 0, vi: 'Không hài lòng', en: 'Dissatisfied' },
      ],
    });
  });

  it('lets the owner evaluate once after the result is returned, with the set in force and the grade', async () => {
    const id = await returnedDossier();
    const res = await call('POST', `/api/v1/dossiers/${id}/evaluation`, 'citizen', {
      scores: { ...all(2), TC01: 1, TC02: 0, HL11: 1 },
      comments: 'Cán bộ hướng dẫn tận tình',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      criteriaSet: { code: 'TT01-2018' },
      total: 15,
      maxTotal: 18,
      grade: { code: 'xuat_sac', vi: 'Xuất sắc' },
      source: 'online',
      comments: 'Cán bộ hướng dẫn tận tình',
    });
    expect(res.json().scores).toHaveLength(11);
    const again = await call('POST', `/api/v1/dossiers/${id}/evaluation`, 'citizen', { scores: all(2) });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('evaluation-exists');
    expect((await call('GET', `/api/v1/dossiers/${id}/evaluation`, 'citizen')).json().total).toBe(15);
    expect((await call('GET', `/api/v1/dossiers/${id}/evaluation`, 'cv')).json().grade.code).toBe('xuat_sac');
    expect((await call('GET', `/api/v1/dossiers/${id}/evaluation`, 'stranger')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/dossiers/${id}/evaluation`, 'mc49')).statusCode).toBe(403);
  });

  it('lets a one-stop officer record a paper form at the counter', async () => {
    const id = await returnedDossier();
    expect((await call('POST', `/api/v1/dossiers/${id}/evaluation`, 'cv', { scores: all(1) })).statusCode).toBe(403);
    const res = await call('POST', `/api/v1/dossiers/${id}/evaluation`, 'mc', { scores: all(1) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ total: 9, grade: { code: 'kha' }, source: 'counter_paper' });
  });

  it('refuses bad input and early or foreign evaluations with problem+json, writing nothing', async () => {
    const early = (
      await call('POST', '/api/v1/dossiers', 'mc', {
        procedureCode: '1.001193', resolvingAgencyCode: '000.00.06.H56', channel: 'counter',
        owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' }, components: [],
      })
    ).json().id as string;
    const id = await returnedDossier();
    const before = await count();
    const cases: [string, string | undefined, object, number, string][] = [
      [early, 'citizen', { scores: all(2) }, 409, 'evaluation-not-open'],
      [id, 'citizen', { scores: { ...all(2), TC42: 1 } }, 400, 'evaluation-criteria-unknown'],
      [id, 'citizen', { scores: { ...all(2), TC01: 3 } }, 400, 'evaluation-score-invalid'],
      [id, 'citizen', { scores: { TC01: 2 } }, 400, 'evaluation-score-invalid'],
      [id, 'citizen', { scores: { ...all(2), TC01: 1.5 } }, 400, 'validation-failed'],
      [id, 'citizen', { scores: { ...all(2), 'TC01; drop': 1 } }, 400, 'validation-failed'],
      [id, 'citizen', { scores: all(2), extra: true }, 400, 'validation-failed'],
      [id, 'citizen', { scores: all(2), comments: 'x'.repeat(2001) }, 400, 'validation-failed'],
      [id, 'stranger', { scores: all(2) }, 404, 'dossier-not-found'],
      [id, 'mc49', { scores: all(2) }, 403, 'forbidden'],
      [id, undefined, { scores: all(2) }, 401, 'unauthenticated'],
      ['00000000-0000-4000-8000-000000000000', 'citizen', { scores: all(2) }, 404, 'dossier-not-found'],
      ['not-a-uuid', 'citizen', { scores: all(2) }, 400, 'validation-failed'],
    ];
    for (const [dossier, token, body, status, code] of cases) {
      const r = await call('POST', `/api/v1/dossiers/${dossier}/evaluation`, token, body);
      expect(r.statusCode, `${code} ${JSON.stringify(body).slice(0, 80)}`).toBe(status);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.json().code).toBe(code);
    }
    expect(await count()).toBe(before);
    expect((await call('GET', `/api/v1/dossiers/${id}/evaluation`, 'citizen')).json().code).toBe('evaluation-not-found');
  });

  it('summarises averages and grade counts for officers of the agency', async () => {
    const res = await call('GET', '/api/v1/evaluations/summary?agency=000.00.00.H56', 'mc');
    expect(res.statusCode, res.body).toBe(200);
    const set = res.json().sets[0];
    expect(set).toMatchObject({ code: 'TT01-2018', count: 2, averageTotal: 12, maxTotal: 18 });
    expect(set.grades.find((g: { code: string }) => g.code === 'xuat_sac').count).toBe(1);
    expect(set.grades.find((g: { code: string }) => g.code === 'kha').count).toBe(1);
    expect(set.criteria.find((c: { code: string }) => c.code === 'TC02').average).toBe(0.5);
    const none = await call('GET', '/api/v1/evaluations/summary?agency=000.00.00.H56&from=2000-01-01&to=2000-12-31', 'mc');
    expect(none.json().sets).toEqual([]);
    expect((await call('GET', '/api/v1/evaluations/summary', 'op')).json().sets[0].count).toBe(2);
    expect((await call('GET', '/api/v1/evaluations/summary?agency=000.00.00.H56', 'mc49')).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/evaluations/summary', 'citizen')).statusCode).toBe(403);
    const bad = await call('GET', '/api/v1/evaluations/summary?from=2025-02-30x', 'mc');
    expect(bad.json().code).toBe('validation-failed');
    expect((await call('GET', '/api/v1/evaluations/summary?from=2025-02-01&to=2025-01-01', 'mc')).json().code).toBe('validation-failed');
    expect((await call('GET', '/api/v1/evaluations/summary?agency=000.00.09.H56', 'mc')).statusCode).toBe(404);
  });
});
