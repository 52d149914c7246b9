/**
 * The once-only story of issue 4, end to end over HTTP on real PostgreSQL: a paper digitised at a citizen's first
 * dossier is signed, lands in the citizen's warehouse and verifies; the second dossier that needs it goes through
 * without it and nobody can ask for it on paper; the officer's reads show in the citizen's access log; a result
 * issued on the second dossier lands in the warehouse, and its replacement and revocation show there and in the
 * public verification. Online, the citizen reuses the digitised copy with a consent per document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcedure, publishVersion } from '../src/national/catalogue/catalogue.service.ts';
import { readDigitisationMetadata } from '../src/platform/documents/compose.ts';
import { jpegSample } from '../src/platform/documents/samples.testkit.ts';
import { citizen, counterConsent, dossierTestApp, officer, registerContact, type DossierTestApp } from './fixtures.ts';
import { pdfsig } from '../src/platform/signing/pdfsig.testkit.ts';

let h: DossierTestApp;
const ME = '038087042028';
const ME_PHONE = '0912345678';
const PROC_B = '1.004227';

beforeAll(async () => {
  h = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Mai'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Nguyễn Văn Hùng'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
    me: citizen,
  }));
  await registerContact(h.t.db, { id: ME, name: 'Nguyễn Văn An' }, { phone: ME_PHONE });
  // procedure B also requires the birth certificate (GCS)
  const v = await createProcedure(h.t.db, 'system', PROC_B, {
    name: 'Đăng ký nhận cha, mẹ, con',
    sectorCode: 'HT',
    levels: ['province'],
    agencyCodes: ['000.00.06.H56'],
    onlineLevel: 'full',
    processing: {
      counter: { duration: 3, unit: 'working_day' },
      online: { duration: 3, unit: 'working_day' },
    },
    cases: [
      {
        name: 'Trường hợp thông thường',
        components: [
          { name: 'Tờ khai đăng ký nhận cha, mẹ, con', originals: 1, copies: 0 },
          { name: 'Giấy chứng sinh', originals: 0, copies: 1, documentTypeCode: 'GCS' },
        ],
      },
    ],
    fees: [],
    results: [{ code: 'KQ.G15.000100', name: 'Trích lục đăng ký nhận cha, mẹ, con' }],
    legalBasis: ['Luật Hộ tịch 2014'],
    workflowTemplateRef: null,
  });
  await publishVersion(h.t.db, 'system', PROC_B, v.id, { effectiveFrom: '2025-01-01' });
});
afterAll(async () => h.t.close());

const owner = { type: 'citizen', idNumber: ME, name: 'Nguyễn Văn An', birthDate: '1987-05-01' };
const TOKHAI_A = { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 };
const TOKHAI_B = {
  name: 'Tờ khai đăng ký nhận cha, mẹ, con',
  originals: 1,
  certifiedCopies: 0,
  photocopies: 0,
};
const GIAY_CS = {
  name: 'Giấy chứng sinh',
  documentTypeCode: 'GCS',
  originals: 1,
  certifiedCopies: 0,
  photocopies: 0,
};

const myDocuments = async () =>
  (await h.call('GET', '/api/v1/my/warehouse/documents?limit=200', 'me')).json().items as Record<
    string,
    unknown
  >[];
const accessLog = async () =>
  (await h.call('GET', '/api/v1/my/warehouse/access-log?limit=200', 'me')).json().items as Record<
    string,
    unknown
  >[];
const dossierCount = async () => (await h.t.db.selectFrom('dossiers').select('id').execute()).length;

describe('once-only: a paper digitised once is never asked for again', () => {
  let copyId: string; // the warehouse document of the digitised copy
  let copyCode: string;
  let dossier2: { id: string; code: string; version: number };

  it('dossier 1 (procedure A): the officer digitises the paper; the copy is signed and lands in the warehouse', async () => {
    const d1 = await h.call('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner,
      components: [TOKHAI_A, GIAY_CS],
    });
    expect(d1.statusCode, d1.body).toBe(201);
    const id1 = d1.json().id as string;
    const scan = await h.t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id1}/components/2/scans`,
      payload: await jpegSample(1240, 1754),
      headers: {
        authorization: 'Bearer mc',
        'content-type': 'image/jpeg',
        'x-file-name': 'giay-chung-sinh.jpg',
      },
    });
    expect(scan.statusCode, scan.body).toBe(201);
    const done = await h.call('POST', `/api/v1/dossiers/${id1}/components/2/digitise`, 'mc', {
      number: '123/2026/GCS',
      abstract: 'Giấy chứng sinh của cháu Nguyễn Minh Khang',
      issuedOn: '2026-11-02',
      issuer: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
      signer: 'Lê Văn Đức',
      permanent: true,
      validityScope: 'Toàn quốc',
    });
    expect(done.statusCode, done.body).toBe(201);
    const pdf = await h.call('GET', done.json().downloadUrl, 'me');
    expect(pdf.statusCode).toBe(200);
    expect(pdfsig(pdf.rawPayload)).toContain('Signature is Valid.');
    expect(await readDigitisationMetadata(pdf.rawPayload)).toMatchObject({
      documentTypeCode: 'GCS',
      ownerId: ME,
      state: 1,
    });

    const docs = await myDocuments();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      typeCode: 'GCS',
      name: 'Giấy chứng sinh',
      numberSymbol: '123/2026/GCS',
      issuer: { name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa' },
      issueDate: '2026-11-02',
      permanent: true,
      validityScope: 'national',
      provenance: 'digitised',
      signatureStatus: 'signed_valid',
      status: 'valid',
      origin: { dossierCode: d1.json().code, procedureCode: '1.001193' },
      file: { sha256: done.json().sha256, mime: 'application/pdf' },
    });
    copyId = docs[0]!.id as string;
    copyCode = docs[0]!.verificationCode as string;
    expect(copyCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(done.json().verificationCode).toBe(copyCode);

    // public verification: by its code, and by uploading the very file
    const byCode = await h.t.app.inject({ url: `/api/v1/verification/${copyCode}` });
    expect(byCode.statusCode).toBe(200);
    expect(byCode.json()).toMatchObject({
      verificationCode: copyCode,
      kind: 'digitised_copy',
      status: 'valid',
      owner: '038*****2028',
    });
    const byFile = await h.t.app.inject({
      method: 'POST',
      url: '/api/v1/verification',
      headers: { 'content-type': 'application/pdf' },
      payload: pdf.rawPayload,
    });
    expect(byFile.statusCode).toBe(200);
    expect(byFile.json()).toMatchObject({ valid: true, registered: { verificationCode: copyCode } });
  });

  it('dossier 2 (procedure B) at the counter: the paper is refused, reuse under the counter consent goes through', async () => {
    const before = await dossierCount();
    const asked = await h.call('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: PROC_B,
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner,
      components: [TOKHAI_B, GIAY_CS],
    });
    expect(asked.statusCode).toBe(409);
    expect(asked.headers['content-type']).toMatch(/problem\+json/);
    expect(asked.json()).toMatchObject({
      code: 'component-covered-by-warehouse',
      document: { id: copyId, typeCode: 'GCS' },
    });
    expect(await dossierCount()).toBe(before);

    // the person is at the counter: the code sent to their registered phone, read out, makes the consent
    const { consentId } = await counterConsent(
      h,
      'mc',
      { owner: { type: 'citizen', idNumber: ME }, purpose: 'Tiếp nhận hồ sơ đăng ký nhận cha, mẹ, con' },
      ME_PHONE,
    );
    const r = await h.call('POST', '/api/v1/dossiers', 'mc', {
      procedureCode: PROC_B,
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner,
      components: [TOKHAI_B],
      reuse: [{ documentTypeCode: 'GCS', documentId: copyId }],
      consentId,
    });
    expect(r.statusCode, r.body).toBe(201);
    dossier2 = r.json();
    const comps = await h.t.db
      .selectFrom('dossierComponents')
      .selectAll()
      .where('dossierId', '=', dossier2.id)
      .orderBy('seq')
      .execute();
    expect(comps.map((x) => [x.source, x.warehouseDocumentId])).toEqual([
      ['submitted', null],
      ['reused_document', copyId],
    ]);

    // the specialist reads the reused copy for the dossier; nobody may ask for the paper in a supplement
    const file = await h.call('GET', `/api/v1/dossiers/${dossier2.id}/reused/${copyId}/file`, 'cv');
    expect(file.statusCode).toBe(200);
    expect(pdfsig(file.rawPayload)).toContain('Signature is Valid.');
    const started = await h.call('POST', `/api/v1/dossiers/${dossier2.id}/actions`, 'cv', {
      action: 'start',
      expectedVersion: dossier2.version,
    });
    expect(started.statusCode).toBe(200);
    dossier2 = started.json();
    const supplement = await h.call('POST', `/api/v1/dossiers/${dossier2.id}/actions`, 'cv', {
      action: 'request_supplement',
      expectedVersion: dossier2.version,
      items: [{ name: 'Giấy chứng sinh', reason: 'Nộp bản sao' }],
    });
    expect(supplement.statusCode).toBe(409);
    expect(supplement.json()).toMatchObject({
      code: 'component-covered-by-warehouse',
      document: { id: copyId },
    });

    // the citizen sees who read it, for which dossier and purpose
    const log = await accessLog();
    expect(log).toContainEqual(
      expect.objectContaining({
        documentId: copyId,
        what: 'file',
        requesterName: 'Nguyễn Văn Hùng',
        agencyCode: '000.00.06.H56',
        dossierRef: dossier2.id,
        dossierCode: dossier2.code,
        purpose: `Giải quyết hồ sơ ${dossier2.code}`,
        consentId,
        outcome: 'ok',
      }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({ documentId: copyId, what: 'check', purpose: 'once-only check' }),
    );
  });

  it('a result issued on dossier 2 lands in the warehouse; replaced and revoked, both the warehouse and verification say so', async () => {
    const result = {
      resultTypeCode: 'KQ.G15.000100',
      resultTypeName: 'Trích lục đăng ký nhận cha, mẹ, con',
      numberSymbol: '07/TLNCMC-STP',
      abstract: 'Trích lục đăng ký nhận cha, mẹ, con (bản điện tử).',
      signerName: 'Phạm Lãnh Đạo',
      signerPosition: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      issueDate: '2026-11-27',
      permanent: true,
      scope: 'Toàn quốc',
      content: ['Ông Nguyễn Văn An đã được đăng ký nhận là cha của cháu Nguyễn Minh Khang.'],
    };
    const issued = await h.call('POST', `/api/v1/dossiers/${dossier2.id}/results`, 'ld', {
      ...result,
      expectedVersion: dossier2.version,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const r1 = issued.json();
    const inWarehouse = (await myDocuments()).find((x) => x.verificationCode === r1.verificationCode);
    expect(inWarehouse).toMatchObject({
      typeCode: 'KQ.G15.000100',
      provenance: 'issued',
      signatureStatus: 'signed_valid',
      numberSymbol: '07/TLNCMC-STP',
      issuer: { code: '000.00.06.H56', name: 'Sở Tư pháp tỉnh Thanh Hóa' },
      permanent: true,
      validityScope: 'national',
      status: 'valid',
      origin: { dossierCode: dossier2.code, procedureCode: PROC_B },
    });
    const file = await h.call('GET', `/api/v1/my/warehouse/documents/${String(inWarehouse!.id)}/file`, 'me');
    expect(pdfsig(file.rawPayload)).toContain('Signature is Valid.');

    const replaced = await h.call('POST', `/api/v1/dossiers/${dossier2.id}/results/${r1.id}/replace`, 'ld', {
      ...result,
      numberSymbol: '08/TLNCMC-STP',
      reason: 'Sai chính tả tên người con',
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    const r2 = replaced.json();
    let docs = await myDocuments();
    expect(docs.find((x) => x.verificationCode === r1.verificationCode)).toMatchObject({
      status: 'replaced',
    });
    expect(docs.find((x) => x.verificationCode === r2.verificationCode)).toMatchObject({
      status: 'valid',
      numberSymbol: '08/TLNCMC-STP',
    });
    expect(
      (await h.t.app.inject({ url: `/api/v1/verification/${r1.verificationCode}` })).json(),
    ).toMatchObject({
      status: 'replaced',
      replacedBy: r2.verificationCode,
    });

    const revoked = await h.call('POST', `/api/v1/dossiers/${dossier2.id}/results/${r2.id}/revoke`, 'ld', {
      reason: 'Cấp sai thẩm quyền',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    docs = await myDocuments();
    expect(docs.find((x) => x.verificationCode === r2.verificationCode)).toMatchObject({ status: 'revoked' });
    expect(
      (await h.t.app.inject({ url: `/api/v1/verification/${r2.verificationCode}` })).json(),
    ).toMatchObject({
      status: 'revoked',
      revokedReason: 'Cấp sai thẩm quyền',
    });
    const pending = await h.t.db
      .selectFrom('warehouseOutbox')
      .select('key')
      .where('deliveredAt', 'is', null)
      .execute();
    expect(pending).toEqual([]);
  });

  it('online: the citizen submits procedure B reusing the digitised copy with a consent for that document', async () => {
    const resolved = (
      await h.call('GET', `/api/v1/procedures/${PROC_B}/reuse?agencyCode=000.00.06.H56`, 'me')
    ).json();
    expect(resolved.components[1]).toMatchObject({
      covered: true,
      candidates: [{ reason: 'ok', document: { id: copyId } }],
    });
    const r = await h.call('POST', '/api/v1/online/dossiers', 'me', {
      procedureCode: PROC_B,
      resolvingAgencyCode: '000.00.06.H56',
      owner,
      components: [TOKHAI_B],
      reuse: [{ componentSeq: 2, documentId: copyId }],
    });
    expect(r.statusCode, r.body).toBe(201);
    const comp = await h.t.db
      .selectFrom('dossierComponents')
      .selectAll()
      .where('dossierId', '=', r.json().id)
      .where('warehouseDocumentId', '=', copyId)
      .executeTakeFirstOrThrow();
    expect(comp.source).toBe('reused_document');
    const consents = (await h.call('GET', '/api/v1/my/warehouse/consents', 'me')).json().items;
    expect(consents).toContainEqual(
      expect.objectContaining({
        id: comp.warehouseConsentId,
        channel: 'online',
        dossierRef: r.json().id,
        documentIds: [copyId],
        withdrawnAt: null,
      }),
    );
  });
});
