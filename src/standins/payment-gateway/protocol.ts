/**
 * MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập: the gateway's side of the DVCQG payment protocol
 * (domain-vn.md §6.5). Written independently of the client in src/local/payments/protocol.ts on purpose (the
 * stand-in may not import local/ code): the two implementations check each other in the tests, and both are
 * checked against the same hand-computed SHA-256 vectors.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const INIT_FIXED_VALUES: Record<string, string> = {
  LoaiBanTin: 'INIT',
  PhienBan: '1.0.6',
  LoaiHinhThanhToan: 'PAY',
  MaKenhThanhToan: '1',
  MaThietBi: '1',
  NgonNgu: 'vi-VN',
  MaTienTe: 'VND',
  MaNganHang: 'PAYMENT',
};

/** Field order of each signed message; MaXacThuc = sha256(fields joined by "|" + "|" + secret), lowercase hex. */
export const SIGNED_FIELDS = {
  INIT: ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'LoaiHinhThanhToan', 'MaKenhThanhToan',
    'MaThietBi', 'NgonNgu', 'MaTienTe', 'MaNganHang', 'ThongTinGiaoDich', 'ThoiGianGD', 'Ip'],
  CALLBACK: ['LoaiBanTin', 'MaLoi', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'MaTienTe', 'MaGiaoDich', 'MaNganHang',
    'ThoiGianGD', 'ThongTinGiaoDich'],
  GET_BILL: ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'ThoiGianGD'],
  QUERY: ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'ThoiGianGD'],
} as const;

export type Message = Record<string, unknown>;

function field(m: Message, k: string): string {
  const v = m[k];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

export function sign(kind: keyof typeof SIGNED_FIELDS, m: Message, secret: string): string {
  const text = [...SIGNED_FIELDS[kind].map((k) => field(m, k)), secret].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function verify(kind: keyof typeof SIGNED_FIELDS, m: Message, secret: string): boolean {
  const got = m.MaXacThuc;
  const want = sign(kind, m, secret);
  return typeof got === 'string' && got.length === want.length && timingSafeEqual(Buffer.from(got), Buffer.from(want));
}

/** yyyyMMddHHmmss, Vietnam time (UTC+7), 24-hour clock. */
export function vnNow(at: Date = new Date()): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14);
}

/** 1500000 → "1.500.000 đồng". */
export function formatVnd(amount: number): string {
  return `${String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

export interface ReceiptView {
  HoTenNguoiNop: string;
  SoCMNDNguoiNop: string;
  DiaChiNguoiNop: string;
  MaHoSo: string;
  TenTTHC: string;
  TenDonVi: string;
  PhiLePhi: { TenPhiLePhi: string; SoTien: string }[];
}

/** The INIT as the stand-in keeps it (the whole message is stored). */
export interface StoredInit extends Message {
  MaDoiTac: string;
  MaThamChieu: string;
  SoTien: string;
  MaTienTe: string;
  MaNganHang: string;
  ThongTinGiaoDich: string;
  ThongTinBienLai: ReceiptView;
}
