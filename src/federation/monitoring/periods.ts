/**
 * Reporting periods of the monitoring index: a month `2026-11`, a quarter `2026-Q4` or a year `2026`, in Vietnam
 * time (UTC+7, no daylight saving). Pure: both the portal and a local system read periods the same way.
 */

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  /** The period as written: `2026-11`, `2026-Q4`, `2026`. */
  key: string;
  kind: PeriodKind;
  /** First month (`YYYY-MM-01`) and the first month after the period, as Vietnam calendar dates. */
  firstMonth: string;
  endMonth: string;
  /** The instants the period starts and ends (exclusive): 00:00 Vietnam time. */
  start: Date;
  end: Date;
}

export const PERIOD_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$';
const RE = new RegExp(PERIOD_PATTERN);

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-01` of the month `m` (0-based, may overflow into the next years). */
function monthDate(year: number, m: number): string {
  const y = year + Math.floor(m / 12);
  return `${y}-${pad((m % 12) + 1)}-01`;
}
/** 00:00 Vietnam time of a `YYYY-MM-DD` date. */
export function vnMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** The period, or null when the text is not one (years 2000–2099). */
export function parsePeriod(text: string): Period | null {
  if (!RE.test(text)) return null;
  const year = Number(text.slice(0, 4));
  if (year < 2000 || year > 2099) return null;
  let kind: PeriodKind;
  let m0: number;
  let months: number;
  if (text.length === 4) [kind, m0, months] = ['year', 0, 12];
  else if (text[5] === 'Q') [kind, m0, months] = ['quarter', (Number(text[6]) - 1) * 3, 3];
  else [kind, m0, months] = ['month', Number(text.slice(5, 7)) - 1, 1];
  const firstMonth = monthDate(year, m0);
  const endMonth = monthDate(year, m0 + months);
  return { key: text, kind, firstMonth, endMonth, start: vnMidnight(firstMonth), end: vnMidnight(endMonth) };
}

function keyOf(kind: PeriodKind, year: number, m0: number): string {
  const y = year + Math.floor(m0 / 12);
  const m = ((m0 % 12) + 12) % 12;
  if (kind === 'year') return String(y);
  if (kind === 'quarter') return `${y}-Q${Math.floor(m / 3) + 1}`;
  return `${y}-${pad(m + 1)}`;
}

/** The period of the same kind just before. */
export function previousPeriod(p: Period): Period {
  const year = Number(p.key.slice(0, 4));
  const m0 = Number(p.firstMonth.slice(5, 7)) - 1;
  const step = p.kind === 'year' ? 12 : p.kind === 'quarter' ? 3 : 1;
  return parsePeriod(keyOf(p.kind, year, m0 - step))!;
}

/** The `n` periods of the same kind ending with `p`, oldest first (a trend). */
export function trendPeriods(p: Period, n: number): Period[] {
  const out = [p];
  while (out.length < n && Number(out[0]!.key.slice(0, 4)) > 2000) out.unshift(previousPeriod(out[0]!));
  return out;
}

/** The period of a kind containing an instant (Vietnam time). */
export function periodAt(kind: PeriodKind, at: Date): Period {
  const vn = new Date(at.getTime() + 7 * 3600_000);
  return parsePeriod(keyOf(kind, vn.getUTCFullYear(), vn.getUTCMonth()))!;
}
