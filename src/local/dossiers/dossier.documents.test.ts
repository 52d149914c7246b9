/** The standard forms are issued signed and registered, once per producing action. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { citizen, dossierTestApp, officer } from '../../../test/fixtures.ts';
import { inspectPdf, squash } from '../forms/poppler.testkit.ts';
import { pdfsig } from '../../platform/signing/pdfsig.testkit.ts';

let t: TestApp;

beforeAll(async () => {
  ({ t } = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49'),
    citizen,
  })));
});
afterAll(async () => t.close());

const get = (url: string, token: string) =>
  t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

async function receive(): Promise<{ id: string; code: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: { authorization: 'Bearer mc' },
    payload: {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
      components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('signed standard forms', () => {
  it('issues the receipt signed, with its verification code and QR, and serves the same document again', async () => {
    const d = await receive();
    const first = await get(`/api/v1/dossiers/${d.id}/forms/receipt.pdf`, 'mc');
    expect(first.statusCode).toBe(200);
    const code = String(first.headers['x-verification-code']);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(pdfsig(first.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const report = inspectPdf(first.rawPayload);
    expect(squash(report.text)).toContain(code);
    expect(squash(report.text)).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(report.images).toMatch(/image/);

    const again = await get(`/api/v1/dossiers/${d.id}/forms/receipt.pdf`, 'cv');
    expect(again.headers['x-verification-code']).toBe(code);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const rows = await t.db.selectFrom('signedDocuments').selectAll().where('dossierId', '=', d.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'receipt', ownerIdNumber: '038087042028' });

    const verified = await t.app.inject({ url: `/api/v1/verification/${code}` });
    expect(verified.json()).toMatchObject({ kind: 'receipt', status: 'valid', owner: '038*****2028' });
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/verification',
      headers: { 'content-type': 'application/pdf' },
      payload: first.rawPayload,
    });
    expect(upload.json()).toMatchObject({ valid: true, registered: { verificationCode: code } });
  });

  it('issues one document per form and action; concurrent first downloads give the same document', async () => {
    const d = await receive();
    const [a, b] = await Promise.all([
      get(`/api/v1/dossiers/${d.id}/forms/receipt.pdf`, 'mc'),
      get(`/api/v1/dossiers/${d.id}/forms/receipt.pdf`, 'mc'),
    ]);
    expect(a.headers['x-verification-code']).toBe(b.headers['x-verification-code']);
    const cur = (await get(`/api/v1/dossiers/${d.id}`, 'mc')).json();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/actions`,
      headers: { authorization: 'Bearer mc' },
      payload: {
        action: 'request_supplement',
        expectedVersion: cur.version,
        items: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp mờ' }],
      },
    });
    const sup = await get(`/api/v1/dossiers/${d.id}/forms/supplement-request.pdf`, 'mc');
    expect(sup.statusCode).toBe(200);
    expect(sup.headers['x-verification-code']).not.toBe(a.headers['x-verification-code']);
    const kinds = await t.db
      .selectFrom('signedDocuments')
      .select('kind')
      .where('dossierId', '=', d.id)
      .orderBy('issuedAt')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual(['receipt', 'form']);
  });

  it('registers nothing for a form the dossier has no action for, or for an officer out of scope', async () => {
    const d = await receive();
    const none = await get(`/api/v1/dossiers/${d.id}/forms/refusal.pdf`, 'mc');
    expect(none.statusCode).toBe(404);
    expect(none.headers['content-type']).toContain('application/problem+json');
    const stranger = await get(`/api/v1/dossiers/${d.id}/forms/receipt.pdf`, 'cv49');
    expect(stranger.statusCode).toBe(404);
    expect(
      await t.db.selectFrom('signedDocuments').select('id').where('dossierId', '=', d.id).execute(),
    ).toHaveLength(0);
  });
});
