/**
 * Return place and receiver on the system as shipped (issue 14.9, law-2025.md §8): on the demo seed, the one-stop
 * officer of Quảng Ninh's provincial centre (mc.h49, at 000.00.00.H49) receives a birth registration for Phường Hạ
 * Long (000.01.31.H49). Form 01 names the centre as the receiver and the ward's People's Committee as the competent
 * agency, and the result is returned at the centre unless the person asked for the ward.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { officer } from '../../../test/fixtures.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { seedDemo } from '../../demo/seed.ts';
import { inspectPdf, squash as squashAll } from '../forms/poppler.testkit.ts';
import { pdfsig } from '../../platform/signing/pdfsig.testkit.ts';

let t: TestApp;
const principals: Record<string, Principal> = {};
const squash = (text: string): string => squashAll(text.replace(/Xác thực tại: \S+/g, ' '));

beforeAll(async () => {
  t = await createTestApp({}, { principals });
  await seedDemo(t.db);
  const province = await t.db.selectFrom('agencies').select('id').where('code', '=', '000.00.00.H49').executeTakeFirstOrThrow();
  // the shipped mc.h49's grant (src/platform/identity/demo-identities.ts)
  principals.mc = officer('one_stop_officer', province.id, '000.00.00.H49', 'Vũ Thị Hương');
}, 120_000);
afterAll(async () => t.close());

const receive = (extra: object = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: { authorization: 'Bearer mc' },
    payload: {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.01.31.H49',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: '022087042028', name: 'Đỗ Thị Lan', birthDate: '1987-05-01' },
      components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
      ...extra,
    },
  });

describe('Form 01 on the shipped demo: a centre receiving for a ward', () => {
  it('names the centre as receiver and return place, the ward as competent agency', async () => {
    const res = await receive();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ returnAtReception: true });
    const pdf = await t.app.inject({
      url: `/api/v1/dossiers/${res.json().id}/forms/receipt.pdf`,
      headers: { authorization: 'Bearer mc' },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdfsig(pdf.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const text = squash(inspectPdf(pdf.rawPayload).text);
    expect(text).toContain('Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh tiếp nhận hồ sơ của');
    expect(text).toContain('Cơ quan giải quyết hồ sơ: Ủy ban nhân dân Phường Hạ Long');
    expect(text).toContain('Nhận trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh');
    expect(text).not.toContain('Bộ phận Một cửa Phường Hạ Long tiếp nhận');

    const atWard = await receive({ returnAtReception: false });
    const pdf2 = await t.app.inject({
      url: `/api/v1/dossiers/${atWard.json().id}/forms/receipt.pdf`,
      headers: { authorization: 'Bearer mc' },
    });
    expect(squash(inspectPdf(pdf2.rawPayload).text)).toContain('Nhận trực tiếp tại Bộ phận Một cửa Phường Hạ Long');
  });
});
