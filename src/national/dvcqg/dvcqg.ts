/**
 * The DVCQG integration formats (domain-vn.md §4.1, §4.6, §6.1–6.3): wire dates `yyyyMMddHHmmss` (Vietnam time),
 * dossier codes, statuses 1–10, the answer shape `{error_code, message}` and the mapping of our error codes to
 * DVCQG error codes ("-3" = already exists, which legacy senders retry as an update).
 */
import { createHash } from 'node:crypto';
import type { ErrorCode } from '../../errors.ts';

/** What a refused MaHoSo is told: the accepted shapes (src/lib/dossier-code.ts). */
export const MA_HO_SO_SHAPES = 'a dossier code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-NNNN (4, 5 or 6 digits) or a legacy MX1X2.NN-YYMMDD-NNNN';
const WIRE_DATE_RE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
/** Epoch of the ordering key: 2000-01-01 00:00 Vietnam time (keys fit an int4 until 2068). */
const KEY_EPOCH = Date.UTC(2000, 0, 1);

/** Milliseconds of a `yyyyMMddHHmmss` date read as UTC wall time, or undefined when it is not a real date. */
function wallTime(s: string): number | undefined {
  const m = WIRE_DATE_RE.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = Date.UTC(y, mo - 1, d, h, mi, se);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) return undefined;
  return t;
}

export function isWireDate(s: unknown): s is string {
  return typeof s === 'string' && wallTime(s) !== undefined;
}

/** The ordering key of a wire date: seconds since 2000-01-01 (Vietnam wall time); 0 for an empty date. */
export function wireDateKey(s: string): number {
  const t = wallTime(s);
  return t === undefined || t < KEY_EPOCH ? 0 : Math.floor((t - KEY_EPOCH) / 1000);
}

/** ISO instant of a wire date (UTC+7). */
export function wireDateIso(s: string): string | undefined {
  const t = wallTime(s);
  return t === undefined ? undefined : new Date(t - 7 * 3600_000).toISOString();
}

/** A status 1–10 given as number or numeric string, or undefined. */
export function statusOf(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{1,2}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 10 ? n : undefined;
}

/** The mirror key of a dossier received through the DVCQG API: a UUID derived from (system, MaHoSo). */
export function mirrorIdOf(node: string, maHoSo: string): string {
  const h = createHash('sha256').update(`dvcqg|${node}|${maHoSo}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Date fields of `DongBoHoSoMC` (all optional; when present and non-empty they must be `yyyyMMddHHmmss`). */
export const DOSSIER_DATE_FIELDS = ['NgayNopHoSo', 'NgayTiepNhan', 'NgayHenTra', 'NgayTra', 'NgayKetThucXuLy', 'NgayTuChoi'] as const;
/** The dates of things that happened (not the due date): a snapshot's ordering key is the newest of them. */
export const DOSSIER_EVENT_DATE_FIELDS = ['NgayNopHoSo', 'NgayTiepNhan', 'NgayTra', 'NgayKetThucXuLy', 'NgayTuChoi'] as const;
export const PROGRESS_DATE_FIELDS = ['ThoiDiemXuLy', 'NgayBatDau', 'NgayKetThucTheoQuyDinh'] as const;

export const SUCCESS_MESSAGE = 'Cập nhật thành công';

/** DVCQG error codes of our errors ("-3" already exists is what legacy senders turn into an update; "-7" a dossier of an agency the system does not host). */
export const dvcqgErrorCode: Partial<Record<ErrorCode, string>> = {
  'dvcqg-exists': '-3',
  'dvcqg-session-invalid': '-2',
  'dvcqg-login-failed': '-2',
  'dvcqg-not-found': '-4',
  'dvcqg-service-unknown': '-5',
  'message-sender-suspended': '-6',
  'message-agency-of-another-node': '-7',
};

export interface DvcqgAnswer {
  error_code: string;
  message: string;
  [k: string]: unknown;
}

/**
 * Tolerance of the compatible surface (issue 15 §4): the real clients spell some keys differently (OpenCPS sends
 * `maTTHC` to LayThuTuc, both clients `mahoso` to TraCuuHoSo). A key that matches one of `names` ignoring case is
 * renamed to that spelling (when the exact spelling is absent); every other key is kept as sent.
 */
export function canonicalKeys(o: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const name = byLower.get(k.toLowerCase());
    if (name && name !== k && Object.hasOwn(o, name)) continue; // the exact spelling wins
    out[name ?? k] = v;
  }
  return out;
}

/** Top-level keys of an integration call. */
export const CALL_KEYS = ['session', 'madonvi', 'service', 'isUpdating', 'data', 'MaHoSo', 'MaTTHC'] as const;
/** Keys of a DongBoHoSoMC / CapNhatTienDoHoSoMC item the portal reads. */
export const ITEM_KEYS = [
  'MaHoSo', 'MaTTHC', 'TenTTHC', 'TrangThaiHoSo', 'TrangThai', 'KenhThucHien', 'ChuHoSo', 'SoGiayToChuHoSo', 'TrichYeuHoSo',
  'DonViXuLy', 'NguoiXuLy', 'ChucDanh', 'PhongBanXuLy', 'NoiDungXuLy', ...DOSSIER_DATE_FIELDS, ...PROGRESS_DATE_FIELDS,
] as const;
