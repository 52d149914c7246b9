/** Electronic results over HTTP: issue (signed, registered, record_result applied), list, download, replace, revoke. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { citizen, dossierTestApp, officer } from '../../../test/fixtures.ts';
import { inspectPdf, squash } from '../forms/poppler.testkit.ts';
import { findResult, onResultIssued } from './results.service.ts';
import { onDossierCommitted } from '../dossiers/committed.ts';
import { pdfsig } from '../../platform/signing/pdfsig.testkit.ts';

let t: TestApp;

beforeAll(async () => {
  ({ t } = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49'),
    citizen,
  })));
});
afterAll(async () => t.close());

const req = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });

async function dossierInProcessing(): Promise<{ id: string; code: string; version: number }> {
  const d = (
    await req('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
      components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    })
  ).json();
  const started = await req('POST', `/api/v1/dossiers/${d.id}/actions`, 'cv', {
    action: 'start',
    expectedVersion: d.version,
  });
  expect(started.statusCode).toBe(200);
  return started.json();
}

const birthExtract = (over: Record<string, unknown> = {}) => ({
  resultTypeCode: 'KQ.G15.000342',
  resultTypeName: 'Trích lục khai sinh',
  template: 'birth-extract',
  numberSymbol: '15/TLKS-STP',
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
  ...over,
});

async function counts() {
  const [r, s, a] = await Promise.all([
    t.db.selectFrom('dossierResults').select('id').execute(),
    t.db.selectFrom('signedDocuments').select('id').execute(),
    t.db.selectFrom('dossierActions').select('id').execute(),
  ]);
  return { results: r.length, documents: s.length, actions: a.length };
}

describe('issuing an electronic result', () => {
  it('renders the birth extract, signs and registers it, records the result (status 9) and tells listeners', async () => {
    const seen: string[] = [];
    const off = onResultIssued(async (_tx, r) => {
      seen.push(r.numberSymbol);
    });
    const d = await dossierInProcessing();
    const res = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'ld', {
      ...birthExtract(),
      expectedVersion: d.version,
    });
    off();
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      resultTypeCode: 'KQ.G15.000342',
      numberSymbol: '15/TLKS-STP',
      issuer: { code: '000.00.06.H56', name: 'Sở Tư pháp tỉnh Thanh Hóa' },
      signerPosition: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      permanent: true,
      validUntil: null,
      status: 'valid',
      ownerIdNumber: '038087042028',
      template: 'KQ-TLKS@1',
    });
    expect(seen).toEqual(['15/TLKS-STP']);
    const dossier = (await req('GET', `/api/v1/dossiers/${d.id}`, 'cv')).json();
    expect(dossier.status).toBe(9);

    const pdf = await req('GET', `/api/v1/dossiers/${d.id}/results/${r.id}/pdf`, 'citizen');
    expect(pdf.statusCode).toBe(200);
    expect(pdfsig(pdf.rawPayload)).toContain('Signature Validation: Signature is Valid.');
    const text = squash(inspectPdf(pdf.rawPayload).text);
    for (const s of [
      'TRÍCH LỤC KHAI SINH',
      '(Bản điện tử)',
      'Nguyễn Minh Khang',
      'Số: 15/TLKS-STP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      r.verificationCode,
    ]) {
      expect(text).toContain(s);
    }
    const verified = (await t.app.inject({ url: `/api/v1/verification/${r.verificationCode}` })).json();
    expect(verified).toMatchObject({
      kind: 'result',
      status: 'valid',
      title: 'Trích lục khai sinh số 15/TLKS-STP',
    });

    const found = await findResult(t.db, r.id);
    expect(found).toMatchObject({
      ownerIdNumber: '038087042028',
      blobSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const list = await req('GET', `/api/v1/dossiers/${d.id}/results`, 'citizen');
    expect(list.json()).toHaveLength(1);
  });

  it('wakes the sync sender once the result has committed (its status-9 sync event is visible to other connections)', async () => {
    const d = await dossierInProcessing();
    const seen: Promise<string[]>[] = [];
    const off = onDossierCommitted(() => {
      // another pooled connection: it sees the event only if the transaction has committed
      seen.push(
        t.db
          .selectFrom('syncOutbox')
          .select('event')
          .where('dossierId', '=', d.id)
          .execute()
          .then((rows) => rows.map((r) => String((r.event as { DongBoHoSoMC?: { TrangThaiHoSo?: string } }).DongBoHoSoMC?.TrangThaiHoSo))),
      );
    });
    const res = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'ld', { ...birthExtract(), expectedVersion: d.version });
    off();
    expect(res.statusCode).toBe(201);
    expect(seen.length).toBeGreaterThan(0);
    expect(await seen.at(-1)).toContain('9'); // the result recorded: status 9
  });

  it('issues a generic decision with a validity end', async () => {
    const d = await dossierInProcessing();
    const res = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'cv', {
      resultTypeCode: 'KQ.H56.000001',
      resultTypeName: 'Quyết định',
      numberSymbol: '101/QĐ-STP',
      abstract: 'Về việc cấp giấy phép hoạt động',
      signerName: 'Phạm Lãnh Đạo',
      signerPosition: ['GIÁM ĐỐC'],
      issueDate: '2026-11-27',
      validUntil: '2031-11-26',
      permanent: false,
      content: [
        'Điều 1. Cấp giấy phép cho ông Nguyễn Văn An.',
        'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
      ],
      expectedVersion: d.version,
    });
    expect(res.statusCode).toBe(201);
    const pdf = await req('GET', `/api/v1/dossiers/${d.id}/results/${res.json().id}/pdf`, 'cv');
    expect(squash(inspectPdf(pdf.rawPayload).text)).toContain('Về việc cấp giấy phép hoạt động');
  });
});

describe('bad input on results changes nothing', () => {
  it('refuses a second result for the same dossier with 409 result-already-issued', async () => {
    const d = await dossierInProcessing();
    const first = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'ld', {
      ...birthExtract(),
      expectedVersion: d.version,
    });
    expect(first.statusCode).toBe(201);
    const before = await counts();
    const cur = (await req('GET', `/api/v1/dossiers/${d.id}`, 'cv')).json();
    const again = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'ld', {
      ...birthExtract(),
      expectedVersion: cur.version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({ code: 'result-already-issued' });
    expect(await counts()).toEqual(before);
  });

  it('refuses officers without the role (403) and of another agency (404, not revealed)', async () => {
    const d = await dossierInProcessing();
    const before = await counts();
    const mc = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'mc', {
      ...birthExtract(),
      expectedVersion: d.version,
    });
    expect(mc.statusCode).toBe(403);
    expect(mc.json()).toMatchObject({ code: 'forbidden' });
    const other = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'cv49', {
      ...birthExtract(),
      expectedVersion: d.version,
    });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'dossier-not-found' });
    const citizenTry = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'citizen', {
      ...birthExtract(),
      expectedVersion: d.version,
    });
    expect(citizenTry.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('refuses a missing required fact, a validity end on a permanent result, unknown fields, a stale version', async () => {
    const d = await dossierInProcessing();
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [
        { ...birthExtract({ details: { fullName: 'A', gender: 'Nam' } }), expectedVersion: d.version },
        'validation-failed',
      ],
      [{ ...birthExtract({ validUntil: '2030-01-01' }), expectedVersion: d.version }, 'validation-failed'],
      [{ ...birthExtract({ permanent: false }), expectedVersion: d.version }, 'validation-failed'],
      [{ ...birthExtract({ colour: 'red' }), expectedVersion: d.version }, 'validation-failed'],
      [{ ...birthExtract(), expectedVersion: d.version + 5 }, 'dossier-version-conflict'],
    ];
    for (const [body, code] of cases) {
      const res = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'ld', body);
      expect(res.json(), JSON.stringify(body).slice(0, 80)).toMatchObject({ code });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a result for a dossier not in a status where record_result is allowed', async () => {
    const d = (
      await req('POST', '/api/v1/dossiers', 'mc', {
        procedureCode: '1.001193',
        resolvingAgencyCode: '000.00.06.H56',
        channel: 'counter',
        owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
        components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
      })
    ).json();
    const cur = (await req('GET', `/api/v1/dossiers/${d.id}`, 'cv')).json();
    await req('POST', `/api/v1/dossiers/${d.id}/actions`, 'mc', {
      action: 'withdraw',
      expectedVersion: cur.version,
      reason: 'Người dân rút hồ sơ',
    });
    const now = (await req('GET', `/api/v1/dossiers/${d.id}`, 'cv')).json();
    expect(now.status).toBe(7);
    const before = await counts();
    const res = await req('POST', `/api/v1/dossiers/${d.id}/results`, 'ld', {
      ...birthExtract(),
      expectedVersion: now.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'dossier-transition-not-allowed' });
    expect(await counts()).toEqual(before);
  });
});

describe('replacing and revoking a result', () => {
  it('replaces (linked, shown by verification), then refuses to replace or revoke the old one again', async () => {
    const d = await dossierInProcessing();
    const old = (
      await req('POST', `/api/v1/dossiers/${d.id}/results`, 'ld', {
        ...birthExtract(),
        expectedVersion: d.version,
      })
    ).json();
    const rep = await req('POST', `/api/v1/dossiers/${d.id}/results/${old.id}/replace`, 'ld', {
      ...birthExtract({ numberSymbol: '16/TLKS-STP' }),
      reason: 'Sai ngày sinh',
    });
    expect(rep.statusCode).toBe(201);
    const neu = rep.json();
    expect(neu).toMatchObject({ replacesId: old.id, status: 'valid', numberSymbol: '16/TLKS-STP' });
    const v = (await t.app.inject({ url: `/api/v1/verification/${old.verificationCode}` })).json();
    expect(v).toMatchObject({ status: 'replaced', replacedBy: neu.verificationCode });
    const before = await counts();
    const again = await req('POST', `/api/v1/dossiers/${d.id}/results/${old.id}/replace`, 'ld', {
      ...birthExtract({ numberSymbol: '17/TLKS-STP' }),
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'result-not-valid' });
    expect(await counts()).toEqual(before);

    const revoked = await req('POST', `/api/v1/dossiers/${d.id}/results/${neu.id}/revoke`, 'ld', {
      reason: 'Cấp sai đối tượng',
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedReason: 'Cấp sai đối tượng' });
    const vr = (await t.app.inject({ url: `/api/v1/verification/${neu.verificationCode}` })).json();
    expect(vr).toMatchObject({ status: 'revoked', revokedReason: 'Cấp sai đối tượng' });

    const twice = await req('POST', `/api/v1/dossiers/${d.id}/results/${neu.id}/revoke`, 'ld', {
      reason: 'Lần hai',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'result-not-valid' });
    const replaceRevoked = await req('POST', `/api/v1/dossiers/${d.id}/results/${neu.id}/replace`, 'ld', {
      ...birthExtract({ numberSymbol: '18/TLKS-STP' }),
      reason: 'x',
    });
    expect(replaceRevoked.statusCode).toBe(409);
    expect(replaceRevoked.json()).toMatchObject({ code: 'result-not-valid' });
    const unknown = await req(
      'POST',
      `/api/v1/dossiers/${d.id}/results/00000000-0000-4000-8000-000000000000/revoke`,
      'ld',
      { reason: 'x' },
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'result-not-found' });
  });
});
