import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import {
  citizen,
  insertAgencies,
  officer,
  publishProcedure,
  type AgencyIds,
} from '../../../test/fixtures.ts';
import { createProcedure, publishVersion } from '../../national/catalogue/catalogue.service.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { inspectPdf, squash } from '../forms/poppler.testkit.ts';
import { PDFSIG_VALID, pdfsig } from '../../platform/signing/pdfsig.testkit.ts';

let t: TestApp;
let ids: AgencyIds;
let financeId: string;
const tokens: Record<string, Principal> = {};
const FINANCE = '000.00.05.H56';

/** Officers exist in the database too, so they can be named as assignees. */
async function seedOfficer(p: Principal): Promise<void> {
  if (p.kind !== 'officer') return;
  await t.db
    .insertInto('officers')
    .values({ id: p.id, username: p.username, fullName: p.name, email: null, passwordHash: 'x' })
    .execute();
  for (const g of p.grants)
    await t.db
      .insertInto('officerRoles')
      .values({ officerId: p.id, role: g.role, agencyId: g.agencyId })
      .execute();
}

beforeAll(async () => {
  t = await createTestApp({}, { principals: tokens });
  ids = await insertAgencies(t.db);
  financeId = (
    await t.db
      .insertInto('agencies')
      .values({
        code: FINANCE,
        name: 'Sở Tài chính tỉnh Thanh Hóa',
        level: 2,
        kind: 'department',
        parentId: ids.h56,
        nodeCode: 'H56',
        validFrom: '2025-07-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    cv2: officer('specialist', ids.h56justice, '000.00.06.H56', 'Đỗ Văn Thẩm Định'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
    tc: officer('specialist', financeId, FINANCE, 'Vũ Thị Tài Chính'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49'),
    admin: officer('agency_admin', ids.h56, '000.00.00.H56', 'Quản Trị'),
    citizen,
  });
  for (const p of Object.values(tokens)) await seedOfficer(p);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-10T08:00:00+07:00'));
  await publishProcedure(t.db);
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

const at = (s: string) => vi.setSystemTime(new Date(`${s}+07:00`));
const id = (k: string) => tokens[k]!.id;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

const reception = (procedureCode = '1.001193') => ({
  procedureCode,
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
  components: [{ name: 'Tờ khai', originals: 1, certifiedCopies: 0, photocopies: 0 }],
});

function post(url: string, token: string, payload: unknown) {
  return t.app.inject({ method: 'POST', url, payload: payload as object, headers: auth(token) });
}
const get = (url: string, token = 'mc') => t.app.inject({ method: 'GET', url, headers: auth(token) });

async function actOn(dossierId: string, token: string, body: Record<string, unknown>) {
  const cur = await get(`/api/v1/dossiers/${dossierId}`);
  return post(`/api/v1/dossiers/${dossierId}/actions`, token, {
    expectedVersion: cur.json().version,
    ...body,
  });
}

async function receive(time: string, procedureCode?: string) {
  at(time);
  const res = await post('/api/v1/dossiers', 'mc', reception(procedureCode));
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; code: string; version: number }>();
}

const log = async (dossierId: string) => (await get(`/api/v1/dossiers/${dossierId}/control-log`)).json();

describe('the default template', () => {
  it('walks reception → appraisal → approval → result → return with per-step due dates and timeliness', async () => {
    const d = await receive('2026-03-10T09:00:00');
    let l = await log(d.id);
    expect(l.template).toMatchObject({ code: 'MAC-DINH', version: 1 });
    expect(l.dossier).toMatchObject({
      currentStep: 'reception',
      assignee: { id: id('mc') },
      stepDueAt: '2026-03-10T15:00:00+07:00',
    });

    at('2026-03-10T10:00:00');
    expect((await actOn(d.id, 'cv', { action: 'start' })).statusCode).toBe(200);
    at('2026-03-11T10:00:00');
    const fwd = await actOn(d.id, 'cv', { action: 'forward', toStep: 'approval', assigneeId: id('ld') });
    expect(fwd.statusCode).toBe(200);
    const mine = (await get('/api/v1/dossiers?queue=mine', 'ld')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(d.id);
    expect(mine.items.find((i: { id: string }) => i.id === d.id)).toMatchObject({
      step: 'approval',
      assignee: { id: id('ld') },
    });
    const byStep = (
      await get(`/api/v1/dossiers?step=approval&assigneeId=${id('ld')}&procedureCode=1.001193`, 'cv')
    ).json();
    expect(byStep.items.map((i: { id: string }) => i.id)).toEqual([d.id]);
    expect(
      (await get('/api/v1/dossiers?queue=mine', 'cv')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(d.id);

    at('2026-03-13T08:00:00');
    expect((await actOn(d.id, 'ld', { action: 'approve', assigneeId: id('cv2') })).statusCode).toBe(200);
    at('2026-03-13T13:45:00');
    expect((await actOn(d.id, 'cv2', { action: 'record_result' })).json().status).toBe(9);
    at('2026-03-16T07:30:00');
    // the fees are settled before the result is handed over (issue 13.5)
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${d.id}/fees/cash`, payload: { receiptNo: 'WF-1', amount: 8000 }, headers: { authorization: 'Bearer mc' } })).statusCode).toBe(201);
    expect(
      (await actOn(d.id, 'mc', { action: 'return_result', returnMethod: 'counter' })).json().status,
    ).toBe(10);

    l = await log(d.id);
    expect(l.dossier.currentStep).toBeNull();
    expect(
      l.entries.map((e: Record<string, unknown>) => [
        e.step,
        (e.giver as { name: string } | null)?.name ?? null,
        (e.receiver as { name: string }).name,
        e.givenAt,
        e.receivedAt,
        e.dueAt,
        e.doneAt,
        e.timeliness,
      ]),
    ).toEqual([
      [
        'reception',
        null,
        'Lê Thị Một Cửa',
        '2026-03-10T09:00:00+07:00',
        '2026-03-10T09:00:00+07:00',
        '2026-03-10T15:00:00+07:00',
        '2026-03-10T09:00:00+07:00',
        'on_time',
      ],
      [
        'appraisal',
        'Lê Thị Một Cửa',
        'Trần Chuyên Viên',
        '2026-03-10T09:00:00+07:00',
        '2026-03-10T10:00:00+07:00',
        '2026-03-12T09:00:00+07:00',
        '2026-03-11T10:00:00+07:00',
        'early',
      ],
      [
        'approval',
        'Trần Chuyên Viên',
        'Phạm Lãnh Đạo',
        '2026-03-11T10:00:00+07:00',
        '2026-03-11T10:00:00+07:00',
        '2026-03-12T10:00:00+07:00',
        '2026-03-13T08:00:00+07:00',
        'late',
      ],
      [
        'result',
        'Phạm Lãnh Đạo',
        'Đỗ Văn Thẩm Định',
        '2026-03-13T08:00:00+07:00',
        '2026-03-13T08:00:00+07:00',
        '2026-03-13T14:00:00+07:00',
        '2026-03-13T13:45:00+07:00',
        'on_time',
      ],
      [
        'return',
        'Đỗ Văn Thẩm Định',
        'Lê Thị Một Cửa',
        '2026-03-13T13:45:00+07:00',
        '2026-03-16T07:30:00+07:00',
        '2026-03-16T07:45:00+07:00',
        '2026-03-16T07:30:00+07:00',
        'on_time',
      ],
    ]);
    expect(l.entries[1].agency).toEqual({ code: '000.00.06.H56', name: 'Sở Tư pháp tỉnh Thanh Hóa' });

    const pdf = await get(`/api/v1/dossiers/${d.id}/control-log.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfsig(pdf.rawPayload)).toContain(PDFSIG_VALID);
    const text = squash(inspectPdf(pdf.rawPayload).text);
    expect(text).toContain(d.code);
    // table cells wrap: look for words of each step name, the results and the people
    for (const s of [
      '1. Tiếp nhận và',
      '2. Thẩm định',
      '3. Lãnh đạo phê',
      '4. Ban hành kết',
      '5. Trả kết quả',
      'Quá hạn',
      'Trước hạn',
      'Đúng hạn',
      'Phạm Lãnh Đạo',
    ])
      expect(text).toContain(s);
  });

  it('counts a counter hand-over after 15:00 from the next working morning (rule-version setting)', async () => {
    const early = await receive('2026-03-10T14:30:00');
    const late = await receive('2026-03-10T15:30:00');
    at('2026-03-10T16:00:00');
    for (const d of [early, late])
      expect((await actOn(d.id, 'cv', { action: 'start' })).statusCode).toBe(200);
    const e = (await log(early.id)).entries[1];
    const l = (await log(late.id)).entries[1];
    expect(e).toMatchObject({ countsFrom: '2026-03-10T14:30:00+07:00', dueAt: '2026-03-12T14:30:00+07:00' });
    expect(l).toMatchObject({
      givenAt: '2026-03-10T15:30:00+07:00',
      countsFrom: '2026-03-11T07:00:00+07:00',
      dueAt: '2026-03-12T17:00:00+07:00',
    });
  });
});

const step = (
  key: string,
  name: string,
  kind: string,
  role: string,
  agency: string,
  next: string[],
  hours = 8,
) => ({
  key,
  name,
  kind,
  role,
  agency,
  allowance: { duration: hours, unit: 'working_hour' },
  next,
});
const branching = {
  code: 'QT-LIEN-THONG',
  name: 'Quy trình có lấy ý kiến Sở Tài chính',
  steps: [
    step('reception', 'Tiếp nhận hồ sơ', 'reception', 'one_stop_officer', 'receiving', ['appraisal'], 4),
    step('appraisal', 'Thẩm định hồ sơ', 'appraisal', 'specialist', 'resolving', ['opinion', 'approval'], 16),
    step('opinion', 'Lấy ý kiến Sở Tài chính', 'inter_agency', 'specialist', FINANCE, ['approval'], 16),
    step('approval', 'Lãnh đạo Sở phê duyệt', 'approval', 'leader', 'resolving', ['result'], 8),
    step('result', 'Ban hành kết quả', 'result', 'specialist', 'resolving', ['return'], 4),
    step('return', 'Trả kết quả', 'return', 'one_stop_officer', 'receiving', [], 4),
  ],
};

describe('templates as data', () => {
  it('refuses invalid templates with 400 and the offending paths, and stores nothing', async () => {
    const before = (await get('/api/v1/workflow-templates', 'admin')).json().items.length;
    const bad = (over: (s: typeof branching.steps) => unknown[]) => ({
      ...branching,
      steps: over(structuredClone(branching.steps)),
    });
    const cases: [unknown, string][] = [
      [bad((s) => [...s, s[1]!]), '/steps/6/key'],
      [bad((s) => [s[0]!, { ...s[1]!, next: ['nowhere'] }, ...s.slice(2)]), '/steps/1/next/0'],
      [bad((s) => [...s, step('orphan', 'Bước lẻ', 'appraisal', 'specialist', 'resolving', [])]), '/steps/6'],
      [bad((s) => [...s.slice(0, 5), { ...s[5]!, next: ['appraisal'] }]), '/steps'],
      [bad((s) => [s[0]!, { ...s[1]!, role: 'janitor' }, ...s.slice(2)]), '/steps/1/role'],
      [bad((s) => [...s.slice(0, 3), { ...s[3]!, role: 'specialist' }, ...s.slice(4)]), '/steps/3/role'],
      [bad((s) => [s[0]!, s[1]!, { ...s[2]!, agency: '000.00.99.H56' }, ...s.slice(3)]), '/steps/2/agency'],
    ];
    for (const [body, path] of cases) {
      const res = await post('/api/v1/workflow-templates', 'admin', body);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().code).toBe('workflow-template-invalid');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const schema = await post('/api/v1/workflow-templates', 'admin', { ...branching, extra: 1 });
    expect(schema.json().code).toBe('validation-failed');
    expect((await post('/api/v1/workflow-templates', 'cv', branching)).statusCode).toBe(403);
    expect((await get('/api/v1/workflow-templates', 'admin')).json().items.length).toBe(before);
  });

  it('warns when the allowances exceed the procedure time, versions drafts and publishes once', async () => {
    const slow = {
      ...branching,
      code: 'QT-CHAM',
      procedureCode: '1.001193',
      steps: branching.steps.map((s) => ({ ...s, allowance: { duration: 2, unit: 'working_day' } })),
    };
    const created = await post('/api/v1/workflow-templates', 'admin', slow);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'QT-CHAM', version: 1, status: 'draft' });
    expect(created.json().warnings[0].message).toMatch(/exceed/);
    expect((await post('/api/v1/workflow-templates', 'admin', slow)).json().version).toBe(2);
    const pub = await post('/api/v1/workflow-templates/QT-CHAM/versions/2/publish', 'admin', {
      effectiveFrom: '2026-01-01',
    });
    expect(pub.json()).toMatchObject({ status: 'published', effectiveFrom: '2026-01-01' });
    const again = await post('/api/v1/workflow-templates/QT-CHAM/versions/2/publish', 'admin', {
      effectiveFrom: '2026-01-01',
    });
    expect(again.statusCode).toBe(409);
    expect((await get('/api/v1/workflow-templates/QT-CHAM/in-force', 'cv')).json().version).toBe(2);
    expect((await get('/api/v1/workflow-templates/QT-CHAM/versions/9', 'cv')).statusCode).toBe(404);
  });
});

describe('a branching template with an inter-agency step at another agency', () => {
  let d: { id: string; code: string; version: number };

  beforeAll(async () => {
    expect((await post('/api/v1/workflow-templates', 'admin', branching)).statusCode).toBe(201);
    expect(
      (
        await post('/api/v1/workflow-templates/QT-LIEN-THONG/versions/1/publish', 'admin', {
          effectiveFrom: '2025-07-01',
        })
      ).statusCode,
    ).toBe(200);
    const v = await createProcedure(t.db, 'system', '1.000002', {
      name: 'Cấp giấy phép có lấy ý kiến liên ngành',
      sectorCode: 'HT',
      levels: ['province'],
      agencyCodes: ['000.00.06.H56'],
      onlineLevel: 'none',
      processing: { counter: { duration: 10, unit: 'working_day' }, online: null },
      cases: [{ name: 'Thông thường', components: [{ name: 'Tờ khai', originals: 1, copies: 0 }] }],
      fees: [],
      results: [{ code: 'KQ.1', name: 'Giấy phép' }],
      legalBasis: ['Nghị định 118/2025/NĐ-CP'],
      workflowTemplateRef: 'QT-LIEN-THONG',
    });
    await publishVersion(t.db, 'system', '1.000002', v.id, { effectiveFrom: '2025-01-01' });
    d = await receive('2026-03-17T08:00:00', '1.000002');
    at('2026-03-17T09:00:00');
    expect((await actOn(d.id, 'cv', { action: 'start' })).statusCode).toBe(200);
  });

  it('refuses an illegal forward with the allowed next steps, and changes nothing', async () => {
    const before = (await get(`/api/v1/dossiers/${d.id}`)).json();
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['cv', { action: 'forward', toStep: 'result' }, 409, 'workflow-step-not-allowed'],
      ['cv', { action: 'forward' }, 409, 'workflow-step-not-allowed'],
      [
        'cv',
        { action: 'forward', toStep: 'opinion', assigneeId: id('cv2') },
        403,
        'workflow-assignee-not-eligible',
      ],
      [
        'cv',
        { action: 'forward', toStep: 'approval', assigneeId: id('cv2') },
        403,
        'workflow-assignee-not-eligible',
      ],
      ['cv2', { action: 'forward', toStep: 'approval' }, 403, 'workflow-not-step-holder'],
      ['ld', { action: 'approve' }, 409, 'workflow-step-not-allowed'],
      ['cv49', { action: 'forward', toStep: 'opinion' }, 403, 'forbidden'],
    ];
    for (const [token, body, status, code] of cases) {
      const res = await actOn(d.id, token, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().code).toBe(code);
      if (code !== 'forbidden') expect(res.json().allowedNextSteps).toEqual(['opinion', 'approval']);
    }
    const after = (await get(`/api/v1/dossiers/${d.id}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.history).toHaveLength(before.history.length);
    expect((await log(d.id)).dossier).toMatchObject({ currentStep: 'appraisal', assignee: { id: id('cv') } });
  });

  it('goes to the other agency and back, and can be sent back to an earlier step with a reason', async () => {
    at('2026-03-17T10:00:00');
    expect(
      (await actOn(d.id, 'cv', { action: 'forward', toStep: 'opinion', assigneeId: id('tc') })).statusCode,
    ).toBe(200);
    const mine = (await get('/api/v1/dossiers?queue=mine', 'tc')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([d.id]);
    expect((await get(`/api/v1/dossiers/${d.id}/control-log`, 'tc')).statusCode).toBe(200);

    at('2026-03-19T11:00:00');
    const back = await actOn(d.id, 'tc', { action: 'forward', toStep: 'approval', assigneeId: id('ld') });
    expect(back.statusCode).toBe(200);
    at('2026-03-19T14:00:00');
    const noReason = await actOn(d.id, 'ld', { action: 'return_to_step', toStep: 'appraisal' });
    expect(noReason.json().code).toBe('reason-required');
    const notEarlier = await actOn(d.id, 'ld', { action: 'return_to_step', toStep: 'result', reason: 'Sai' });
    expect(notEarlier.json()).toMatchObject({
      code: 'workflow-step-not-allowed',
      allowedNextSteps: ['reception', 'appraisal', 'opinion'],
    });
    const sent = await actOn(d.id, 'ld', {
      action: 'return_to_step',
      toStep: 'appraisal',
      reason: 'Bổ sung căn cứ pháp lý',
    });
    expect(sent.statusCode).toBe(200);

    const l = await log(d.id);
    expect(l.template.code).toBe('QT-LIEN-THONG');
    expect(l.dossier).toMatchObject({ currentStep: 'appraisal', assignee: { id: id('cv') } });
    expect(
      l.entries.map((e: { step: string; via: string; timeliness: string | null }) => [
        e.step,
        e.via,
        e.timeliness,
      ]),
    ).toEqual([
      ['reception', 'receive', 'on_time'],
      ['appraisal', 'start', 'early'],
      ['opinion', 'forward', 'late'],
      ['approval', 'forward', 'early'],
      ['appraisal', 'return_to_step', null],
    ]);
    expect(l.entries[2]).toMatchObject({
      agency: { code: FINANCE },
      receiver: { name: 'Vũ Thị Tài Chính' },
      dueAt: '2026-03-19T10:00:00+07:00',
    });
    expect(l.entries[4]).toMatchObject({ giver: { name: 'Phạm Lãnh Đạo' }, note: 'Bổ sung căn cứ pháp lý' });

    const pdf = inspectPdf((await get(`/api/v1/dossiers/${d.id}/control-log.pdf`)).rawPayload);
    const text = squash(pdf.text);
    expect(text).toContain(d.code);
    expect(text).toContain('3. Lấy ý kiến');
    expect(text).toContain('Bổ sung');
    expect(text).toContain('Vũ Thị Tài Chính');
  });

  it('keeps the control log out of reach of other agencies', async () => {
    expect((await get(`/api/v1/dossiers/${d.id}/control-log`, 'cv49')).statusCode).toBe(404);
    expect((await get(`/api/v1/dossiers/${d.id}/control-log.pdf`, 'citizen')).statusCode).toBe(403);
  });
});
