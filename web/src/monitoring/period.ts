/** Periods of the monitoring contract: a month 2026-11, a quarter 2026-Q4, a year 2026 (Vietnam time). */
export type PeriodKind = 'month' | 'quarter' | 'year';

const vnNow = () => new Date(Date.now() + 7 * 3_600_000);

export function currentPeriod(kind: PeriodKind, now: Date = vnNow()): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  if (kind === 'year') return String(y);
  if (kind === 'quarter') return `${y}-Q${Math.ceil(m / 3)}`;
  return `${y}-${String(m).padStart(2, '0')}`;
}

export function kindOf(period: string): PeriodKind {
  return period.length === 4 ? 'year' : period.includes('Q') ? 'quarter' : 'month';
}

/** The last `n` periods of a kind up to the current one, newest first. */
export function recentPeriods(kind: PeriodKind, n: number, now: Date = vnNow()): string[] {
  const out: string[] = [];
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  for (let i = 0; i < n; i++) {
    if (kind === 'year') out.push(String(y - i));
    else if (kind === 'quarter') {
      const q = Math.floor(m / 3) - i;
      const yy = y + Math.floor(q / 4);
      out.push(`${yy}-Q${((q % 4) + 4) % 4 + 1}`);
    } else {
      const mm = m - i;
      const yy = y + Math.floor(mm / 12);
      out.push(`${yy}-${String(((mm % 12) + 12) % 12 + 1).padStart(2, '0')}`);
    }
  }
  return out;
}

/** "Tháng 11/2026", "Quý 4/2026", "Năm 2026" (or English). */
export function periodLabel(period: string, lang: 'vi' | 'en'): string {
  if (period.length === 4) return lang === 'vi' ? `Năm ${period}` : `Year ${period}`;
  if (period.includes('Q')) return lang === 'vi' ? `Quý ${period[6]}/${period.slice(0, 4)}` : `Q${period[6]} ${period.slice(0, 4)}`;
  return lang === 'vi' ? `Tháng ${Number(period.slice(5))}/${period.slice(0, 4)}` : `${period.slice(5)}/${period.slice(0, 4)}`;
}

export const fmtPoints = (n: number, lang: 'vi' | 'en') =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(n);

export const fmtPercent = (x: number | null, lang: 'vi' | 'en') =>
  x === null ? '—' : new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(x);
