/**
 * The payment platform as the production clients use it, against the stand-in and motcua's client.
 *
 * Bodies built from HuanVu201/DichVuCong_KhoaLuan_PASETO (Thanh Hóa), DichVuCongApi/src/Infrastructure/DvcPayment/:
 * DvcPaymentService.cs (InitPayment, GetBienLaiDvcPayment, CheckPaymentStatus, CreateMaXacThuc), InitDvcPaymentRequest.cs;
 * Core/Application/Common/DvcPayment/: DvcPaymentSettings.cs (InitUrl, InitReceiptUrl, CheckConfirmUrl, AccessToken),
 * BienLaiDvcPaymentRequest.cs, InitDvcPaymentResponse.cs (InitDvcPaymentResponseMessage {error_code, message});
 * Business/YeuCauThanhToanApp/Commands/ConfirmDvcPaymentCommand.cs (CheckPaymentStatusRequest, ConfirmDvcPaymentResponse)
 * and ConfirmDvcPaymentCommandHandler.cs (the callback's checksum and reply {MaLoi, MoTaLoi, MaDoiTac, ThoiGianGD, MaXacThuc}).
 * MaDVC = MaTTHC + ".01" (InitPayment; opencps-v2 pay-gate-integration KeypayDVCQGUtils: serviceCodeDVCQG + MADVCAPPEND).
 *
 * G is a node running the stand-in platform (secret, partner code and bearer token of a province); C is a motcua local
 * system configured with G's three addresses through a recording proxy, the same secret and token.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../test/app.ts';
import { listPaymentEvents } from './payments.repository.ts';
import { callbackChecksum } from './protocol.ts';
import { createPaymentsTestApp, createRequest, type PaymentsTestApp } from './test-helpers.ts';

const SECRET = 'bi-mat-chung-cua-tinh-thanh-hoa-2025';
const PARTNER = 'THANHHOA-DVC';
const TOKEN = 'ma-truy-cap-nen-tang-thanh-toan';
const env = { PAYMENT_SECRET: SECRET, PAYMENT_PARTNER_CODE: PARTNER, PAYMENT_ACCESS_TOKEN: TOKEN };

let g: PaymentsTestApp;
let c: PaymentsTestApp;
let proxy: Server;
const recorded: { path: string; type: string; authorization: string }[] = [];

/** DvcPaymentService.CreateMaXacThuc: lowercase hex SHA-256 of the UTF-8 string. */
const maXacThuc = (raw: string) => createHash('sha256').update(raw, 'utf8').digest('hex');

beforeAll(async () => {
  g = await createPaymentsTestApp(true, env);
  // /init, /bill, /query → the platform's three addresses; every body is recorded on the way
  const target: Record<string, string> = { '/init': '/dev-payment', '/bill': '/dev-payment/bill', '/query': '/dev-payment/query' };
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (b: Buffer) => chunks.push(b));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      recorded.push({ path: req.url ?? '', type: String((JSON.parse(text) as { LoaiBanTin?: string }).LoaiBanTin), authorization: req.headers.authorization ?? '' });
      void fetch(`${g.baseUrl}${target[req.url ?? ''] ?? '/none'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) },
        body: text,
      }).then(async (r) => {
        res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/octet-stream' });
        res.end(Buffer.from(await r.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const p = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  c = await createPaymentsTestApp(false, { ...env, PAYMENT_GATEWAY_URL: `${p}/init`, PAYMENT_BILL_URL: `${p}/bill`, PAYMENT_QUERY_URL: `${p}/query` });
});
afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await c?.close();
  await g?.close();
});

const post = (path: string, body: object, bearer: string | null = TOKEN) =>
  fetch(`${g.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });

async function pay(paymentUrl: string): Promise<void> {
  const r = await fetch(paymentUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=pay' });
  expect(r.status).toBe(200);
}

/** InitPayment: the INIT the Thanh Hóa client sends (InitDvcPaymentRequest with its defaults). */
function thanhHoaInit(maHoSo: string, soTien: number) {
  const maDvc = '1.001756' + '.01';
  const thongTinGiaoDich = `THANH TOAN HO SO ${maHoSo}`;
  const now = '20251127151500';
  const m = {
    LoaiBanTin: 'INIT', PhienBan: '1.0.6', MaDoiTac: PARTNER, MaThamChieu: `dvc${maHoSo.replace(/\W/g, '')}${now}`, SoTien: String(soTien),
    LoaiHinhThanhToan: 'PAY', MaKenhThanhToan: '1', MaThietBi: '1', NgonNgu: 'vi-VN', MaTienTe: 'VND', MaNganHang: 'PAYMENT',
    ThongTinGiaoDich: thongTinGiaoDich, ThoiGianGD: now, Ip: '10.0.0.5', MaXacThuc: '',
    ThongTinBienLai: {
      MaDichVu: '2', MaDVC: maDvc, TenDVC: 'Cấp Phiếu lý lịch tư pháp', MaTTHC: '1.001756', TenTTHC: 'Cấp Phiếu lý lịch tư pháp',
      MaDonVi: '000.00.06.H56', TenDonVi: 'Sở Tư pháp', MaHoSo: maHoSo, TKThuHuong: '', MaNHThuHuong: '', TenTKThuHuong: '',
      MaLoaiHinhThuPhat: '', TenLoaiHinhThuPhat: '', MaCoQuanQD: '', TenCoQuanQD: '', KhoBac: '', NgayQD: '', SoQD: '', ThoiGianViPham: '',
      DiaDiemViPham: '', TenNguoiViPham: '', TaiKhoanThuNSNN: '', NoiDungThanhToan: thongTinGiaoDich, HoTenNguoiNop: 'Nguyễn Văn An',
      SoCMNDNguoiNop: '038090001234', DiaChiNguoiNop: '', HuyenNguoiNop: '', TinhNguoiNop: '',
      PhiLePhi: [{ LoaiPhiLePhi: 'Phi', MaPhiLePhi: maDvc, TenPhiLePhi: thongTinGiaoDich, SoTien: String(soTien) }],
      DSKhoanNop: [{ NoiDung: thongTinGiaoDich, SoTien: String(soTien) }],
    },
  };
  m.MaXacThuc = maXacThuc(
    `${m.LoaiBanTin}|${m.PhienBan}|${m.MaDoiTac}|${m.MaThamChieu}|${m.SoTien}|${m.LoaiHinhThanhToan}|${m.MaKenhThanhToan}|${m.MaThietBi}` +
      `|${m.NgonNgu}|${m.MaTienTe}|${m.MaNganHang}|${m.ThongTinGiaoDich}|${m.ThoiGianGD}|${m.Ip}|${SECRET}`,
  );
  return m;
}

/** BienLaiDvcPaymentRequest (GET_BILL) and CheckPaymentStatusRequest (QUERY): LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD|secret. */
function thanhHoaSigned(LoaiBanTin: 'GET_BILL' | 'QUERY', MaThamChieu: string) {
  const m = { LoaiBanTin, PhienBan: '1.0.6', MaDoiTac: PARTNER, MaThamChieu, ThoiGianGD: '20251127160000' };
  return { ...m, MaXacThuc: maXacThuc(`${m.LoaiBanTin}|${m.PhienBan}|${m.MaDoiTac}|${m.MaThamChieu}|${m.ThoiGianGD}|${SECRET}`) };
}

describe('the Thanh Hóa client against the stand-in platform', () => {
  it('INIT with the bearer token → error_code "0" and UrlThanhToan in message; without the token → 401', async () => {
    const init = thanhHoaInit('000.00.06.H56-251127-0101', 50_000);
    expect((await post('/dev-payment', init, null)).status).toBe(401);
    expect((await post('/dev-payment', init, 'sai')).status).toBe(401);
    const r = await post('/dev-payment', init);
    const answer = (await r.json()) as { error_code: string; message: string };
    expect(answer.error_code).toBe('0'); // objResDvcqgMessage.error_code == "0"
    expect((JSON.parse(answer.message) as { UrlThanhToan: string }).UrlThanhToan).toMatch(/\/dev-payment\/pay\/[0-9a-f]{32}$/);
  });

  it('QUERY answers ConfirmDvcPaymentResponse signed as a callback; GET_BILL streams a PDF receipt', async () => {
    const init = thanhHoaInit('000.00.06.H56-251127-0102', 1_500_000);
    const url = (JSON.parse(((await (await post('/dev-payment', init)).json()) as { message: string }).message) as { UrlThanhToan: string }).UrlThanhToan;
    const open = (await (await post('/dev-payment/query', thanhHoaSigned('QUERY', init.MaThamChieu))).json()) as Record<string, string>;
    expect(open).toMatchObject({ MaLoi: '', TrangThaiGD: 'khoi-tao', MaThamChieu: init.MaThamChieu });
    await pay(url);
    const q = (await (await post('/dev-payment/query', thanhHoaSigned('QUERY', init.MaThamChieu))).json()) as Record<string, string>;
    for (const k of ['MaLoi', 'MoTaLoi', 'MaDoiTac', 'MaThamChieu', 'ThoiGianGD', 'MaXacThuc', 'LoaiBanTin', 'SoTien', 'MaTienTe', 'MaGiaoDich', 'MaNganHang', 'ThongTinGiaoDich', 'TrangThaiGD'])
      expect(typeof q[k], k).toBe('string');
    expect(q).toMatchObject({ MaLoi: '00', MaDoiTac: PARTNER, SoTien: '1500000', TrangThaiGD: 'thanh-cong' });
    expect(Number.parseInt(q.SoTien!, 10)).toBe(1_500_000); // ConfirmDvcPaymentResponse.SoTien is an int?
    // ConfirmDvcPaymentCommandHandler's check, as the AutoCheck path applies the answer
    expect(q.MaXacThuc).toBe(maXacThuc(`${q.LoaiBanTin}|${q.MaLoi}|${q.MaDoiTac}|${q.MaThamChieu}|${q.SoTien}|${q.MaTienTe}|${q.MaGiaoDich}|${q.MaNganHang}|${q.ThoiGianGD}|${q.ThongTinGiaoDich}|${SECRET}`));

    // a client configured with one address for every message gets the same answer there
    const single = (await (await post('/dev-payment', thanhHoaSigned('QUERY', init.MaThamChieu))).json()) as Record<string, string>;
    expect(single).toMatchObject({ MaLoi: '00', MaGiaoDich: q.MaGiaoDich, MaXacThuc: q.MaXacThuc });

    const bill = await post('/dev-payment/bill', thanhHoaSigned('GET_BILL', init.MaThamChieu));
    expect(bill.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await bill.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-'); // saved as <MaThamChieu>_<time>.pdf
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getKeywords()).toContain('1.001756.01');
    expect(doc.getSubject()).toBe(`MaThamChieu ${init.MaThamChieu}; MaGiaoDich ${q.MaGiaoDich}`);
    // a GET_BILL with a wrong checksum is refused in the envelope, no PDF
    const bad = await post('/dev-payment/bill', { ...thanhHoaSigned('GET_BILL', init.MaThamChieu), MaXacThuc: '0'.repeat(64) });
    expect(await bad.json()).toMatchObject({ error_code: '2' });
    expect((await post('/dev-payment/bill', thanhHoaSigned('GET_BILL', init.MaThamChieu), null)).status).toBe(401);
  });
});

describe('motcua’s client with three addresses and a bearer token', () => {
  it('INIT, QUERY and GET_BILL each go to their address with the token; a lost callback is made good by QUERY; the receipt is the PDF', async () => {
    recorded.length = 0;
    const req = await createRequest(c, { procedureCode: '1.001756' });
    const init = await call(c.app, { method: 'POST', url: `/api/v1/payments/${req.id}/init`, token: 'citizen' });
    expect(init.statusCode, init.body).toBe(200);
    // the receipt block carries MaDVC = procedure code + ".01"
    const stored = await g.db.selectFrom('devPaymentTransactions').select('message').where('reference', '=', req.reference).executeTakeFirstOrThrow();
    expect(stored.message.ThongTinBienLai).toMatchObject({ MaDVC: '1.001756.01' });
    expect((stored.message.ThongTinBienLai as unknown as Record<string, unknown>).MaTTHC).toBe('1.001756');

    const before = await call(c.app, { method: 'POST', url: `/api/v1/payments/${req.id}/query`, token: 'citizen' });
    expect(before.json()).toMatchObject({ gatewayState: 'khoi-tao', outcome: 'open', payment: { state: 'pending' } });
    // paid at the platform; its callback goes to G's own address (C never hears of it)
    await pay(init.json<{ paymentUrl: string }>().paymentUrl);
    const after = await call(c.app, { method: 'POST', url: `/api/v1/payments/${req.id}/query`, token: 'officer' });
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toMatchObject({ gatewayState: 'thanh-cong', gatewayCode: '00', outcome: 'paid', payment: { state: 'paid' } });
    const again = await call(c.app, { method: 'POST', url: `/api/v1/payments/${req.id}/query`, token: 'officer' });
    expect(again.json()).toMatchObject({ outcome: 'replayed', payment: { state: 'paid' } });

    const pdf = await call(c.app, { method: 'GET', url: `/api/v1/payments/${req.id}/receipt`, token: 'citizen' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await PDFDocument.load(pdf.rawPayload)).getSubject()).toContain(`MaThamChieu ${req.reference}`);

    expect(recorded).toEqual([
      { path: '/init', type: 'INIT', authorization: `Bearer ${TOKEN}` },
      { path: '/query', type: 'QUERY', authorization: `Bearer ${TOKEN}` },
      { path: '/query', type: 'QUERY', authorization: `Bearer ${TOKEN}` },
      { path: '/query', type: 'QUERY', authorization: `Bearer ${TOKEN}` },
      { path: '/bill', type: 'GET_BILL', authorization: `Bearer ${TOKEN}` },
    ]);
    const events = await listPaymentEvents(c.db, { paymentRequestId: req.id });
    expect(events.map((e) => [e.kind, e.outcome])).toEqual([
      ['init', 'sent'], ['query', 'open'], ['query', 'paid'], ['query', 'replayed'], ['get-bill', 'sent'],
    ]);
  });

  it('answers the platform’s callback with {MaLoi, MoTaLoi, MaDoiTac, ThoiGianGD, MaXacThuc}', async () => {
    const req = await createRequest(c);
    const m = {
      LoaiBanTin: 'CONFIRM', MaLoi: '00', MaDoiTac: PARTNER, MaThamChieu: req.reference, SoTien: String(req.amount), MaTienTe: 'VND',
      MaGiaoDich: 'GD20251127160000123456', MaNganHang: 'PAYMENT', ThoiGianGD: '20251127160000', ThongTinGiaoDich: req.description,
    };
    const r = await call(c.app, { method: 'POST', url: '/api/v1/payments/callback', payload: { ...m, MaXacThuc: callbackChecksum(m, SECRET) } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ MaLoi: '00', MoTaLoi: '', MaDoiTac: PARTNER, ThoiGianGD: '20251127160000', MaXacThuc: callbackChecksum(m, SECRET) });
  });
});
