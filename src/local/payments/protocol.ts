/**
 * The DVCQG payment platform protocol (domain-vn.md §6.5) as the local system's client speaks it
 * (payments.service.ts, callback.service.ts): INIT, the callback and its reply, GET_BILL (the receipt, a PDF) and
 * QUERY, each to its own configurable address (gateway-client.ts). Pure functions only. The development stand-in gateway has its own,
 * independent implementation (src/standins/payment-gateway/protocol.ts); the tests make the two talk.
 *
 * Every message is signed with `MaXacThuc` = lowercase hex SHA-256 of the `|`-joined fields followed by the shared
 * secret. Times are `yyyyMMddHHmmss` in Vietnam time (UTC+7), 24-hour clock (§4.6: the surveyed code used the
 * 12-hour `hh`, a bug we do not copy).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Fixed values of an INIT message (§6.5). */
export const INIT_FIXED = {
  LoaiBanTin: 'INIT',
  PhienBan: '1.0.6',
  LoaiHinhThanhToan: 'PAY',
  MaKenhThanhToan: '1',
  MaThietBi: '1',
  NgonNgu: 'vi-VN',
  MaTienTe: 'VND',
  MaNganHang: 'PAYMENT',
} as const;

/** `MaLoi` of a successful payment; every other code means not paid. */
export const PAID_CODE = '00';

export interface ReceiptFeeLine {
  LoaiPhiLePhi: string;
  MaPhiLePhi: string;
  TenPhiLePhi: string;
  SoTien: string;
}

/** `ThongTinBienLai`: what the platform prints on the electronic receipt. */
export interface ReceiptInfo {
  MaDichVu: '2';
  MaDVC: string;
  TenDVC: string;
  MaTTHC: string;
  TenTTHC: string;
  MaDonVi: string;
  TenDonVi: string;
  MaHoSo: string;
  TKThuHuong: string;
  MaNHThuHuong: string;
  TenTKThuHuong: string;
  HoTenNguoiNop: string;
  SoCMNDNguoiNop: string;
  DiaChiNguoiNop: string;
  NoiDungThanhToan: string;
  PhiLePhi: ReceiptFeeLine[];
  DSKhoanNop: { NoiDung: string; SoTien: string }[];
}

export interface InitMessage {
  LoaiBanTin: 'INIT';
  PhienBan: string;
  MaDoiTac: string;
  MaThamChieu: string;
  SoTien: string;
  LoaiHinhThanhToan: string;
  MaKenhThanhToan: string;
  MaThietBi: string;
  NgonNgu: string;
  MaTienTe: string;
  MaNganHang: string;
  ThongTinGiaoDich: string;
  ThoiGianGD: string;
  Ip: string;
  ThongTinBienLai: ReceiptInfo;
  MaXacThuc: string;
}

/** The result notification the gateway POSTs to the partner's callback URL. */
export interface CallbackMessage {
  LoaiBanTin: string;
  MaLoi: string;
  MaDoiTac: string;
  MaThamChieu: string;
  SoTien: string;
  MaTienTe: string;
  MaGiaoDich: string;
  MaNganHang: string;
  ThoiGianGD: string;
  ThongTinGiaoDich: string;
  MaXacThuc: string;
}

export interface GetBillMessage {
  LoaiBanTin: 'GET_BILL';
  PhienBan: string;
  MaDoiTac: string;
  MaThamChieu: string;
  ThoiGianGD: string;
  MaXacThuc: string;
}

/**
 * QUERY: the state of a transaction, asked by the partner (Thanh Hóa DvcPaymentService.CheckPaymentStatus,
 * CheckPaymentStatusRequest: LoaiBanTin "QUERY", PhienBan, MaDoiTac, MaThamChieu, ThoiGianGD, MaXacThuc over
 * `LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD|secret`).
 */
export interface QueryMessage {
  LoaiBanTin: 'QUERY';
  PhienBan: string;
  MaDoiTac: string;
  MaThamChieu: string;
  ThoiGianGD: string;
  MaXacThuc: string;
}

/**
 * The platform's answer to QUERY, read as the Thanh Hóa client reads it (ConfirmDvcPaymentResponse): the callback's
 * fields plus `MoTaLoi` and `TrangThaiGD`. That client passes the answer to its callback handler (AutoCheck), so its
 * `MaXacThuc` is checked as a callback's.
 */
export interface QueryAnswer extends CallbackMessage {
  MoTaLoi: string;
  TrangThaiGD: string;
}

/**
 * What the partner answers the platform's callback (Thanh Hóa ConfirmDvcPaymentCommandHandler): the callback's
 * `MaLoi`, an error description, the partner code, the callback's `ThoiGianGD` and `MaXacThuc`.
 */
export interface CallbackReply {
  MaLoi: string;
  MoTaLoi: string;
  MaDoiTac: string;
  ThoiGianGD: string;
  MaXacThuc: string;
}

/**
 * `MaDVC` (the public service code on the receipt) = the procedure code + ".01" (Thanh Hóa DvcPaymentService.InitPayment:
 * `MaTTHC + ".01"`; opencps-v2 KeypayDVCQGUtils: serviceCodeDVCQG + MADVCAPPEND).
 */
export function publicServiceCode(procedureCode: string): string {
  return `${procedureCode}.01`;
}

/** Gateway answer to INIT and GET_BILL: `error_code` "0" = accepted; `message` is a JSON string on success. */
export interface GatewayResponse {
  error_code: string;
  message: string;
}

/** Lowercase hex SHA-256 of `f1|f2|…|fn|secret` (UTF-8). */
export function checksum(fields: readonly string[], secret: string): string {
  return createHash('sha256').update([...fields, secret].join('|'), 'utf8').digest('hex');
}

export function initChecksum(m: Omit<InitMessage, 'MaXacThuc' | 'ThongTinBienLai'>, secret: string): string {
  return checksum(
    [m.LoaiBanTin, m.PhienBan, m.MaDoiTac, m.MaThamChieu, m.SoTien, m.LoaiHinhThanhToan, m.MaKenhThanhToan,
      m.MaThietBi, m.NgonNgu, m.MaTienTe, m.MaNganHang, m.ThongTinGiaoDich, m.ThoiGianGD, m.Ip],
    secret,
  );
}

export function callbackChecksum(m: Omit<CallbackMessage, 'MaXacThuc'>, secret: string): string {
  return checksum(
    [m.LoaiBanTin, m.MaLoi, m.MaDoiTac, m.MaThamChieu, m.SoTien, m.MaTienTe, m.MaGiaoDich, m.MaNganHang,
      m.ThoiGianGD, m.ThongTinGiaoDich],
    secret,
  );
}

export function getBillChecksum(m: Omit<GetBillMessage, 'MaXacThuc'>, secret: string): string {
  return checksum([m.LoaiBanTin, m.PhienBan, m.MaDoiTac, m.MaThamChieu, m.ThoiGianGD], secret);
}

export function queryChecksum(m: Omit<QueryMessage, 'MaXacThuc'>, secret: string): string {
  return checksum([m.LoaiBanTin, m.PhienBan, m.MaDoiTac, m.MaThamChieu, m.ThoiGianGD], secret);
}

/** Constant-time comparison of a received checksum with the expected one. */
export function checksumMatches(received: unknown, expected: string): boolean {
  if (typeof received !== 'string' || received.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(received.toLowerCase(), 'utf8'), Buffer.from(expected, 'utf8'));
}

const VN_OFFSET_MS = 7 * 3600_000;

/** `yyyyMMddHHmmss` of an instant in Vietnam time (UTC+7, no daylight saving), 24-hour clock. */
export function vnTimestamp(at: Date): string {
  const d = new Date(at.getTime() + VN_OFFSET_MS);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/** The instant of a `yyyyMMddHHmmss` Vietnam-time stamp, or undefined when it is not a real time. */
export function parseVnTimestamp(s: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, se);
  const back = new Date(utc);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) return undefined;
  return new Date(utc - VN_OFFSET_MS);
}

/** `MaThamChieu`: "dvc" + the dossier code without non-word characters + the Vietnam-time timestamp. */
export function paymentReference(dossierCode: string, at: Date): string {
  return `dvc${dossierCode.replace(/\W/g, '')}${vnTimestamp(at)}`;
}

/** Format an amount the Vietnamese way: 1500000 → "1.500.000 đồng". */
export function formatVnd(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}
