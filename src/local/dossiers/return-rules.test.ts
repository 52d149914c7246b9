/**
 * Issue 13.5: "Trả kết quả" needs a return method and the fees settled (paid in cash or online) or waived with a
 * reason; otherwise 422 / 409 with a stable code and nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';

let t: TestApp;
let call: DossierTestApp['call'];

beforeAll(async () => {
  const d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56'),
  }));
  t = d.t;
  call = d.call;
});
afterAll(async () => t.close());

/** A counter dossier of 1.001193 (fee line 8.000 đ) taken to "Đã có kết quả" (status 9). */
async function ready(): Promise<string> {
  const res = await call('POST', '/api/v1/dossiers', 'mc', {
    procedureCode: '1.001193',
    resolvingAgencyCode: '000.00.06.H56',
    channel: 'counter',
    owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An' },
    components: [{ name: 'Tờ khai', originals: 1, certifiedCopies: 0, photocopies: 0 }],
  });
  expect(res.statusCode).toBe(201);
  const id = res.json().id as string;
  for (const [who, body] of [
    ['cv', { action: 'start' }],
    ['cv', { action: 'forward' }],
    ['ld', { action: 'approve' }],
    ['cv', { action: 'record_result' }],
  ] as const) {
    const r = await act(id, who, body);
    expect(r.statusCode, r.body).toBe(200);
  }
  return id;
}

async function act(id: string, who: string, body: Record<string, unknown>) {
  const cur = (await call('GET', `/api/v1/dossiers/${id}`, 'mc')).json();
  return call('POST', `/api/v1/dossiers/${id}/actions`, who, { expectedVersion: cur.version, ...body });
}

const statusOf = async (id: string) => (await call('GET', `/api/v1/dossiers/${id}`, 'mc')).json().status;

describe('returning a result (issue 13.5)', () => {
  it('refuses a return with no method (422 return-method-required) and leaves the dossier at status 9', async () => {
    const id = await ready();
    const res = await act(id, 'mc', { action: 'return_result' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('return-method-required');
    expect(await statusOf(id)).toBe(9);
  });

  it('refuses a return while the fees are unpaid (409 fees-not-settled), then returns once paid in cash', async () => {
    const id = await ready();
    const refused = await act(id, 'mc', { action: 'return_result', returnMethod: 'counter' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'fees-not-settled', total: 8000, paid: false });
    expect(await statusOf(id)).toBe(9);
    const cash = await call('POST', `/api/v1/dossiers/${id}/fees/cash`, 'mc', { receiptNo: 'RET-0001', amount: 8000 });
    expect(cash.statusCode, cash.body).toBe(201);
    const ok = await act(id, 'mc', { action: 'return_result', returnMethod: 'counter' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe(10);
    expect(ok.json().history.at(-1)).toMatchObject({ action: 'return_result', data: { method: 'counter' } });
  });

  it('returns with the fees waived only when the exemption has a reason, recorded with the action', async () => {
    const id = await ready();
    const blank = await act(id, 'mc', { action: 'return_result', returnMethod: 'post', feeExemption: { reason: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().code).toBe('reason-required');
    const ok = await act(id, 'mc', {
      action: 'return_result',
      returnMethod: 'post',
      feeExemption: { reason: 'Trẻ em thuộc hộ nghèo, miễn lệ phí theo Thông tư 85/2019/TT-BTC' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().history.at(-1)).toMatchObject({
      action: 'return_result',
      data: { method: 'post', feeExemption: { reason: 'Trẻ em thuộc hộ nghèo, miễn lệ phí theo Thông tư 85/2019/TT-BTC', amount: 8000 } },
    });
  });
});
