import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import { readDigitisationMetadata } from '../../platform/documents/compose.ts';
import { pdfFlateBomb, tiffPixelBomb } from '../../platform/documents/bombs.testkit.ts';
import {
  encryptedPdfSample,
  hugePngHeader,
  jpegSample,
  pdfinfo,
  pdfSample,
  pngSample,
  tiffSample,
} from '../../platform/documents/samples.testkit.ts';

let h: DossierTestApp;
const otherCitizen = { ...citizen, id: '00000000-0000-4000-9000-000000000002', personalId: '001099012345', name: 'Trần Văn Khác' };

beforeAll(async () => {
  h = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    mc49: officer('one_stop_officer', ids.h49justice, '000.00.06.H49', 'Cán bộ Quảng Ninh'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    citizen,
    other: otherCitizen,
  }));
});
afterAll(async () => h.t.close());

const reception = {
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
  components: [
    { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
    { name: 'Giấy chứng sinh', documentTypeCode: 'GCS', originals: 1, certifiedCopies: 0, photocopies: 0 },
  ],
};

const metadata = {
  number: '123/2026/GCS',
  abstract: 'Giấy chứng sinh của cháu Nguyễn Thị Bình',
  issuedOn: '2026-11-02',
  issuer: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
  signer: 'Lê Văn Đức',
  permanent: true,
  validityScope: 'Toàn quốc',
};

// Each dossier has its own owner: a digitised birth certificate lands in its owner's warehouse, after which a
// checklist asking that owner for it on paper is refused (once-only, src/local/reuse).
let nextOwner = 30;
async function newDossier(idNumber = `0380870420${nextOwner++}`): Promise<string> {
  const res = await h.call('POST', '/api/v1/dossiers', 'mc', { ...reception, owner: { ...reception.owner, idNumber } });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

function upload(id: string, seq: number, token: string, body: Uint8Array, contentType: string, fileName?: string) {
  return h.t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${id}/components/${seq}/scans`,
    payload: Buffer.from(body),
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': contentType,
      ...(fileName ? { 'x-file-name': encodeURIComponent(fileName) } : {}),
    },
  });
}

function req(method: 'GET' | 'POST' | 'DELETE', url: string, token: string, payload?: object) {
  return h.t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

const scanCount = (id: string) =>
  h.t.db.selectFrom('digitisationScans').select((eb) => eb.fn.countAll<number>().as('n')).where('dossierId', '=', id).executeTakeFirstOrThrow().then((r) => Number(r.n));

describe('digitisation at reception', () => {
  it('scans pages, removes one, composes the digitised copy with its metadata, and lets officer and owner download it', async () => {
    const id = await newDossier('038087042028');
    const base = `/api/v1/dossiers/${id}/components/2`;
    const a = await upload(id, 2, 'mc', await jpegSample(), 'image/jpeg', 'giấy chứng sinh.jpg');
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ position: 1, type: 'jpeg', mime: 'image/jpeg', fileName: 'giấy chứng sinh.jpg', pages: 1, width: 640, height: 480, uploadedBy: { name: 'Lê Thị Một Cửa' } });
    const b = await upload(id, 2, 'mc', await tiffSample(3), 'application/octet-stream', '../../etc/scan.tif');
    expect(b.json()).toMatchObject({ position: 2, type: 'tiff', pages: 3, fileName: 'scan.tif' });
    const c = await upload(id, 2, 'mc', await pdfSample(2), 'application/pdf');
    expect(c.json()).toMatchObject({ position: 3, type: 'pdf', pages: 2, fileName: 'tai-lieu.pdf' });

    const preview = await req('GET', `${base}/scans/${a.json().id}/content`, 'mc');
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/jpeg');
    expect(preview.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    expect((await req('DELETE', `${base}/scans/${b.json().id}`, 'mc')).statusCode).toBe(204);
    expect((await req('DELETE', `${base}/scans/${b.json().id}`, 'mc')).json().code).toBe('scan-not-found');
    const list = await req('GET', `${base}/scans`, 'mc');
    expect(list.json().items.map((s: { position: number }) => s.position)).toEqual([1, 3]);

    const done = await req('POST', `${base}/digitise`, 'mc', metadata);
    expect(done.statusCode).toBe(201);
    const d = done.json();
    expect(d).toMatchObject({ componentSeq: 2, pages: 3, state: 1, officer: { name: 'Lê Thị Một Cửa' }, unitName: 'UBND tỉnh Thanh Hóa' });
    expect(d.metadata).toMatchObject({
      ...metadata,
      title: 'Giấy chứng sinh',
      documentTypeCode: 'GCS',
      ownerId: '038087042028',
      ownerName: 'Nguyễn Văn An',
      digitisedBy: 'Lê Thị Một Cửa',
      digitisingUnit: 'UBND tỉnh Thanh Hóa',
      procedureCode: '1.001193',
      state: 1,
    });
    expect(d.metadata.dossierCode).toMatch(/^000\.00\.06\.H56-/);

    const component = await h.t.db.selectFrom('dossierComponents').select('source').where('dossierId', '=', id).orderBy('seq').execute();
    expect(component.map((x) => x.source)).toEqual(['submitted', 'digitised']);
    const audit = await h.t.db.selectFrom('auditEvents').selectAll().where('targetId', '=', id).where('action', '=', 'digitise').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: 'ok', actorId: expect.any(String) });

    const pdf = await req('GET', d.downloadUrl, 'mc');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Giấy chứng sinh.pdf')}`);
    expect(Number(pdfinfo(pdf.rawPayload).Pages)).toBe(3);
    expect(await readDigitisationMetadata(pdf.rawPayload)).toEqual(d.metadata);

    const owner = await req('GET', d.downloadUrl, 'citizen');
    expect(owner.statusCode).toBe(200);
    expect(owner.rawPayload.equals(pdf.rawPayload)).toBe(true);
    expect((await req('GET', `${base}/digitisation`, 'citizen')).json().sha256).toBe(d.sha256);
    const stranger = await req('GET', d.downloadUrl, 'other');
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('dossier-not-found');
    expect((await req('GET', d.downloadUrl, 'mc49')).statusCode).toBe(404);

    // Once digitised: no second copy, no more pages, no removal.
    expect((await req('POST', `${base}/digitise`, 'mc', metadata)).json().code).toBe('component-already-digitised');
    expect((await upload(id, 2, 'mc', await jpegSample(), 'image/jpeg')).json().code).toBe('component-already-digitised');
    expect((await req('DELETE', `${base}/scans/${a.json().id}`, 'mc')).json().code).toBe('component-already-digitised');
    expect((await req('GET', `/api/v1/dossiers/${id}/components/1/digitisation`, 'mc')).json().code).toBe('digitisation-not-found');
  });

  it('refuses bad files with 4xx problem+json and records nothing', async () => {
    const id = await newDossier();
    const cases: Array<[Uint8Array, string, string | undefined, number, string]> = [
      [await pngSample(), 'application/pdf', undefined, 400, 'file-type-mismatch'],
      [await pngSample(), 'image/png', 'giay-khai-sinh.pdf', 400, 'file-type-mismatch'],
      [new TextEncoder().encode('MZ not a document'), 'application/octet-stream', 'x.pdf', 415, 'file-type-not-allowed'],
      [await encryptedPdfSample(), 'application/pdf', 'bao-mat.pdf', 422, 'pdf-encrypted'],
      [(await pdfSample(2)).subarray(0, 500), 'application/pdf', undefined, 422, 'pdf-corrupt'],
      [hugePngHeader(30000, 30000), 'image/png', undefined, 413, 'image-too-large'],
      [tiffPixelBomb(200, 7700), 'image/tiff', 'scan.tif', 413, 'image-too-large'],
      [await pdfFlateBomb(256 * 1024 * 1024), 'application/pdf', 'scan.pdf', 413, 'pdf-expands-too-large'],
      [Buffer.alloc(21 * 1024 * 1024, 0x25), 'application/pdf', undefined, 413, 'file-too-large'],
      [new TextEncoder().encode('plain words'), 'text/plain', undefined, 415, 'unsupported-media-type'],
    ];
    for (const [body, type, name, status, code] of cases) {
      const res = await upload(id, 1, 'mc', body, type, name);
      expect(res.statusCode, code).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    const empty = await h.t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/components/1/scans`,
      headers: { authorization: 'Bearer mc', 'content-type': 'application/pdf' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('file-empty');
    expect(await scanCount(id)).toBe(0);
  });

  it('refuses officers of another agency (403) and roles that do not digitise', async () => {
    const id = await newDossier();
    const jpeg = await jpegSample();
    const other = await upload(id, 1, 'mc49', jpeg, 'image/jpeg');
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('forbidden');
    expect((await req('GET', `/api/v1/dossiers/${id}/components/1/scans`, 'mc49')).statusCode).toBe(403);
    expect((await req('POST', `/api/v1/dossiers/${id}/components/1/digitise`, 'mc49', metadata)).statusCode).toBe(403);
    expect((await upload(id, 1, 'cv', jpeg, 'image/jpeg')).statusCode).toBe(403);
    expect((await upload(id, 1, 'citizen', jpeg, 'image/jpeg')).statusCode).toBe(403);
    expect(await scanCount(id)).toBe(0);
    const refused = await h.t.db.selectFrom('auditEvents').selectAll().where('targetId', '=', id).where('action', '=', 'digitise').execute();
    expect(refused.map((r) => r.outcome)).toEqual(['refused']);
  });

  it('refuses to digitise once the dossier has left reception (409), without pages, or for an unknown component', async () => {
    const id = await newDossier();
    expect((await req('POST', `/api/v1/dossiers/${id}/components/1/digitise`, 'mc', metadata)).json().code).toBe('digitisation-no-pages');
    expect((await upload(id, 1, 'mc', await jpegSample(), 'image/jpeg')).statusCode).toBe(201);
    expect((await upload(id, 9, 'mc', await jpegSample(), 'image/jpeg')).json().code).toBe('component-not-found');
    const cur = await req('GET', `/api/v1/dossiers/${id}`, 'mc');
    const started = await req('POST', `/api/v1/dossiers/${id}/actions`, 'cv', { action: 'start', expectedVersion: cur.json().version });
    expect(started.json().status).toBe(4);
    const late = await req('POST', `/api/v1/dossiers/${id}/components/1/digitise`, 'mc', metadata);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('dossier-not-in-reception');
    expect((await upload(id, 1, 'mc', await jpegSample(), 'image/jpeg')).json().code).toBe('dossier-not-in-reception');
    expect(await h.t.db.selectFrom('digitisations').selectAll().where('dossierId', '=', id).execute()).toEqual([]);
  });

  it('refuses bad metadata with 400 and changes nothing', async () => {
    const id = await newDossier();
    await upload(id, 2, 'mc', await jpegSample(), 'image/jpeg');
    const url = `/api/v1/dossiers/${id}/components/2/digitise`;
    const bad: object[] = [
      { ...metadata, abstract: undefined },
      { ...metadata, unknownField: 1 },
      { ...metadata, issuedOn: '02/11/2026' },
      { ...metadata, validUntil: '2030-01-01' }, // permanent and an end date
      { ...metadata, permanent: false, validUntil: '2020-01-01' }, // ends before it was issued
      { ...metadata, abstract: 'x'.repeat(1001) },
      { ...metadata, abstract: '   ' },
    ];
    for (const body of bad) {
      const res = await req('POST', url, 'mc', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json().code).toBe('validation-failed');
    }
    expect(await h.t.db.selectFrom('digitisations').selectAll().where('dossierId', '=', id).execute()).toEqual([]);
    // Decomposed Vietnamese (as some keyboards send it) is stored and embedded in NFC; blank optional texts vanish.
    const nfd = await req('POST', url, 'mc', { ...metadata, abstract: 'Giấy chứng sinh bản gốc'.normalize('NFD'), signer: '  ' });
    expect(nfd.statusCode).toBe(201);
    expect(nfd.json().metadata.abstract).toBe('Giấy chứng sinh bản gốc'.normalize('NFC'));
    expect(nfd.json().metadata.signer).toBeUndefined();
  });

  it('leaves the component untouched after refused metadata', async () => {
    const id = await newDossier();
    await upload(id, 2, 'mc', await jpegSample(), 'image/jpeg');
    expect((await req('POST', `/api/v1/dossiers/${id}/components/2/digitise`, 'mc', { abstract: '' })).statusCode).toBe(400);
    const c = await h.t.db.selectFrom('dossierComponents').select('source').where('dossierId', '=', id).where('seq', '=', 2).executeTakeFirstOrThrow();
    expect(c.source).toBe('submitted');
  });
});
