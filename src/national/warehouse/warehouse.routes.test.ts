import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import type { NationalPort } from '../../federation/national-port.ts';
import type { LocalDiskBlobStore } from '../../platform/storage/local-disk.ts';
import { pdfFlateBomb, tiffPixelBomb } from '../../platform/documents/bombs.testkit.ts';
import { encryptedPdfSample, hugePngHeader, pdfSample, pngSample } from '../../platform/documents/samples.testkit.ts';
import { depositDigitised, PDF, portFor } from './warehouse.test-helpers.ts';

let d: DossierTestApp;
let port: NationalPort;
let blobs: LocalDiskBlobStore;
const other = { kind: 'citizen' as const, id: '00000000-0000-4000-9000-000000000002', personalId: '022192004321', name: 'Phạm Thị Hạ Long', loa: 2 };

beforeAll(async () => {
  d = await dossierTestApp((ids) => ({ mc: officer('one_stop_officer', ids.h56justice, '000.00.06.H56'), me: citizen, other }));
  ({ port, blobs } = portFor(d.t.db, d.t.config.DATA_DIR));
});
afterAll(async () => d.t.close());

const upload = (token: string, body: Buffer, type: string, qs = 'typeCode=CCCD&name=C%C4%83n%20c%C6%B0%E1%BB%9Bc') =>
  d.t.app.inject({ method: 'POST', url: `/api/v1/my/warehouse/documents?${qs}`, payload: body, headers: { authorization: `Bearer ${token}`, 'content-type': type } });

describe('the owner’s warehouse', () => {
  it('deposits idempotently, lists, views, hides and downloads; expired and revoked are marked', async () => {
    const id = await depositDigitised(port, blobs, citizen.kind === 'citizen' ? citizen.personalId : '');
    expect(await depositDigitised(port, blobs, '038087042028')).toBe(id);
    const old = await depositDigitised(port, blobs, '038087042028', { typeCode: 'GPLX', name: 'Giấy phép lái xe', permanent: false, validUntil: '2020-01-01', numberSymbol: 'GPLX1' });
    const rev = await depositDigitised(port, blobs, '038087042028', { typeCode: 'KQ.G15.000031', name: 'Giấy khai sinh', provenance: 'issued', numberSymbol: 'KS-9' });
    await port.markDocumentStatus({ requester: { kind: 'officer', id: 'o', name: 'Cán bộ', agencyCode: '000.00.06.H56' }, documentId: rev, status: 'revoked', reason: 'Cấp sai' });

    const list = (await d.call('GET', '/api/v1/my/warehouse/documents', 'me')).json();
    expect(list.items.map((x: { id: string }) => x.id).sort()).toEqual([id, old, rev].sort());
    const byId = Object.fromEntries(list.items.map((x: { id: string }) => [x.id, x]));
    expect(byId[old]).toMatchObject({ expired: true, status: 'valid' });
    expect(byId[rev]).toMatchObject({ expired: false, status: 'revoked', provenance: 'issued' });
    expect(byId[id]).toMatchObject({ provenance: 'digitised', signatureStatus: 'signed_valid', issuer: { code: '000.00.06.H56' } });
    expect((await d.call('GET', '/api/v1/my/warehouse/documents?provenance=issued', 'me')).json().items).toHaveLength(1);

    const file = await d.call('GET', `/api/v1/my/warehouse/documents/${id}/file`, 'me');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    expect((await d.call('POST', `/api/v1/my/warehouse/documents/${old}/visibility`, 'me', { hidden: true })).json().hidden).toBe(true);
    expect((await d.call('GET', '/api/v1/my/warehouse/documents', 'me')).json().items).toHaveLength(2);
    expect((await d.call('GET', '/api/v1/my/warehouse/documents?includeHidden=true', 'me')).json().items).toHaveLength(3);
    await d.call('POST', `/api/v1/my/warehouse/documents/${old}/visibility`, 'me', { hidden: false });

    // someone else's document: not found for another citizen, and not in their list
    expect((await d.call('GET', `/api/v1/my/warehouse/documents/${id}`, 'other')).statusCode).toBe(404);
    expect((await d.call('GET', `/api/v1/my/warehouse/documents/${id}/file`, 'other')).statusCode).toBe(404);
    expect((await d.call('POST', `/api/v1/my/warehouse/documents/${id}/visibility`, 'other', { hidden: true })).statusCode).toBe(404);
    expect((await d.call('GET', '/api/v1/my/warehouse/documents', 'other')).json().items).toEqual([]);
    // officers have no owner routes
    expect((await d.call('GET', '/api/v1/my/warehouse/documents', 'mc')).statusCode).toBe(403);
  });

  it('takes an upload (inspected by content), and refuses empty, oversize, lying, corrupt, encrypted and unknown-field uploads, storing nothing', async () => {
    const pdf = Buffer.from(await pdfSample(1));
    const ok = await upload('other', pdf, 'application/pdf');
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ provenance: 'uploaded', signatureStatus: 'unsigned', typeCode: 'CCCD', file: { mime: 'application/pdf' } });
    const png = Buffer.from(await pngSample());
    // the generic type is fine: the content decides
    const anh = await upload('other', png, 'application/octet-stream', 'typeCode=ANH&name=%E1%BA%A2nh');
    expect(anh.statusCode).toBe(201);
    expect(anh.json().file.mime).toBe('image/png');
    const count = async () => Number((await d.t.db.selectFrom('warehouseDocuments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad = [
      [await upload('other', Buffer.alloc(0), 'application/pdf'), 400, 'file-empty'],
      [await upload('other', png, 'application/pdf', 'typeCode=X2&name=n'), 400, 'file-type-mismatch'],
      [await upload('other', Buffer.from('MZ\x90\x00 not an image at all'), 'image/jpeg', 'typeCode=X3&name=n'), 415, 'file-type-not-allowed'],
      [await upload('other', PDF('x'), 'application/pdf', 'typeCode=X3a&name=n'), 422, 'pdf-corrupt'],
      [await upload('other', Buffer.from(await encryptedPdfSample()), 'application/pdf', 'typeCode=X3b&name=n'), 422, 'pdf-encrypted'],
      [await upload('other', Buffer.from(hugePngHeader(30000, 30000)), 'image/png', 'typeCode=X3c&name=n'), 413, 'image-too-large'],
      [await upload('other', Buffer.alloc(21 * 1024 * 1024, 0x25), 'application/pdf', 'typeCode=X3d&name=n'), 413, 'file-too-large'],
      [await upload('other', pdf, 'text/plain', 'typeCode=X4&name=n'), 415, 'unsupported-media-type'],
      [await upload('other', pdf, 'application/pdf', 'typeCode=X5&name=n&owner=someone'), 400, 'validation-failed'],
      [await upload('other', pdf, 'application/pdf', 'typeCode=..%2F..%2Fetc&name=n'), 400, 'validation-failed'],
      [await upload('mc', pdf, 'application/pdf', 'typeCode=X6&name=n'), 403, 'forbidden'],
      [await d.call('GET', '/api/v1/my/warehouse/documents/not-a-uuid', 'other'), 400, 'validation-failed'],
      [await d.call('POST', `/api/v1/my/warehouse/documents/${ok.json().id}/visibility`, 'other', { hidden: true, extra: 1 }), 400, 'validation-failed'],
    ] as const;
    for (const [res, status, code] of bad) {
      expect(res.statusCode, code).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    expect(await count()).toBe(before);
  });

  it('refuses a 1 MB PDF that inflates to 1 GiB and a 30 KB TIFF of 200 pages of 7700×7700 with 413, storing nothing, while /healthz keeps answering', { timeout: 180_000 }, async () => {
    const count = async () => Number((await d.t.db.selectFrom('warehouseDocuments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const pdfBomb = await pdfFlateBomb(1024 * 1024 * 1024);
    expect(pdfBomb.length).toBeLessThan(1.1 * 1024 * 1024);
    const tiffBomb = tiffPixelBomb(200, 7700);
    expect(tiffBomb.length).toBeLessThan(40_000);
    for (const [bomb, type, code] of [[pdfBomb, 'application/pdf', 'pdf-expands-too-large'], [tiffBomb, 'image/tiff', 'image-too-large']] as const) {
      // The bomb is read in a worker thread: the thread that answers HTTP stays free while it is checked.
      let done = false;
      const started = performance.now();
      const refused = upload('other', bomb, type, 'typeCode=BOM&name=n').then((r) => {
        done = true;
        return { r, ms: performance.now() - started };
      });
      const health: Array<{ status: number; ms: number }> = [];
      while (!done) {
        const t = performance.now();
        const h = await d.t.app.inject({ method: 'GET', url: '/healthz' });
        if (!done) health.push({ status: h.statusCode, ms: performance.now() - t });
      }
      const { r, ms } = await refused;
      expect(r.statusCode, code).toBe(413);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json()).toMatchObject({ code, status: 413 });
      expect(r.json().title).toBeTruthy();
      expect(health.length, `/healthz answers while the ${type} bomb was checked`).toBeGreaterThanOrEqual(5);
      expect(health.every((h) => h.status === 200)).toBe(true);
      if (process.env.MEASURE) {
        const lat = health.map((h) => h.ms).sort((a, b) => a - b);
        console.info(`${type} bomb (${bomb.length} B): refused ${code} after ${ms.toFixed(0)} ms; /healthz ${lat.length} answers during it, median ${lat[lat.length >> 1]!.toFixed(1)} ms, max ${lat[lat.length - 1]!.toFixed(1)} ms`);
      }
    }
    expect(await count()).toBe(before);
  });
});
