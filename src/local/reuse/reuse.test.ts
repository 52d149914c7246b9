import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizen,
  counterConsent,
  dossierTestApp,
  officer,
  registerContact,
  type DossierTestApp,
} from '../../../test/fixtures.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import type { LocalDiskBlobStore } from '../../platform/storage/local-disk.ts';
import { depositDigitised, portFor } from '../../national/warehouse/warehouse.test-helpers.ts';
import { countVerificationRequests, reuseCounts } from './reuse.repository.ts';

let d: DossierTestApp;
let port: NationalPort;
let blobs: LocalDiskBlobStore;
const ME = '038087042028';
const ME_PHONE = '0912345678';
const OTHER = '022192004321';
const other = {
  kind: 'citizen' as const,
  id: '00000000-0000-4000-9000-000000000002',
  personalId: OTHER,
  name: 'Phạm Thị Hạ Long',
  loa: 2,
};
let gcs: string;

beforeAll(async () => {
  d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56', 'Lê Thị Mai'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Nguyễn Văn Hùng'),
    me: citizen,
    other,
  }));
  ({ port, blobs } = portFor(d.t.db, d.t.config.DATA_DIR));
  await registerContact(d.t.db, { id: ME, name: 'Nguyễn Văn An' }, { phone: ME_PHONE });
  // the first dossier digitised the birth certificate into the warehouse
  gcs = await depositDigitised(port, blobs, ME);
});
afterAll(async () => d.t.close());

const owner = { type: 'citizen', idNumber: ME, name: 'Nguyễn Văn An', birthDate: '1987-05-01' };
const TOKHAI = { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 };
const GIAY_CS = {
  name: 'Giấy chứng sinh',
  documentTypeCode: 'GCS',
  originals: 1,
  certifiedCopies: 0,
  photocopies: 0,
};
const counter = (extra: Record<string, unknown>) => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  owner,
  ...extra,
});
const accessLog = async (token: string) =>
  (await d.call('GET', '/api/v1/my/warehouse/access-log?limit=200', token)).json().items as Record<
    string,
    unknown
  >[];
const dossierCount = async () => (await d.t.db.selectFrom('dossiers').select('id').execute()).length;

describe('the second dossier (once-only)', () => {
  let dossierId: string;
  let consentId: string;

  it('refuses a counter checklist asking on paper for a component the warehouse covers, logged as a system check', async () => {
    const before = await dossierCount();
    const r = await d.call(
      'POST',
      '/api/v1/dossiers',
      'mc',
      counter({ components: [TOKHAI, { ...GIAY_CS, documentTypeCode: undefined }] }),
    );
    expect(r.statusCode).toBe(409);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    expect(r.json()).toMatchObject({
      code: 'component-covered-by-warehouse',
      component: 'Giấy chứng sinh',
      document: { id: gcs, typeCode: 'GCS', numberSymbol: '123/GCS', issuer: { code: '000.00.06.H56' } },
    });
    expect(JSON.stringify(r.json())).not.toContain('Nguyễn Văn Bình'); // no content beyond identifying fields
    expect(await dossierCount()).toBe(before);
    expect(await accessLog('me')).toContainEqual(
      expect.objectContaining({
        documentId: gcs,
        what: 'check',
        purpose: 'once-only check',
        requesterKind: 'system',
        outcome: 'ok',
      }),
    );
  });

  it('shows the officer nothing before the person consents; after the counter consent, lists and resolves (logged)', async () => {
    const bogus = await d.call(
      'GET',
      '/api/v1/reuse/counter-consents/00000000-0000-4000-8000-000000000099/documents',
      'mc',
    );
    expect(bogus.statusCode).toBe(404);
    ({ consentId } = await counterConsent(
      d,
      'mc',
      { owner: { type: 'citizen', idNumber: ME }, purpose: 'Tiếp nhận hồ sơ đăng ký khai sinh' },
      ME_PHONE,
    ));
    const docs = await d.call('GET', `/api/v1/reuse/counter-consents/${consentId}/documents`, 'mc');
    expect(docs.json().items.map((x: { id: string }) => x.id)).toEqual([gcs]);
    const res = (
      await d.call('GET', `/api/v1/reuse/counter-consents/${consentId}/resolve?procedureCode=1.001193`, 'mc')
    ).json();
    expect(res.components[1]).toMatchObject({
      documentTypeCode: 'GCS',
      covered: true,
      candidates: [{ reason: 'ok', matchedBy: 'document-type', document: { id: gcs } }],
    });
    expect(await accessLog('me')).toContainEqual(
      expect.objectContaining({
        documentId: gcs,
        what: 'metadata',
        requesterName: 'Lê Thị Mai',
        agencyCode: '000.00.06.H56',
        consentId,
        outcome: 'ok',
      }),
    );
    // a specialist is not a one-stop officer: no counter consent
    expect(
      (
        await d.call('POST', '/api/v1/reuse/counter-consents', 'cv', {
          owner: { type: 'citizen', idNumber: ME },
          purpose: 'x',
        })
      ).statusCode,
    ).toBe(403);
    // bad input
    for (const body of [
      { owner: { type: 'citizen', idNumber: '123456789012' }, purpose: 'x' },
      { owner: { type: 'citizen', idNumber: ME }, purpose: 'x', extra: 1 },
    ]) {
      const bad = await d.call('POST', '/api/v1/reuse/counter-consents', 'mc', body);
      expect(bad.statusCode).toBe(400);
    }
  });

  it('receives the second dossier without the paper, the component recorded as reused with its document', async () => {
    const r = await d.call(
      'POST',
      '/api/v1/dossiers',
      'mc',
      counter({ components: [TOKHAI], reuse: [{ documentTypeCode: 'GCS', documentId: gcs }], consentId }),
    );
    expect(r.statusCode, r.body).toBe(201);
    dossierId = r.json().id;
    const comps = await d.t.db
      .selectFrom('dossierComponents')
      .selectAll()
      .where('dossierId', '=', dossierId)
      .orderBy('seq')
      .execute();
    expect(comps.map((c) => [c.name, c.source, c.warehouseDocumentId, c.warehouseConsentId])).toEqual([
      ['Tờ khai đăng ký khai sinh', 'submitted', null, null],
      ['Giấy chứng sinh', 'reused_document', gcs, consentId],
    ]);
    // an officer of the agency reads it for the dossier; the owner sees who, which dossier, what purpose
    const meta = await d.call('GET', `/api/v1/dossiers/${dossierId}/reused/${gcs}`, 'cv');
    expect(meta.statusCode).toBe(200);
    const file = await d.call('GET', `/api/v1/dossiers/${dossierId}/reused/${gcs}/file`, 'cv');
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const log = await accessLog('me');
    expect(log).toContainEqual(
      expect.objectContaining({
        documentId: gcs,
        what: 'file',
        requesterName: 'Nguyễn Văn Hùng',
        dossierRef: dossierId,
        dossierCode: r.json().code,
        consentId,
        outcome: 'ok',
      }),
    );
    expect(
      (
        await reuseCounts(d.t.db, {
          from: '2000-01-01T00:00:00Z',
          to: '2100-01-01T00:00:00Z',
          agencyId: d.ids.h56justice,
        })
      )[0],
    ).toMatchObject({ dossiersWithReuse: 1, reusedDocuments: 1 });
  });

  it('refuses a supplement request for the covered component, but allows it as an audited, counted verification', async () => {
    const v = (
      await d.t.db
        .selectFrom('dossiers')
        .select('version')
        .where('id', '=', dossierId)
        .executeTakeFirstOrThrow()
    ).version;
    const started = await d.call('POST', `/api/v1/dossiers/${dossierId}/actions`, 'cv', {
      action: 'start',
      expectedVersion: v,
    });
    const ask = (items: unknown[]) =>
      d.call('POST', `/api/v1/dossiers/${dossierId}/actions`, 'cv', {
        action: 'request_supplement',
        expectedVersion: started.json().version,
        items,
      });
    const refused = await ask([{ name: 'Giấy chứng sinh', reason: 'Nộp bản chính' }]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'component-covered-by-warehouse', document: { id: gcs } });
    const from = new Date(Date.now() - 3600_000).toISOString();
    const to = new Date(Date.now() + 3600_000).toISOString();
    expect(await countVerificationRequests(d.t.db, { agencyId: d.ids.h56justice, from, to })).toBe(0);
    const verified = await ask([
      {
        name: 'Giấy chứng sinh',
        reason: 'Đối chiếu bản chính',
        verification: { reason: 'Thông tin trên bản số hóa không khớp với tờ khai' },
      },
    ]);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(await countVerificationRequests(d.t.db, { agencyId: d.ids.h56justice, from, to })).toBe(1);
    const stats = await d.call(
      'GET',
      `/api/v1/reuse/statistics?agencyId=${d.ids.h56justice}&from=${from}&to=${to}`,
      'cv',
    );
    expect(stats.json()).toMatchObject({ verificationRequests: 1, reuse: { reusedDocuments: 1 } });
  });

  it('allows paper as a verification at reception (audited and counted)', async () => {
    const r = await d.call(
      'POST',
      '/api/v1/dossiers',
      'mc',
      counter({ components: [TOKHAI, { ...GIAY_CS, verification: { reason: 'Bản số hóa bị mờ' } }] }),
    );
    expect(r.statusCode, r.body).toBe(201);
    const from = new Date(Date.now() - 3600_000).toISOString();
    expect(
      await countVerificationRequests(d.t.db, {
        agencyId: d.ids.h56justice,
        from,
        to: new Date(Date.now() + 3600_000).toISOString(),
      }),
    ).toBe(2);
  });

  it('refuses a read without a consent for that dossier (403, logged for the owner)', async () => {
    const plain = (
      await d.call(
        'POST',
        '/api/v1/dossiers',
        'mc',
        counter({ components: [TOKHAI, { ...GIAY_CS, verification: { reason: 'Đối chiếu' } }] }),
      )
    ).json();
    const r = await d.call('GET', `/api/v1/dossiers/${plain.id}/reused/${gcs}/file`, 'cv');
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('warehouse-access-refused');
    expect(await accessLog('me')).toContainEqual(
      expect.objectContaining({
        documentId: gcs,
        what: 'file',
        dossierRef: plain.id,
        outcome: 'refused',
        reason: 'no-consent',
      }),
    );
    // reusing at the counter without the person's consent
    const noConsent = await d.call(
      'POST',
      '/api/v1/dossiers',
      'mc',
      counter({ components: [TOKHAI], reuse: [{ componentSeq: 2, documentId: gcs }] }),
    );
    expect(noConsent.statusCode).toBe(403);
  });
});

describe('online reuse with consent per document', () => {
  it('resolves with reasons, refuses unusable or foreign documents (nothing written), records and honours withdrawal', async () => {
    const expired = await depositDigitised(port, blobs, ME, {
      permanent: false,
      validUntil: '2021-01-01',
      numberSymbol: 'OLD',
    });
    const uploaded = await depositDigitised(port, blobs, ME, {
      provenance: 'uploaded',
      numberSymbol: 'UP',
      depositor: { kind: 'owner', id: ME, name: 'x', agencyCode: null },
    });
    const h49 = await depositDigitised(port, blobs, ME, { validityScope: 'H49', numberSymbol: 'QN' });
    const revoked = await depositDigitised(port, blobs, ME, { numberSymbol: 'REV' });
    await port.markDocumentStatus({
      requester: { kind: 'system', id: 's', name: 'Hệ thống', agencyCode: null },
      documentId: revoked,
      status: 'revoked',
      reason: 'Thu hồi',
    });
    const foreign = await depositDigitised(port, blobs, OTHER, { numberSymbol: 'OTHER' });

    const res = (
      await d.call('GET', '/api/v1/procedures/1.001193/reuse?agencyCode=000.00.06.H56', 'me')
    ).json();
    const reasons = Object.fromEntries(
      res.components[1].candidates.map((c: { document: { id: string }; reason: string }) => [
        c.document.id,
        c.reason,
      ]),
    );
    expect(reasons).toEqual({
      [gcs]: 'ok',
      [expired]: 'expired',
      [uploaded]: 'unverified',
      [h49]: 'wrong-scope',
      [revoked]: 'revoked',
    });
    expect(res.components[0]).toMatchObject({ documentTypeCode: null, candidates: [], covered: false });
    expect((await d.call('GET', '/api/v1/procedures/1.001193/reuse', 'mc')).statusCode).toBe(403);
    expect((await d.call('GET', '/api/v1/procedures/1.001193/reuse?case=9', 'me')).statusCode).toBe(400);

    const submit = (reuse: unknown[]) =>
      d.call('POST', '/api/v1/online/dossiers', 'me', {
        procedureCode: '1.001193',
        resolvingAgencyCode: '000.00.06.H56',
        owner,
        components: [TOKHAI],
        reuse,
      });
    const before = await dossierCount();
    const consentsBefore = (await d.t.db.selectFrom('warehouseConsents').select('id').execute()).length;
    for (const [docId, reason] of [
      [expired, 'expired'],
      [revoked, 'revoked'],
      [uploaded, 'unverified'],
    ] as const) {
      const r = await submit([{ componentSeq: 2, documentId: docId }]);
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ code: 'reuse-document-not-usable', reason });
    }
    const wrongComponent = await submit([{ componentSeq: 1, documentId: gcs }]);
    expect(wrongComponent.json().reason).toBe('wrong-type');
    expect((await submit([{ componentSeq: 7, documentId: gcs }])).json().code).toBe(
      'reuse-component-unknown',
    );
    const theirs = await submit([{ componentSeq: 2, documentId: foreign }]);
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().code).toBe('warehouse-access-refused');
    expect(await accessLog('other')).toContainEqual(
      expect.objectContaining({
        documentId: foreign,
        requesterKind: 'owner',
        requesterId: ME,
        outcome: 'refused',
      }),
    );
    expect(
      (await submit([{ componentSeq: 2, documentId: '00000000-0000-4000-8000-0000000000aa' }])).statusCode,
    ).toBe(404);
    expect(await dossierCount()).toBe(before);
    expect((await d.t.db.selectFrom('warehouseConsents').select('id').execute()).length).toBe(consentsBefore);

    // consenting to someone else's document directly through the port is refused and logged for them
    await expect(
      port.recordConsent({
        owner: { kind: 'citizen', id: ME },
        channel: 'online',
        dossierRef: 'x',
        dossierCode: null,
        agencyCode: '000.00.06.H56',
        purpose: 'p',
        documentIds: [foreign],
        recordedBy: { kind: 'owner', id: ME, name: 'An', agencyCode: null },
      }),
    ).rejects.toMatchObject({ code: 'warehouse-document-not-owned' });
    expect(await accessLog('other')).toContainEqual(
      expect.objectContaining({ documentId: foreign, what: 'consent', outcome: 'refused' }),
    );

    const ok = await submit([{ componentSeq: 2, documentId: gcs }]);
    expect(ok.statusCode, ok.body).toBe(201);
    const dossier = ok.json();
    const comp = await d.t.db
      .selectFrom('dossierComponents')
      .selectAll()
      .where('dossierId', '=', dossier.id)
      .where('warehouseDocumentId', '=', gcs)
      .executeTakeFirstOrThrow();
    expect(comp.source).toBe('reused_document');
    const consent = await port.findConsent(comp.warehouseConsentId!);
    expect(consent).toMatchObject({
      channel: 'online',
      dossierRef: dossier.id,
      documentIds: [gcs],
      withdrawnAt: null,
    });
    expect((await d.call('GET', `/api/v1/dossiers/${dossier.id}/reused/${gcs}`, 'mc')).statusCode).toBe(200);

    // withdrawal: only by the owner of the dossier; then officers are refused, and the refusal is logged
    expect(
      (await d.call('POST', `/api/v1/my/dossiers/${dossier.id}/consents/${consent!.id}/withdraw`, 'other'))
        .statusCode,
    ).toBe(404);
    expect(
      (await d.call('POST', `/api/v1/my/dossiers/${dossier.id}/consents/${consent!.id}/withdraw`, 'me'))
        .statusCode,
    ).toBe(204);
    expect(
      (
        await d.call('POST', `/api/v1/my/dossiers/${dossier.id}/consents/${consent!.id}/withdraw`, 'me')
      ).json().code,
    ).toBe('warehouse-consent-withdrawn');
    const blocked = await d.call('GET', `/api/v1/dossiers/${dossier.id}/reused/${gcs}/file`, 'mc');
    expect(blocked.statusCode).toBe(403);
    expect(await accessLog('me')).toContainEqual(
      expect.objectContaining({ dossierRef: dossier.id, outcome: 'refused', reason: 'consent-withdrawn' }),
    );
    expect((await d.call('GET', '/api/v1/my/warehouse/consents', 'me')).json().items).toContainEqual(
      expect.objectContaining({ id: consent!.id, withdrawnAt: expect.any(String) }),
    );
  });
});
