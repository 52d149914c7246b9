/**
 * Reporting periods (the monitoring contract, issue 17): a month `2026-11`, a quarter `2026-Q4` or a year `2026`,
 * as Vietnam calendar days and as instants (from 00:00 +07:00 of the first day to 00:00 +07:00 after the last).
 */
import { AppError } from '../../errors.ts';

export const PERIOD_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$';

export interface ReportPeriod {
  period: string;
  /** First and last Vietnam day, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Instants: start inclusive, end exclusive. */
  start: Date;
  end: Date;
  /** "Tháng 11 năm 2026", "Quý IV năm 2026", "Năm 2026". */
  labelVi: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ROMAN = ['I', 'II', 'III', 'IV'];

export function parsePeriod(p: string): ReportPeriod {
  const m = new RegExp(PERIOD_PATTERN).exec(p);
  if (!m) {
    throw new AppError('validation-failed', {
      detail: 'period is a month (2026-11), a quarter (2026-Q4) or a year (2026)',
      errors: [{ path: '/period', message: 'invalid period' }],
    });
  }
  const year = Number(p.slice(0, 4));
  let first: number; // first month, 1-based
  let months: number;
  let labelVi: string;
  if (p.length === 4) {
    [first, months, labelVi] = [1, 12, `Năm ${year}`];
  } else if (p[5] === 'Q') {
    const q = Number(p[6]);
    [first, months, labelVi] = [3 * q - 2, 3, `Quý ${ROMAN[q - 1]} năm ${year}`];
  } else {
    const mo = Number(p.slice(5, 7));
    [first, months, labelVi] = [mo, 1, `Tháng ${mo} năm ${year}`];
  }
  const from = `${year}-${pad(first)}-01`;
  const endYear = first + months > 12 ? year + 1 : year;
  const endMonth = ((first + months - 1) % 12) + 1;
  const next = `${endYear}-${pad(endMonth)}-01`;
  const end = new Date(`${next}T00:00:00+07:00`);
  const to = new Date(end.getTime() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  return { period: p, from, to, start: new Date(`${from}T00:00:00+07:00`), end, labelVi };
}
