/**
 * Form 01 as issued through HTTP (issue 13.12, 14.9): sections numbered without gaps, an online dossier received at
 * night gets its appointment date (never "trả kết quả ngay"), the tracking link opens the web app's tracking page,
 * the receiving unit and the resolving agency are named apart, the signatures stay with the content, and the
 * receiver is the unit that received (a centre receiving for another agency), the return place where it was received.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { citizen, dossierTestApp, officer, publishProcedure } from '../../../test/fixtures.ts';
import { inspectPdf, squash as squashAll } from '../forms/poppler.testkit.ts';
import { pdfsig } from '../../platform/signing/pdfsig.testkit.ts';

let t: TestApp;
/** The text as read, without the verification address printed up the margin (pdftotext may set it inside a line). */
const squash = (text: string): string => squashAll(text.replace(/Xác thực tại: \S+/g, ' '));
let centreOfficer: string;

beforeAll(async () => {
  ({ t } = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Một Cửa'),
    mcProvince: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Hoàng Văn Trung Tâm'),
    citizen,
  })));
  centreOfficer = 'mcProvince';
  // the province's public-service centre: the one-stop unit of the province's People's Committee
  const h56 = await t.db.selectFrom('agencies').select('id').where('code', '=', '000.00.00.H56').executeTakeFirstOrThrow();
  const justice = await t.db.selectFrom('agencies').select('id').where('code', '=', '000.00.06.H56').executeTakeFirstOrThrow();
  await t.db
    .insertInto('oneStopUnits')
    .values([
      { agencyId: h56.id, code: 'TTPVHCC.H56', name: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa', validFrom: '2025-07-01' },
      { agencyId: justice.id, code: 'MC.STP.H56', name: 'Bộ phận Một cửa Sở Tư pháp tỉnh Thanh Hóa', validFrom: '2025-07-01' },
    ])
    .execute();
  await publishProcedure(t.db, '2.000815', ['000.00.06.H56'], { immediate: true });
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

const at = (s: string) => vi.setSystemTime(new Date(`${s}+07:00`));
const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

const owner = {
  type: 'citizen',
  idNumber: '038087042028',
  name: 'Nguyễn Văn An',
  birthDate: '1987-05-01',
  address: 'Số 12 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
  phone: '0912345678',
  email: 'an.nguyen@example.vn',
};

const components = [
  { name: 'Tờ khai đăng ký khai sinh theo mẫu quy định', originals: 1, certifiedCopies: 0, photocopies: 0 },
  { name: 'Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp', originals: 1, certifiedCopies: 0, photocopies: 0 },
  { name: 'Văn bản ủy quyền có chứng thực (trường hợp ủy quyền)', originals: 0, certifiedCopies: 1, photocopies: 0 },
  { name: 'Giấy tờ chứng minh nơi cư trú của người mẹ', originals: 0, certifiedCopies: 0, photocopies: 1 },
];

describe('Form 01 (receipt and appointment)', () => {
  it('gives an online dossier accepted at 22:47 its appointment, numbers sections 1–7, links the tracking page', async () => {
    at('2026-03-10T22:45:00'); // a Tuesday
    const d = (
      await call('POST', '/api/v1/online/dossiers', 'citizen', {
        procedureCode: '2.000815',
        resolvingAgencyCode: '000.00.06.H56',
        owner,
        components: components.slice(0, 2),
      })
    ).json();
    at('2026-03-10T22:47:00');
    const received = await call('POST', `/api/v1/dossiers/${d.id}/actions`, 'mc', {
      action: 'receive',
      expectedVersion: d.version,
    });
    expect(received.statusCode).toBe(200);
    const code = received.json().code as string;
    const res = await call('GET', `/api/v1/dossiers/${d.id}/forms/receipt.pdf`, 'mc');
    expect(res.statusCode).toBe(200);
    expect(pdfsig(res.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const report = inspectPdf(res.rawPayload);
    const text = squash(report.text);
    expect(text).not.toContain('trả kết quả ngay');
    // the clock starts Wednesday 07:30: the result is due by that working day's close
    expect(text).toMatch(/Thời gian trả kết quả giải quyết hồ sơ: 1[67] giờ \d\d phút, ngày 11 tháng 3 năm 2026/);
    const numbers = [...report.text.matchAll(/^\s*(\d)\. (?:Thành phần|Số lượng|Thời hạn|Thời gian|Phí|Nơi)/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeGreaterThanOrEqual(6);
    const page = `http://127.0.0.1:3000/tra-cuu/${code}`;
    expect(text.replace(/ /g, '')).toContain(page);
    expect(text).not.toContain('/api/v1/tracking');
    // the web app's tracking page for a code (web/src/App.tsx), which the server answers with the app for a browser
    expect(readFileSync(new URL('../../../web/src/App.tsx', import.meta.url), 'utf8')).toContain('path="tra-cuu/:code"');
    // one unit name, not two run together
    expect(text).toContain('Bộ phận Một cửa Sở Tư pháp tỉnh Thanh Hóa tiếp nhận hồ sơ của');
    expect(text).not.toContain('Thanh Hóa Sở Tư pháp');
  });

  it('fits a four-paper receipt on one page, signatures with the content', async () => {
    at('2026-03-11T09:30:00');
    const d = await call('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner,
      components,
    });
    expect(d.statusCode).toBe(201);
    const res = await call('GET', `/api/v1/dossiers/${d.json().id}/forms/receipt.pdf`, 'mc');
    expect(pdfsig(res.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const report = inspectPdf(res.rawPayload);
    expect(report.pages).toBe(1);
    expect(squash(report.text)).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });

  it('keeps the signatures with the closing note when the papers fill the page', async () => {
    at('2026-03-11T09:40:00');
    const many = Array.from({ length: 14 }, (_, k) => ({ ...components[k % 4]!, name: `${components[k % 4]!.name} (${k + 1})` }));
    const d = await call('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner,
      components: many,
    });
    const res = await call('GET', `/api/v1/dossiers/${d.json().id}/forms/receipt.pdf`, 'mc');
    const pages = inspectPdf(res.rawPayload).text.split('\f').filter((p) => p.trim());
    const last = squash(pages.at(-1)!);
    expect(last).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(last).toContain('tình hình giải quyết hồ sơ được tra cứu');
  });
});

describe('return place and receiver (law-2025 §8)', () => {
  it('names the centre that received for a ward as the receiver and returns the result there by default', async () => {
    at('2026-03-11T10:00:00');
    const h56 = await t.db.selectFrom('agencies').select('id').where('code', '=', '000.00.00.H56').executeTakeFirstOrThrow();
    const ward = await t.db
      .insertInto('agencies')
      .values({ code: '000.01.31.H56', name: 'Ủy ban nhân dân Phường Hạc Thành', level: 3, kind: 'commune', parentId: h56.id, nodeCode: 'H56', validFrom: '2025-07-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('oneStopUnits')
      .values({ agencyId: ward.id, code: 'MC.H56.14797', name: 'Bộ phận Một cửa Phường Hạc Thành', validFrom: '2025-07-01' })
      .execute();
    await publishProcedure(t.db, '1.000656', ['000.01.31.H56']);
    const res = await call('POST', '/api/v1/dossiers', centreOfficer, {
      procedureCode: '1.000656',
      resolvingAgencyCode: '000.01.31.H56',
      channel: 'counter',
      owner,
      components: components.slice(0, 1),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ returnAtReception: true });
    const pdf = await call('GET', `/api/v1/dossiers/${res.json().id}/forms/receipt.pdf`, centreOfficer);
    expect(pdf.statusCode).toBe(200);
    expect(pdfsig(pdf.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const text = squash(inspectPdf(pdf.rawPayload).text);
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH');
    expect(text).toContain('Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa tiếp nhận hồ sơ của');
    expect(text).toContain('Cơ quan giải quyết hồ sơ: Ủy ban nhân dân Phường Hạc Thành');
    expect(text).toContain('Nhận trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa');
    expect(text).not.toContain('Bộ phận Một cửa Phường Hạc Thành tiếp nhận');

    // asked to get it at the ward: the return place is the ward's unit, the receiver still the centre
    const atWard = await call('POST', '/api/v1/dossiers', centreOfficer, {
      procedureCode: '1.000656',
      resolvingAgencyCode: '000.01.31.H56',
      channel: 'counter',
      owner,
      components: components.slice(0, 1),
      returnAtReception: false,
    });
    const text2 = squash(inspectPdf((await call('GET', `/api/v1/dossiers/${atWard.json().id}/forms/receipt.pdf`, centreOfficer)).rawPayload).text);
    expect(text2).toContain('Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa tiếp nhận hồ sơ của');
    expect(text2).toContain('Nhận trực tiếp tại Bộ phận Một cửa Phường Hạc Thành');
  });
});
