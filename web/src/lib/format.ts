/** Formats of the interface: dates in Vietnam time (+07:00) as dd/mm/yyyy, money in đồng. */
import type { Lang } from '../i18n/index.tsx';

const VN_OFFSET_MS = 7 * 3600 * 1000;

function parts(iso: string): { d: string; m: string; y: string; hh: string; mm: string } | undefined {
  // A bare date ('2025-07-05') is a calendar date, not an instant.
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (bare) return { y: bare[1]!, m: bare[2]!, d: bare[3]!, hh: '00', mm: '00' };
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  const v = new Date(t + VN_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return { d: p(v.getUTCDate()), m: p(v.getUTCMonth() + 1), y: String(v.getUTCFullYear()), hh: p(v.getUTCHours()), mm: p(v.getUTCMinutes()) };
}

/** 05/07/2025 */
export function formatDate(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : undefined;
  return p ? `${p.d}/${p.m}/${p.y}` : '';
}

/** 16:00 05/07/2025 (24-hour clock, Vietnam time) */
export function formatDateTime(iso: string | null | undefined): string {
  const p = iso ? parts(iso) : undefined;
  return p ? `${p.hh}:${p.mm} ${p.d}/${p.m}/${p.y}` : '';
}

/** 1.000.000 đ (Vietnamese) or 1,000,000 VND (English); integers only. */
export function formatMoney(amount: number, lang: Lang): string {
  const n = Math.round(amount);
  return lang === 'vi' ? `${new Intl.NumberFormat('vi-VN').format(n)}\u00a0đ` : `${new Intl.NumberFormat('en-US').format(n)}\u00a0VND`;
}

/** Masks all but the last 4 characters: 038087012345 → ********2345. */
export function maskId(id: string): string {
  return id.length <= 4 ? '****' : `${'*'.repeat(id.length - 4)}${id.slice(-4)}`;
}

export function isPast(iso: string | null | undefined, now: number = Date.now()): boolean {
  return !!iso && Date.parse(iso) < now;
}

/** A list's total as the server gave it: "1000+" when it stopped counting at its cap (`totalCapped`). */
export function formatTotal(page: { total: number; totalCapped?: boolean }): string {
  return page.totalCapped ? `${page.total}+` : String(page.total);
}
