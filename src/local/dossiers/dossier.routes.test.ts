import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import {
  citizen,
  insertAgencies,
  officer,
  publishProcedure,
  type AgencyIds,
} from '../../../test/fixtures.ts';
import { loadSchedule } from '../../platform/calendar/calendar.service.ts';
import {
  addWorkingMinutes,
  countedFrom,
  formatVn,
  previousWorkingEnd,
} from '../../platform/calendar/engine.ts';

let t: TestApp;
let ids: AgencyIds;
const tokens: Record<string, ReturnType<typeof officer>> = {};

beforeAll(async () => {
  t = await createTestApp({}, { principals: tokens });
  ids = await insertAgencies(t.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    cv2: officer('specialist', ids.h56justice, '000.00.06.H56', 'Đỗ Chuyên Viên Hai'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49'),
    op: officer('national_operator', ids.h49, '000.00.00.G22'),
    citizen,
  });
  await publishProcedure(t.db);
});
afterAll(async () => t.close());

const reception = (over: Record<string, unknown> = {}) => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  owner: {
    type: 'citizen',
    idNumber: '038087042028',
    name: 'Nguyễn Văn An',
    birthDate: '1987-05-01',
    phone: '0912345678',
  },
  components: [
    { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
    { name: 'Giấy chứng sinh', documentTypeCode: 'GCS', originals: 1, certifiedCopies: 0, photocopies: 0 },
  ],
  ...over,
});

function post(url: string, token: string | undefined, payload: unknown) {
  return t.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function actOn(id: string, token: string, body: Record<string, unknown>) {
  const cur = await t.app.inject({
    method: 'GET',
    url: `/api/v1/dossiers/${id}`,
    headers: { authorization: 'Bearer mc' },
  });
  return post(`/api/v1/dossiers/${id}/actions`, token, { expectedVersion: cur.json().version, ...body });
}

describe('counter reception', () => {
  it('issues a code AGENCY-YYMMDD-NNNN, status 2, the due date and the fee lines', async () => {
    const res = await post('/api/v1/dossiers', 'mc', reception());
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d.code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
    expect(d.status).toBe(2);
    expect(d.statusName.vi).toBe('Được tiếp nhận');
    expect(d.dueAt).toMatch(/\+07:00$/);
    expect(d.fees).toEqual([{ code: 'LP01', name: 'Lệ phí đăng ký khai sinh', amount: 8000 }]);
    expect(d.history).toHaveLength(1);
    const audit = await t.db.selectFrom('auditEvents').selectAll().where('targetId', '=', d.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['receive']);
  });

  it('numbers concurrent receptions of one agency and day without a gap or a duplicate', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => post('/api/v1/dossiers', 'mc', reception())),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const codes = results.map((r) => r.json().code as string);
    expect(new Set(codes).size).toBe(40);
    const seqs = codes.map((c) => Number(c.split('-')[2])).sort((a, b) => a - b);
    expect(seqs[seqs.length - 1]! - seqs[0]!).toBe(39);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const before = await t.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const cases: [unknown, number, string][] = [
      [
        reception({ owner: { type: 'citizen', idNumber: '999087042028', name: 'X' } }),
        400,
        'invalid-personal-id',
      ],
      [
        reception({
          owner: { type: 'citizen', idNumber: '038087042028', name: 'X', birthDate: '2087-01-01' },
        }),
        400,
        'invalid-personal-id',
      ],
      [
        reception({ owner: { type: 'business', idNumber: '0100233487', name: 'Công ty' } }),
        400,
        'invalid-tax-code',
      ],
      [reception({ procedureCode: '1.999999' }), 409, 'procedure-not-published'],
      // (a one-stop officer may receive for another system's agency: cross-system-reception.test.ts)
      [reception({ resolvingAgencyCode: '000.00.06.H49', returnAtReception: 'yes' }), 400, 'validation-failed'],
      [reception({ resolvingAgencyCode: '000.00.09.H56' }), 404, 'agency-not-found'],
      [reception({ hacker: true }), 400, 'validation-failed'],
      [reception({ procedureCode: "1.001193'; drop table dossiers;--" }), 400, 'validation-failed'],
      [
        reception({ owner: { type: 'citizen', idNumber: '038087042028', name: 'x'.repeat(201) } }),
        400,
        'validation-failed',
      ],
    ];
    for (const [body, status, code] of cases) {
      const res = await post('/api/v1/dossiers', 'mc', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 120)).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    expect((await post('/api/v1/dossiers', undefined, reception())).statusCode).toBe(401);
    expect((await post('/api/v1/dossiers', 'cv', reception())).statusCode).toBe(403);
    expect((await post('/api/v1/dossiers', 'cv49', reception())).statusCode).toBe(403);
    const after = await t.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('processing a dossier', () => {
  it('goes from reception to returned result, with supplement once, approval and public tracking', async () => {
    const d = (await post('/api/v1/dossiers', 'mc', reception())).json();
    expect((await actOn(d.id, 'cv', { action: 'start' })).json().status).toBe(4);
    const noItems = await actOn(d.id, 'cv', { action: 'request_supplement', items: [] });
    expect(noItems.json().code).toBe('supplement-items-required');
    const sup = await actOn(d.id, 'cv', {
      action: 'request_supplement',
      items: [
        { name: 'Giấy chứng sinh', reason: 'Bản chụp mờ, không đọc được' },
        { name: 'Giấy chứng nhận kết hôn của cha mẹ', reason: 'Chưa nộp' },
      ],
    });
    expect(sup.json().status).toBe(5);
    const back = await actOn(d.id, 'mc', { action: 'supplement_received' });
    expect(back.json().status).toBe(4);
    const again = await actOn(d.id, 'cv', {
      action: 'request_supplement',
      items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('supplement-already-requested');
    expect((await actOn(d.id, 'cv', { action: 'approve' })).statusCode).toBe(403);
    // default workflow template: appraisal → the leader's approval step (src/local/workflow)
    expect((await actOn(d.id, 'cv', { action: 'forward' })).json().status).toBe(4);
    expect((await actOn(d.id, 'ld', { action: 'approve' })).json().status).toBe(4);
    const result = await actOn(d.id, 'cv', { action: 'record_result' });
    expect(result.json()).toMatchObject({ status: 9, timeliness: 'early' });
    // the fees are settled before the result is handed over (issue 13.5)
    expect((await post(`/api/v1/dossiers/${d.id}/fees/cash`, 'mc', { receiptNo: 'FLOW-1', amount: 8000 })).statusCode).toBe(201);
    const returned = await actOn(d.id, 'mc', {
      action: 'return_result',
      returnMethod: 'counter',
      receiver: { name: 'Nguyễn Văn An' },
    });
    expect(returned.json().status).toBe(10);
    expect(returned.json().history.map((h: { action: string }) => h.action)).toEqual([
      'receive',
      'start',
      'request_supplement',
      'supplement_received',
      'forward',
      'approve',
      'record_result',
      'return_result',
    ]);

    const track = await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${d.code}` });
    expect(track.statusCode).toBe(200);
    expect(track.json()).toMatchObject({
      code: d.code,
      status: 10,
      owner: 'N***',
      agency: { code: '000.00.06.H56' },
    });
    expect(JSON.stringify(track.json())).not.toContain('038087042028');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.00.06.H56-250101-9999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('dossier-not-found');
  });

  it('answers an illegal action with 409, the current status and the allowed actions, and audits the attempt', async () => {
    const d = (await post('/api/v1/dossiers', 'mc', reception())).json();
    const res = await actOn(d.id, 'mc', { action: 'return_result' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'dossier-transition-not-allowed', currentStatus: 2 });
    expect(res.json().allowedActions).toContain('start');
    const refused = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('targetId', '=', d.id)
      .where('outcome', '=', 'refused')
      .execute();
    expect(refused).toHaveLength(1);
    const after = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${d.id}`,
        headers: { authorization: 'Bearer mc' },
      })
    ).json();
    expect(after.history).toHaveLength(1);
  });

  it('lets one of two officers acting at once win; the other gets 409 and nothing is corrupted', async () => {
    const d = (await post('/api/v1/dossiers', 'mc', reception())).json();
    const [a, b] = await Promise.all([
      post(`/api/v1/dossiers/${d.id}/actions`, 'cv', { action: 'start', expectedVersion: d.version }),
      post(`/api/v1/dossiers/${d.id}/actions`, 'cv2', { action: 'start', expectedVersion: d.version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const after = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${d.id}`,
        headers: { authorization: 'Bearer cv' },
      })
    ).json();
    expect(after.history).toHaveLength(2);
    expect(after.version).toBe(d.version + 1);
  });

  it('allows one apology with a later appointment, before the due date, by a leader', async () => {
    const d = (await post('/api/v1/dossiers', 'mc', reception())).json();
    await actOn(d.id, 'cv', { action: 'start' });
    const { schedule } = await loadSchedule(t.db, '000.00.06.H56');
    // 3 working days after the due date: a working-time instant of the agency's calendar.
    const later = addWorkingMinutes(new Date(d.dueAt), 3 * 8 * 60, schedule).toISOString();
    const noReason = await actOn(d.id, 'ld', { action: 'apologize', newDueAt: later });
    expect(noReason.json().code).toBe('reason-required');
    const earlier = await actOn(d.id, 'ld', {
      action: 'apologize',
      reason: 'Chờ xác minh',
      newDueAt: d.receivedAt,
    });
    expect(earlier.json().code).toBe('validation-failed');
    const ok0 = await actOn(d.id, 'ld', {
      action: 'apologize',
      reason: 'Chờ kết quả xác minh của cơ quan khác',
      newDueAt: later,
    });
    expect(ok0.statusCode, ok0.body).toBe(200);
    expect(ok0.json().dueAt).toBe(formatVn(new Date(later)));
  });

  it('refuses a new appointment outside working time (Sunday 10:00) and offers the nearest working-time choices', async () => {
    const d = (await post('/api/v1/dossiers', 'mc', reception())).json();
    await actOn(d.id, 'cv', { action: 'start' });
    const { schedule } = await loadSchedule(t.db, '000.00.06.H56');
    // The first Sunday at least a week after the due date, 10:00 Vietnam time.
    const local = new Date(Date.parse(d.dueAt) + 7 * 3600_000 + 7 * 86_400_000);
    local.setUTCDate(local.getUTCDate() + ((7 - local.getUTCDay()) % 7));
    const sunday = `${local.toISOString().slice(0, 10)}T10:00:00+07:00`;
    const cur = (await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}`, headers: { authorization: 'Bearer ld' } })).json();
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/actions`,
      headers: { authorization: 'Bearer ld', 'accept-language': 'vi' },
      payload: { action: 'apologize', expectedVersion: cur.version, reason: 'Chờ xác minh', newDueAt: sunday },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    const problem = refused.json();
    expect(problem.code).toBe('due-date-not-working-time');
    expect(problem.title).toBe('Ngày hẹn trả kết quả phải rơi vào giờ làm việc của cơ quan giải quyết');
    const prevEnd = formatVn(previousWorkingEnd(new Date(sunday), schedule));
    const nextStart = formatVn(countedFrom(new Date(sunday), schedule));
    expect(prevEnd).toMatch(/T17:00:00\+07:00$/);
    expect(nextStart).toMatch(/T07:00:00\+07:00$/);
    expect(problem).toMatchObject({ previousWorkingEnd: prevEnd, nextWorkingStart: nextStart });
    // Nothing written: same version, no apology.
    const after = (await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}`, headers: { authorization: 'Bearer ld' } })).json();
    expect(after).toMatchObject({ version: cur.version, apologized: false, dueAt: d.dueAt });
    // One of the choices is accepted as it is.
    const ok = await actOn(d.id, 'ld', {
      action: 'apologize',
      reason: 'Chờ kết quả xác minh của cơ quan khác',
      newDueAt: problem.previousWorkingEnd,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ apologized: true, originalDueAt: d.dueAt, dueAt: prevEnd });
    const twice = await actOn(d.id, 'ld', { action: 'apologize', reason: 'Lần nữa', newDueAt: nextStart });
    expect(twice.json().code).toBe('apology-already-given');
  });

  it("keeps other agencies' dossiers out of reach", async () => {
    const d = (await post('/api/v1/dossiers', 'mc', reception())).json();
    expect((await actOn(d.id, 'cv49', { action: 'start' })).statusCode).toBe(403);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}`,
      headers: { authorization: 'Bearer cv49' },
    });
    expect(read.statusCode).toBe(404);
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=to_process',
      headers: { authorization: 'Bearer cv49' },
    });
    expect(queue.json().total).toBe(0);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=to_process&limit=5',
      headers: { authorization: 'Bearer cv' },
    });
    expect(mine.json().total).toBeGreaterThan(0);
    expect(mine.json().items).toHaveLength(5);
  });
});

describe('online submission', () => {
  it('arrives in status 1 without a code, and gets its code when a one-stop officer receives it', async () => {
    const { channel: _c, ...body } = reception();
    const res = await post('/api/v1/online/dossiers', 'citizen', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 1, code: null, channel: 'online' });
    expect((await post('/api/v1/online/dossiers', 'mc', body)).statusCode).toBe(403);
    const received = await actOn(res.json().id, 'mc', { action: 'receive' });
    expect(received.json().status).toBe(2);
    expect(received.json().code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${res.json().id}`,
      headers: { authorization: 'Bearer citizen' },
    });
    expect(own.statusCode).toBe(200);
  });

  it('asks for a supplement once, and completely, before reception too (same rule as at the counter)', async () => {
    const { channel: _c, ...body } = reception();
    const d = (await post('/api/v1/online/dossiers', 'citizen', body)).json();
    const first = await actOn(d.id, 'mc', {
      action: 'request_supplement',
      items: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp mờ, không đọc được' }],
    });
    expect(first.json()).toMatchObject({ status: 1, subState: 'awaiting_supplement_before_reception' });
    const answered = await post(`/api/v1/my/dossiers/${d.id}/actions`, 'citizen', {
      action: 'supplement_received',
      expectedVersion: first.json().version,
    });
    expect(answered.json()).toMatchObject({ status: 1, subState: null });
    const again = await actOn(d.id, 'mc', {
      action: 'request_supplement',
      items: [{ name: 'Tờ khai đăng ký khai sinh', reason: 'Thiếu chữ ký' }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/problem\+json/);
    expect(again.json().code).toBe('supplement-already-requested');
    const after = (await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}`, headers: { authorization: 'Bearer mc' } })).json();
    expect(after).toMatchObject({ status: 1, subState: null, version: answered.json().version });
    // The dossier can still be received and processed.
    expect((await actOn(d.id, 'mc', { action: 'receive' })).json().status).toBe(2);
  });
});

describe('standard forms of a dossier', () => {
  it('renders the receipt (01), the supplement request (02) and the refusal (03) as PDFs with the dossier data', async () => {
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/motcua-forms-`);
    const text = (pdf: Buffer, name: string) => {
      writeFileSync(`${dir}/${name}.pdf`, pdf);
      return execFileSync('pdftotext', ['-layout', `${dir}/${name}.pdf`, '-']).toString('utf8');
    };
    const d = (await post('/api/v1/dossiers', 'mc', reception())).json();
    const receipt = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}/forms/receipt.pdf`,
      headers: { authorization: 'Bearer mc' },
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    const r = text(receipt.rawPayload, 'receipt');
    expect(r).toContain(d.code);
    expect(r).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(r).toContain('Nguyễn Văn An');
    expect(r).toContain('Giấy chứng sinh');

    const none = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}/forms/refusal.pdf`,
      headers: { authorization: 'Bearer mc' },
    });
    expect(none.statusCode).toBe(404);
    await actOn(d.id, 'cv', { action: 'start' });
    await actOn(d.id, 'cv', {
      action: 'request_supplement',
      items: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp mờ' }],
    });
    const sup = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}/forms/supplement-request.pdf`,
      headers: { authorization: 'Bearer cv' },
    });
    expect(sup.statusCode).toBe(200);
    expect(text(sup.rawPayload, 'supplement')).toContain('Bản chụp mờ');
    const stranger = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}/forms/receipt.pdf`,
      headers: { authorization: 'Bearer cv49' },
    });
    expect(stranger.statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}/forms/secret.pdf`,
      headers: { authorization: 'Bearer mc' },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('the applicant on their own dossier', () => {
  it('lists my dossiers, sends a supplement online and withdraws, but cannot act on someone else’s', async () => {
    const { channel: _c, ...body } = reception();
    const d = (await post('/api/v1/online/dossiers', 'citizen', body)).json();
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/my/dossiers',
      headers: { authorization: 'Bearer citizen' },
    });
    expect(mine.json().items.map((x: { id: string }) => x.id)).toContain(d.id);
    const received = await actOn(d.id, 'mc', { action: 'receive' });
    await actOn(d.id, 'cv', { action: 'start' });
    await actOn(d.id, 'cv', {
      action: 'request_supplement',
      items: [{ name: 'Giấy chứng sinh', reason: 'Thiếu' }],
    });
    const cur = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${d.id}`,
        headers: { authorization: 'Bearer citizen' },
      })
    ).json();
    expect(cur.status).toBe(5);
    const sent = await post(`/api/v1/my/dossiers/${d.id}/actions`, 'citizen', {
      action: 'supplement_received',
      expectedVersion: cur.version,
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().status).toBe(4);
    const noReason = await post(`/api/v1/my/dossiers/${d.id}/actions`, 'citizen', {
      action: 'withdraw',
      expectedVersion: sent.json().version,
    });
    expect(noReason.json().code).toBe('reason-required');
    const officerOnly = await post(`/api/v1/my/dossiers/${d.id}/actions`, 'citizen', {
      action: 'record_result',
      expectedVersion: sent.json().version,
    });
    expect(officerOnly.statusCode).toBe(400);
    const withdrawn = await post(`/api/v1/my/dossiers/${d.id}/actions`, 'citizen', {
      action: 'withdraw',
      reason: 'Tôi muốn nộp lại sau',
      expectedVersion: sent.json().version,
    });
    expect(withdrawn.json().status).toBe(7);
    expect(received.json().code).toBeTruthy();
    // someone else's dossier (another person's, received at the counter): not this citizen's to act on
    const other = (
      await post('/api/v1/dossiers', 'mc', reception({ owner: { type: 'citizen', idNumber: '001203006789', name: 'Trần Thị Bình' } }))
    ).json();
    const theirs = await post(`/api/v1/my/dossiers/${other.id}/actions`, 'citizen', {
      action: 'withdraw',
      reason: 'x',
      expectedVersion: other.version,
    });
    expect(theirs.statusCode).toBe(403);
  });
});

describe('boundary-free reception routed by competence', () => {
  it('routes to the one competent agency of the system when the officer names none', async () => {
    const { resolvingAgencyCode: _r, ...body } = reception();
    const res = await post('/api/v1/dossiers', 'mc', body);
    expect(res.statusCode).toBe(201);
    expect(res.json().resolvingAgencyCode).toBe('000.00.06.H56');
  });

  it('queues a dossier for dispatch when several agencies are competent, and dispatches it to one of them', async () => {
    await publishProcedure(t.db, '1.001194', ['000.00.06.H56', '000.00.00.H56']);
    const { resolvingAgencyCode: _r, ...body } = reception({ procedureCode: '1.001194' });
    const res = await post('/api/v1/dossiers', 'mc', body);
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ status: 2, resolvingAgencyCode: null });
    expect(d.code).toMatch(/^000\.00\.00\.H56-\d{6}-\d{4}$/); // issued by the receiving agency
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=dispatch',
      headers: { authorization: 'Bearer mc' },
    });
    expect(queue.json().items.map((x: { id: string }) => x.id)).toContain(d.id);
    expect((await actOn(d.id, 'mc', { action: 'start' })).json().code).toBe('dossier-transition-not-allowed');
    const wrong = await actOn(d.id, 'mc', { action: 'dispatch', agencyCode: '000.00.06.H49' });
    expect(wrong.json().code).toBe('validation-failed');
    const done = await actOn(d.id, 'mc', { action: 'dispatch', agencyCode: '000.00.06.H56' });
    expect(done.json()).toMatchObject({ status: 2, resolvingAgencyCode: '000.00.06.H56' });
    expect((await actOn(d.id, 'cv', { action: 'start' })).json().status).toBe(4);
  });

  it('refuses when no agency of the officer’s system is competent', async () => {
    await publishProcedure(t.db, '1.001195', ['000.00.06.H49']);
    const { resolvingAgencyCode: _r, ...body } = reception({ procedureCode: '1.001195' });
    const res = await post('/api/v1/dossiers', 'mc', body);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('procedure-not-competent');
  });
});

describe('the other paths of the lifecycle', () => {
  it('refuses an online dossier at reception (3), with form 03', async () => {
    const { channel: _c, ...body } = reception();
    const d = (await post('/api/v1/online/dossiers', 'citizen', body)).json();
    const noReason = await actOn(d.id, 'mc', { action: 'refuse' });
    expect(noReason.json().code).toBe('reason-required');
    const refused = await actOn(d.id, 'mc', {
      action: 'refuse',
      reason: 'Thủ tục không thuộc thẩm quyền của cơ quan',
    });
    expect(refused.json()).toMatchObject({ status: 3, allowedActions: [] });
    // Refused, the dossier gets its code, and its Form 03 can be downloaded (see refusal-form.test.ts).
    expect(refused.json().code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}/forms/refusal.pdf`,
      headers: { authorization: 'Bearer mc' },
    });
    expect(pdf.statusCode).toBe(200);
  });

  it('stops processing (8) by a leader, and a withdrawal at the counter gives form 05', async () => {
    const a = (await post('/api/v1/dossiers', 'mc', reception())).json();
    await actOn(a.id, 'cv', { action: 'start' });
    expect((await actOn(a.id, 'cv', { action: 'stop', reason: 'Hồ sơ giả mạo' })).statusCode).toBe(403);
    const stopped = await actOn(a.id, 'ld', { action: 'stop', reason: 'Phát hiện giấy tờ giả mạo' });
    expect(stopped.json().status).toBe(8);
    expect((await actOn(a.id, 'cv', { action: 'record_result' })).json().code).toBe(
      'dossier-transition-not-allowed',
    );

    const b = (await post('/api/v1/dossiers', 'mc', reception())).json();
    const withdrawn = await actOn(b.id, 'mc', {
      action: 'withdraw',
      reason: 'Công dân xin rút hồ sơ để bổ sung sau',
    });
    expect(withdrawn.json().status).toBe(7);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${b.id}/forms/stop-notice.pdf`,
      headers: { authorization: 'Bearer mc' },
    });
    expect(pdf.statusCode).toBe(200);
  });

  it('returns a result by post, and a leader may recall a returned result for rework (audited)', async () => {
    const d = (await post('/api/v1/dossiers', 'mc', reception())).json();
    await actOn(d.id, 'cv', { action: 'start' });
    await actOn(d.id, 'cv', { action: 'forward', toStep: 'approval' });
    await actOn(d.id, 'ld', { action: 'approve' });
    await actOn(d.id, 'cv', { action: 'record_result' });
    expect((await post(`/api/v1/dossiers/${d.id}/fees/cash`, 'mc', { receiptNo: 'POST-1', amount: 8000 })).statusCode).toBe(201);
    const ret = await actOn(d.id, 'mc', { action: 'return_result', returnMethod: 'post' });
    expect(ret.json().status).toBe(10);
    expect(ret.json().history.at(-1).data).toMatchObject({ method: 'post' });
    expect((await actOn(d.id, 'ld', { action: 'recall' })).json().code).toBe('reason-required');
    const recalled = await actOn(d.id, 'ld', { action: 'recall', reason: 'Kết quả ghi sai ngày sinh' });
    expect(recalled.json()).toMatchObject({ status: 4, timeliness: null });
    const audit = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', d.id)
      .where('outcome', '=', 'ok')
      .execute();
    expect(audit.map((x) => x.action)).toContain('recall');
  });
});
