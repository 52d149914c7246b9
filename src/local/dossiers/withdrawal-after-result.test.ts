/**
 * Withdrawal and stop after a signed result (issue 14.5, law-2025.md §5): once an electronic result exists, a recall
 * does not reopen the way to withdraw — withdrawal and stop are refused (409 dossier-has-result) until the result is
 * revoked with its reason; then the withdrawal goes through and the registry, the owner's warehouse, public
 * verification and Form 05 all say the same: a result was issued and revoked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { citizen, dossierTestApp, officer } from '../../../test/fixtures.ts';
import { inspectPdf, squash as squashAll } from '../forms/poppler.testkit.ts';
import { pdfsig } from '../../platform/signing/pdfsig.testkit.ts';

let t: TestApp;
/** The text as read, without the verification address printed up the margin (pdftotext may set it inside a line). */
const squash = (text: string): string => squashAll(text.replace(/Xác thực tại: \S+/g, ' '));

beforeAll(async () => {
  ({ t } = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
    citizen,
  })));
});
afterAll(async () => t.close());

const req = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
const act = async (id: string, token: string, body: Record<string, unknown>) => {
  const cur = (await req('GET', `/api/v1/dossiers/${id}`, 'mc')).json();
  return req('POST', `/api/v1/dossiers/${id}/actions`, token, { ...body, expectedVersion: cur.version });
};

const birthExtract = {
  resultTypeCode: 'KQ.G15.000342',
  resultTypeName: 'Trích lục khai sinh',
  template: 'birth-extract',
  numberSymbol: '27/TLKS-STP',
  abstract: 'Trích lục khai sinh (bản điện tử) cấp theo yêu cầu đăng ký khai sinh.',
  signerName: 'Phạm Lãnh Đạo',
  signerPosition: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
  issueDate: '2026-11-27',
  permanent: true,
  scope: 'Toàn quốc',
  details: {
    fullName: 'Nguyễn Minh Khang',
    birthDate: '02/11/2026',
    gender: 'Nam',
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    placeOfBirth: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
    motherName: 'Lê Thị Hoa',
    fatherName: 'Nguyễn Văn An',
  },
};

async function dossierWithSignedResult(): Promise<{ id: string; resultId: string; verificationCode: string }> {
  const d = (
    await req('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
      components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    })
  ).json();
  expect((await act(d.id, 'cv', { action: 'start' })).statusCode).toBe(200);
  const cur = (await req('GET', `/api/v1/dossiers/${d.id}`, 'mc')).json();
  const issued = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'ld', { ...birthExtract, expectedVersion: cur.version });
  expect(issued.statusCode).toBe(201);
  return { id: d.id, resultId: issued.json().id, verificationCode: issued.json().verificationCode };
}

describe('withdrawal and stop after a signed result', () => {
  it('refuses them after a recall until the result is revoked; then all records agree and Form 05 names it', async () => {
    const d = await dossierWithSignedResult();
    const recalled = await act(d.id, 'ld', { action: 'recall', reason: 'Người dân xin rút hồ sơ' });
    expect(recalled.json().status).toBe(4);

    const withdraw = await act(d.id, 'mc', { action: 'withdraw', reason: 'Công dân xin rút hồ sơ' });
    expect(withdraw.statusCode).toBe(409);
    expect(withdraw.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(withdraw.json()).toMatchObject({ code: 'dossier-has-result' });
    expect(withdraw.json().title).toContain('kết quả');
    const stop = await act(d.id, 'ld', { action: 'stop', reason: 'Dừng xử lý' });
    expect(stop.json().code).toBe('dossier-has-result');
    // nothing written: still processing, the result still valid
    expect((await req('GET', `/api/v1/dossiers/${d.id}`, 'mc')).json().status).toBe(4);
    expect((await t.app.inject({ url: `/api/v1/verification/${d.verificationCode}` })).json().status).toBe('valid');

    // revoke first, with the reason
    const noReason = await req('POST', `/api/v1/dossiers/${d.id}/results/${d.resultId}/revoke`, 'ld', { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const revoked = await req('POST', `/api/v1/dossiers/${d.id}/results/${d.resultId}/revoke`, 'ld', {
      reason: 'Công dân rút hồ sơ trước khi nhận kết quả',
    });
    expect(revoked.statusCode).toBe(200);
    const done = await act(d.id, 'mc', { action: 'withdraw', reason: 'Công dân xin rút hồ sơ' });
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe(7);

    // registry and public verification: revoked, with the reason
    const verified = (await t.app.inject({ url: `/api/v1/verification/${d.verificationCode}` })).json();
    expect(verified.status).toBe('revoked');
    // the owner's warehouse copy: revoked
    const raw = d.verificationCode.replace(/-/g, '');
    const copies = await t.db
      .selectFrom('warehouseDocuments')
      .select(['status', 'verificationCode'])
      .where((e) => e.or([e('verificationCode', '=', d.verificationCode), e('verificationCode', '=', raw)]))
      .execute();
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect(c.status).toBe('revoked');
    // the results list says it
    const results = (await req('GET', `/api/v1/dossiers/${d.id}/results`, 'citizen')).json();
    expect(results[0]).toMatchObject({ status: 'revoked', revokedReason: 'Công dân rút hồ sơ trước khi nhận kết quả' });

    // Form 05: signed, names the revoked result, never says no result existed
    const pdf = await req('GET', `/api/v1/dossiers/${d.id}/forms/stop-notice.pdf`, 'mc');
    expect(pdf.statusCode).toBe(200);
    expect(pdfsig(pdf.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const text = squash(inspectPdf(pdf.rawPayload).text);
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('đã ban hành cho hồ sơ này và đã bị thu hồi');
    expect(text).toContain('Trích lục khai sinh số 27/TLKS-STP');
    expect(text).toContain(d.verificationCode);
    expect(text).toContain('Công dân rút hồ sơ trước khi nhận kết quả');
    expect(text).not.toContain('hồ sơ chưa có quyết định giải quyết');
  });

  it('a withdrawal with no result still states that none exists', async () => {
    const d = (
      await req('POST', '/api/v1/dossiers', 'mc', {
        procedureCode: '1.001193',
        resolvingAgencyCode: '000.00.06.H56',
        channel: 'counter',
        owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
        components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
      })
    ).json();
    expect((await act(d.id, 'mc', { action: 'withdraw', reason: 'Công dân xin rút hồ sơ' })).statusCode).toBe(200);
    const pdf = await req('GET', `/api/v1/dossiers/${d.id}/forms/stop-notice.pdf`, 'mc');
    expect(squash(inspectPdf(pdf.rawPayload).text)).toContain('hồ sơ chưa có quyết định giải quyết');
  });
});
