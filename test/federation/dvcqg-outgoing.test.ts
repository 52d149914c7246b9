/**
 * The bodies a local system sends to a DVCQG portal (NATIONAL_PROTOCOL=dvcqg), recorded on the way to a real motcua
 * portal: `TraCuuHoSo` with `mahoso` (lower case), and `DongBoHoSoMC` with every field the production clients send
 * (opencps-v2 DVCQGIntegrationActionImpl.java, Thanh Hóa SyncLocalDataToDVCQGService.cs), computed from the
 * dossier's stored facts; the portal keeps them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnceDvcqg } from '../../src/local/sync/dvcqg-sender.ts';
import { WAREHOUSE_CSDL_CODE } from '../../src/local/sync/dvcqg-fields.ts';
import { setDvcqgAccount } from '../../src/national/dvcqg/dvcqg.service.ts';
import { startLocal, startNational, type LocalNode, type Node } from './nodes.ts';
import { receiveBirthAtCounter } from '../fixtures.ts';

let national: Node;
let local: LocalNode;
let proxy: Server;
let proxyUrl = '';
const PASSWORD = 'mat-khau-h56-dvcqg';
const recorded: Record<string, unknown>[] = [];

beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56', { NATIONAL_PROTOCOL: 'dvcqg', DVCQG_USERNAME: 'h56-sync', DVCQG_PASSWORD: PASSWORD, DVCQG_MADONVI: '000.00.00.H56' });
  await setDvcqgAccount(national.db, { nodeCode: 'H56', username: 'h56-sync', password: PASSWORD });
  // Records each body and forwards it to the portal unchanged.
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      recorded.push(JSON.parse(text) as Record<string, unknown>);
      void fetch(`${national.url}${req.url ?? ''}`, { method: 'POST', headers: { 'content-type': 'application/json', dstcode: String(req.headers.dstcode ?? '') }, body: text })
        .then(async (r) => {
          res.writeHead(r.status, { 'content-type': 'application/json' });
          res.end(await r.text());
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await local?.destroy();
  await national?.destroy();
});

async function receive(owner: Record<string, string>) {
  return receiveBirthAtCounter(local.app, owner, {
    components: [
      { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
      { name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
    ],
  });
}

async function send(): Promise<Record<string, unknown>[]> {
  recorded.length = 0;
  const r = await syncOnceDvcqg({ db: local.db, self: local.identity, config: { ...local.config, NATIONAL_URL: proxyUrl } }, new Date(Date.now() + 3600_000));
  expect(r.outcome, r.error).toBe('applied');
  return [...recorded];
}

const item = (calls: Record<string, unknown>[], code: string) =>
  calls.filter((c) => c.service === 'DongBoHoSoMC').flatMap((c) => c.data as Record<string, unknown>[]).find((d) => d.MaHoSo === code);

describe('outgoing DVCQG bodies', () => {
  it('a received, digitised, online-paid dossier of an e-ID-verified person carries every field the real clients send', async () => {
    const d = await receive({ type: 'citizen', idNumber: '038087042028', name: 'Lê Văn Số Hóa', birthDate: '1987-05-01', phone: '0912345678' });
    const row = await local.db.selectFrom('dossiers').select(['procedureVersionId']).where('id', '=', d.id).executeTakeFirstOrThrow();
    const sector = await local.db
      .selectFrom('procedureVersions as pv')
      .innerJoin('sectors as s', 's.code', 'pv.sectorCode')
      .select(['s.code', 's.name'])
      .where('pv.id', '=', row.procedureVersionId)
      .executeTakeFirstOrThrow();
    // The stored facts: component 1 digitised (its signed copy registered), component 2 taken from the warehouse,
    // the procedure's fees paid online, the submitting account verified by VNeID at level 2.
    const account = await local.db
      .insertInto('accounts')
      .values({ kind: 'citizen', personalId: '038087042028', name: 'Lê Văn Số Hóa', loa: 2, eidSubject: 'tech-id-123' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await local.db.updateTable('dossiers').set({ accountId: account.id }).where('id', '=', d.id).execute();
    const sha = 'a'.repeat(64);
    const signed = await local.db
      .insertInto('signedDocuments')
      .values({ verificationCode: 'ABCD2345EFGH', kind: 'digitised_copy', sha256: sha, blobSha256: sha, sizeBytes: 10, issuerAgencyId: local.ids.h56justice, dossierId: d.id, title: 'Tờ khai', metadata: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await local.db
      .insertInto('digitisations')
      .values({ dossierId: d.id, componentSeq: 1, pdfSha256: sha, pdfSize: 10, pages: 1, state: 1, metadata: '{}', officerId: 'o', officerName: 'Lê Thị Một Cửa', unitName: 'Bộ phận một cửa', digitisedAt: new Date().toISOString() })
      .execute();
    await local.db.updateTable('dossierComponents').set({ source: 'digitised', documentTypeCode: 'KS01' }).where('dossierId', '=', d.id).where('seq', '=', 1).execute();
    await local.db.updateTable('dossierComponents').set({ source: 'reused_document' }).where('dossierId', '=', d.id).where('seq', '=', 2).execute();
    const fees = await local.db.selectFrom('dossierFees').select(['code', 'name', 'amount']).where('dossierId', '=', d.id).orderBy('seq').execute();
    expect(fees.length).toBeGreaterThan(0);
    await local.db
      .insertInto('dossierFeePayments')
      .values({ dossierId: d.id, method: 'online', agencyCode: '000.00.06.H56', receiptYear: 2026, receiptNo: 'TT-0001', amount: 50000, paidAt: new Date().toISOString(), officerId: 'o', officerName: 'x' })
      .execute();

    const calls = await send();
    const lookup = calls.find((c) => c.service === 'TraCuuHoSo' && c.mahoso === d.code);
    expect(lookup, JSON.stringify(calls.map((c) => c.service))).toBeDefined();
    expect(lookup).not.toHaveProperty('MaHoSo');

    const body = item(calls, d.code);
    expect(body).toBeDefined();
    expect(body).toMatchObject({
      MaLinhVuc: sector.code,
      TenLinhVuc: sector.name,
      HinhThuc: '0',
      NoiNopHoSo: '2',
      HoSoCoThanhPhanSoHoa: '1',
      TaiKhoanDuocXacThucVoiVNeID: '1',
      DuocThanhToanTrucTuyen: '1',
      DSKetNoiCSDL: [{ MaCSDL: WAREHOUSE_CSDL_CODE }],
      MaDoiTuong: '', // counter dossier: only online dossiers name the portal account (Thanh Hóa client)
      DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '038087042028' }],
      DanhSachGiayToKetQua: [],
      DanhSachLePhi: fees
        .filter((f) => Number(f.amount) > 0)
        .map((f) => ({ TenPhiLePhi: f.name, MaPhiLePhi: f.code ?? '', HinhThucThu: '1', Gia: String(f.amount), LoaiPhiLePhi: '1' })),
    });
    const files = body?.TaiLieuNop as Record<string, string>[];
    expect(files).toHaveLength(2);
    expect(files[0]).toEqual({
      TepDinhKemId: signed.id,
      TenTepDinhKem: 'Tờ khai đăng ký khai sinh',
      IsDeleted: '0',
      MaThanhPhanHoSo: 'KS01',
      DuongDanTaiTepTin: `${local.config.PUBLIC_URL.replace(/\/$/, '')}/xac-thuc/ABCD-2345-EFGH`,
      DuocSoHoa: '1',
      DuocTaiSuDung: '0',
      DuocLayTuKhoDMQG: '0',
      MaKetQuaThayThe: '',
    });
    expect(files[1]).toMatchObject({ TenTepDinhKem: 'Giấy chứng sinh', DuocSoHoa: '1', DuocTaiSuDung: '1', DuocLayTuKhoDMQG: '1' });
    // The address answers on this node (the public verification of the registered copy).
    const page = await local.app.inject({ method: 'GET', url: '/api/v1/verification/ABCD-2345-EFGH' });
    expect(page.statusCode, page.body).toBe(200);

    // The portal accepted and kept them.
    const kept = await national.db.selectFrom('nationalDossiers').select('payload').where('maHoSo', '=', d.code).executeTakeFirstOrThrow();
    expect(kept.payload).toMatchObject({ TaiKhoanDuocXacThucVoiVNeID: '1', DuocThanhToanTrucTuyen: '1', HoSoCoThanhPhanSoHoa: '1', MaLinhVuc: sector.code });
  });

  it('a business owner goes out by tax code as LoaiDinhDanh 3, with no digitisation, payment or e-ID', async () => {
    const d = await receive({ type: 'business', idNumber: '2800123452', name: 'Công ty TNHH Sầm Sơn', phone: '0912345678' });
    const body = item(await send(), d.code);
    expect(body).toMatchObject({
      LoaiDoiTuong: '2',
      DinhDanhCHS: [{ LoaiDinhDanh: '3', SoDinhDanh: '2800123452' }],
      HoSoCoThanhPhanSoHoa: '0',
      TaiKhoanDuocXacThucVoiVNeID: '0',
      DuocThanhToanTrucTuyen: '0',
      DSKetNoiCSDL: [],
      TaiLieuNop: [],
      NoiNopHoSo: '2',
      HinhThuc: '0',
    });
    for (const k of ['MaLinhVuc', 'TenLinhVuc', 'MaDoiTuong', 'DanhSachGiayToKetQua', 'DanhSachTepDinhKemKhac', 'DanhSachHoSoBoSung']) expect(body).toHaveProperty(k);
  });
});
