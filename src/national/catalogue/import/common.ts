/** Small parsers shared by the importers: durations, fees, legal-basis references. */
import { fold } from '../../../lib/fold.ts';
import type { DurationUnit, Fee, ProcessingTime } from '../catalogue.ts';

/** "Ngày làm việc" → working_day, "Ngày" → calendar_day, "Giờ" → working_hour; months count as 30 days. */
function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

export function parseDuration(rawValue: unknown, rawUnit: unknown): ProcessingTime | null {
  const raw = text(rawValue).trim();
  const n = Number(raw.replace(',', '.'));
  if (!raw || !Number.isFinite(n) || n < 0) return null;
  const u = fold(text(rawUnit)).trim();
  let unit: DurationUnit = 'working_day';
  let duration = n;
  if (u.includes('gio') || u === 'working_hour') unit = 'working_hour';
  else if (u.includes('thang')) {
    unit = 'calendar_day';
    duration = n * 30;
  } else if (u.includes('lam viec') || u === 'working_day' || u === '') unit = 'working_day';
  else if (u.includes('ngay') || u === 'calendar_day') unit = 'calendar_day';
  return duration <= 10_000 ? { duration, unit } : null;
}

const VND_RE = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:việt nam đồng|đồng|vnđ|vnd|đ)(?![\p{L}])/giu;

/** Fees in VND found in a free-text fee description (amounts in other currencies are not fees we can hold). */
export function parseVndFees(raw: string): Fee[] {
  const text = raw.normalize('NFC');
  const seen = new Set<number>();
  const fees: Fee[] = [];
  for (const m of text.matchAll(VND_RE)) {
    const amount = Number(m[1]!.replace(/[.,]/g, ''));
    if (!Number.isSafeInteger(amount) || amount <= 0 || amount > 1e12 || seen.has(amount)) continue;
    seen.add(amount);
    const start = Math.max(0, (m.index ?? 0) - 80);
    fees.push({ amount, description: text.slice(start, (m.index ?? 0) + m[0].length + 80).trim().slice(0, 500) });
  }
  return fees.slice(0, 20);
}

/** Legal document numbers ("15/2020/NĐ-CP", "02/2011/QH13") found in flattened text, in order, unique. */
export function parseLegalRefs(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.normalize('NFC').matchAll(/\d{1,5}\/\d{4}\/[A-ZĐ][A-ZĐ0-9-]*[A-ZĐ0-9]/gu)) {
    if (!out.includes(m[0])) out.push(m[0]);
  }
  return out.slice(0, 100);
}
