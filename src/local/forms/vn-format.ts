/**
 * Vietnamese formatting for administrative documents (ux.md §4, Decree 30/2020/NĐ-CP): money in sentences
 * ("1.500.000 đồng"), the amount in words for receipts ("Một triệu năm trăm nghìn đồng"), letter dates
 * ("ngày 05 tháng 02 năm 2025" — a leading zero for days below 10 and for months 1 and 2) and clock times
 * ("16 giờ 00 phút"). Every instant is shown in Vietnam time (UTC+7, no daylight saving), whatever offset the
 * ISO string carries.
 */

const VN_OFFSET_MS = 7 * 3600 * 1000;
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Calendar fields of an instant in Vietnam time. */
export interface VnDateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Parse an ISO 8601 instant that carries an offset (`2025-04-24T16:00:00+07:00` or `...Z`) and return its
 * fields in Vietnam time, or `undefined` when the string is malformed or names an impossible date
 * (`2025-02-30`). A string without an offset is rejected: its meaning would depend on the server's zone.
 */
export function parseVnInstant(iso: string): VnDateParts | undefined {
  const m = ISO_WITH_OFFSET.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) {
    return undefined;
  }
  const local = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (local.getUTCDate() !== Number(d)) return undefined;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const vn = new Date(ms + VN_OFFSET_MS);
  return {
    year: vn.getUTCFullYear(),
    month: vn.getUTCMonth() + 1,
    day: vn.getUTCDate(),
    hour: vn.getUTCHours(),
    minute: vn.getUTCMinutes(),
  };
}

/** Epoch milliseconds of a valid ISO instant (call after validation). */
export function instantMs(iso: string): number {
  return Date.parse(iso);
}

function partsOrThrow(iso: string): VnDateParts {
  const p = parseVnInstant(iso);
  if (!p) throw new RangeError(`not an ISO instant with offset: ${iso}`);
  return p;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Decree 30: days below 10 and months 1–2 take a leading zero. */
function letterDay(day: number): string {
  return pad2(day);
}
function letterMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** `ngày 24 tháng 4 năm 2025` (Vietnam time). */
export function formatVnDate(iso: string): string {
  const p = partsOrThrow(iso);
  return `ngày ${letterDay(p.day)} tháng ${letterMonth(p.month)} năm ${p.year}`;
}

/** `16 giờ 00 phút` (Vietnam time, 24-hour clock). */
export function formatVnTime(iso: string): string {
  const p = partsOrThrow(iso);
  return `${p.hour} giờ ${pad2(p.minute)} phút`;
}

/** `16 giờ 00 phút, ngày 24 tháng 4 năm 2025`. */
export function formatVnDateTime(iso: string): string {
  return `${formatVnTime(iso)}, ${formatVnDate(iso)}`;
}

/** Compact form for table cells: `24/04/2025 16:00`. */
export function formatVnShortDateTime(iso: string): string {
  const p = partsOrThrow(iso);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** `Thanh Hóa, ngày 24 tháng 4 năm 2025` — the place-and-date line of a document. */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place}, ${formatVnDate(iso)}`;
}

/** Group digits with dots: 1500000 → `1.500.000`. Integers only (the đồng has no subunit in use). */
export function formatVnNumber(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `1.500.000 đồng` — money inside sentences (tables may use `₫`). */
export function formatVnd(amount: number): string {
  return `${formatVnNumber(amount)} đồng`;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function digitWord(d: number): string {
  return DIGITS[d] ?? '';
}

/**
 * Read a group of three digits. `full` = the group is not the leading one, so a zero hundreds digit is
 * still read ("không trăm") and a lone unit after zero tens takes "linh".
 */
function readTriple(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(digitWord(h), 'trăm');
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push('linh');
  } else if (t === 1) {
    words.push('mười');
  } else {
    words.push(digitWord(t), 'mươi');
  }
  if (u > 0) {
    if (u === 1 && t >= 2) words.push('mốt');
    else if (u === 5 && t >= 1) words.push('lăm');
    else words.push(digitWord(u));
  }
  return words;
}

const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'] as const;

/** Read a non-negative integer in Vietnamese words, lower case: 1500000 → `một triệu năm trăm nghìn`. */
export function numberToVnWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative safe integer: ${n}`);
  if (n === 0) return 'không';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    words.push(...readTriple(g, i < groups.length - 1));
    const scale = SCALES[i] ?? '';
    if (scale) words.push(scale);
  }
  return words.join(' ');
}

/** Amount in words for receipts, capitalised: 1500000 → `Một triệu năm trăm nghìn đồng`. */
export function vndInWords(amount: number): string {
  const w = numberToVnWords(amount);
  return `${w.charAt(0).toLocaleUpperCase('vi')}${w.slice(1)} đồng`;
}

/** Two-digit count as written on forms: 1 → `01`. */
export function formatCount(n: number): string {
  return pad2(n);
}
