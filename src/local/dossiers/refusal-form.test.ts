/**
 * Form 03 (phiếu từ chối tiếp nhận, Circular 03/2025) through HTTP (issue 14.6): the counter refuses to receive, with
 * its reasons, and hands over a signed Form 03; an online dossier refused before reception has its signed Form 03
 * for the applicant to download. pdfsig validates the signature; the text is read back with pdftotext.
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
    mc49: officer('one_stop_officer', ids.h49justice, '000.00.06.H49'),
    citizen,
  })));
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

const owner = { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' };
const papers = [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }];
const refusalBody = {
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  owner,
  components: papers,
  reasons: [
    'Trẻ em đã được đăng ký khai sinh tại Ủy ban nhân dân phường Hạc Thành',
    'Người đi đăng ký không phải cha, mẹ, ông, bà hoặc người thân thích của trẻ',
  ],
};

describe('Form 03 at the counter', () => {
  it('refuses to receive with the reasons and hands over a signed Form 03', async () => {
    const res = await call('POST', '/api/v1/dossiers/refusals', 'mc', refusalBody);
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ status: 3, allowedActions: [] });
    expect(d.code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
    const pdf = await call('GET', `/api/v1/dossiers/${d.id}/forms/refusal.pdf`, 'mc');
    expect(pdf.statusCode, pdf.body.slice(0, 500)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfsig(pdf.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const text = squash(inspectPdf(pdf.rawPayload).text);
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(d.code);
    expect(text).toContain('từ chối tiếp nhận, giải quyết hồ sơ này với 2 lý do sau');
    expect(text).toContain('1. Trẻ em đã được đăng ký khai sinh tại Ủy ban nhân dân phường Hạc Thành');
    expect(text).toContain('2. Người đi đăng ký không phải cha, mẹ, ông, bà hoặc người thân thích của trẻ');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('Lê Thị Một Cửa');
    expect(text).toContain(String(pdf.headers['x-verification-code']));
    // registered: public verification answers for it
    const verified = await t.app.inject({ url: `/api/v1/verification/${pdf.headers['x-verification-code']}` });
    expect(verified.json()).toMatchObject({ status: 'valid' });
    // nothing can be done on a refused dossier
    const again = await call('POST', `/api/v1/dossiers/${d.id}/actions`, 'mc', { action: 'receive', expectedVersion: d.version });
    expect(again.statusCode).toBe(409);
  });

  it('needs a reason, a one-stop officer and a named agency; bad input writes nothing', async () => {
    const before = await t.db.selectFrom('dossiers').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const bad: [object, string, number][] = [
      [{ ...refusalBody, reasons: [] }, 'mc', 400],
      [{ ...refusalBody, reasons: ['   '] }, 'mc', 400],
      [{ ...refusalBody, resolvingAgencyCode: undefined }, 'mc', 400],
      [{ ...refusalBody, channel: 'online' }, 'mc', 400],
      [refusalBody, 'cv', 403],
      [refusalBody, 'citizen', 403],
    ];
    for (const [body, token, status] of bad) {
      const r = await call('POST', '/api/v1/dossiers/refusals', token, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const after = await t.db.selectFrom('dossiers').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('Form 03 of an online refusal', () => {
  it('is downloadable by the applicant, signed, with the reason', async () => {
    const { reasons: _r, channel: _c, ...body } = refusalBody;
    const d = (await call('POST', '/api/v1/online/dossiers', 'citizen', body)).json();
    const refused = await call('POST', `/api/v1/dossiers/${d.id}/actions`, 'mc', {
      action: 'refuse',
      expectedVersion: d.version,
      reason: 'Thủ tục không thuộc thẩm quyền của Sở Tư pháp',
    });
    expect(refused.json()).toMatchObject({ status: 3 });
    const code = refused.json().code as string;
    expect(code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
    const pdf = await call('GET', `/api/v1/dossiers/${d.id}/forms/refusal.pdf`, 'citizen');
    expect(pdf.statusCode, pdf.body.slice(0, 500)).toBe(200);
    expect(pdfsig(pdf.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const text = squash(inspectPdf(pdf.rawPayload).text);
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('nhận được hồ sơ nộp trực tuyến của');
    expect(text).toContain('Thủ tục không thuộc thẩm quyền của Sở Tư pháp');
    expect(text).toContain(code);
    expect(text).not.toContain('NGƯỜI NỘP HỒ SƠ');
    // the same document on a second download
    const again = await call('GET', `/api/v1/dossiers/${d.id}/forms/refusal.pdf`, 'citizen');
    expect(again.rawPayload.equals(pdf.rawPayload)).toBe(true);
  });
});
