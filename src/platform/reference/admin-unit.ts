/**
 * Administrative units (domain-vn.md §2, law-2025.md §8): provinces, districts (until 1 July 2025) and
 * communes, each row valid over [validFrom, validTo). Codes are the GSO codes and are reused across periods,
 * so a unit is (level, code) at a date.
 */
import { fold } from '../../lib/fold.ts';

export const unitLevels = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof unitLevels)[number];

/** The day the two-tier local government (34 provinces, no districts) took effect. */
export const REORG_DATE = '2025-07-01';
/** The cut-off of the pre-2025 snapshot (admin-units-pre2025/SOURCE.md): the first day we know those units. */
export const PRE2025_SNAPSHOT_DATE = '2025-03-01';
/** Resolution 237/NQ-UBTVQH16: the Đồng Nai changes in the 2026 snapshot took effect on this day. */
export const CHANGES_2026_DATE = '2026-04-30';

export const CODE_PATTERNS: Record<UnitLevel, RegExp> = {
  province: /^\d{2}$/,
  district: /^\d{3}$/,
  commune: /^\d{5}$/,
};

/** Unit-type prefixes of full names, longest first so "Thành phố" wins over shorter ones. */
const PREFIXES: Record<UnitLevel, readonly string[]> = {
  province: ['Thành phố', 'Tỉnh'],
  district: ['Thành phố', 'Thị xã', 'Huyện', 'Quận'],
  commune: ['Đặc khu', 'Thị trấn', 'Phường', 'Xã'],
};

export const MAX_NAME_LENGTH = 200;

/**
 * A unit as importers and the seed describe it: the parent is named by level and code and resolved to the
 * parent's row in force on `validFrom`.
 */
export interface UnitInput {
  level: UnitLevel;
  code: string;
  name: string;
  fullName: string;
  parentLevel: UnitLevel | null;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

/**
 * "new replaced old" on `effectiveDate`: the new unit is the one in force on that day, the old one the unit
 * in force the day before.
 */
export interface LinkInput {
  level: UnitLevel;
  code: string;
  replacedLevel: UnitLevel;
  replacedCode: string;
  kind: 'full' | 'partial';
  effectiveDate: string;
}

export interface RejectedRow {
  file: string;
  row: number;
  reasons: string[];
}

export interface ImportReport {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Versions the source no longer has, deleted by an authoritative import. */
  removed: number;
  rejected: RejectedRow[];
  /** Rows accepted after a documented correction (e.g. a known wrong code matched by name). */
  corrected: { file: string; row: number; note: string }[];
}

export function emptyReport(): ImportReport {
  return { inserted: 0, updated: 0, unchanged: 0, removed: 0, rejected: [], corrected: [] };
}

/** "Phường Hồng Hà" → { name: "Hồng Hà" }; undefined when the full name has no known unit-type prefix. */
export function shortName(level: UnitLevel, fullName: string): string | undefined {
  const p = PREFIXES[level].find((x) => fullName.startsWith(`${x} `));
  if (!p) return undefined;
  const rest = fullName.slice(p.length + 1).trim();
  return rest || undefined;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A key equal for spellings that differ only in tone-mark placement ("Hoà" / "Hòa", "Thuỷ" / "Thủy"): the
 * tone marks of each word are moved to its end. The 2026 snapshot switched to the old placement.
 */
export function toneKey(s: string): string {
  return s
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => {
      const d = w.normalize('NFD');
      const marks = (d.match(TONE_MARKS) ?? []).join('');
      return (d.replace(TONE_MARKS, '') + marks).normalize('NFC');
    })
    .join(' ')
    .toLowerCase();
}

/** Check the common fields of a unit row; returns the reasons it is malformed (empty = fine). */
export function unitProblems(level: UnitLevel, code: string, fullName: string): string[] {
  const reasons: string[] = [];
  if (!CODE_PATTERNS[level].test(code)) reasons.push(`${level} code "${code}" is malformed`);
  if (!fullName.trim()) reasons.push('name is empty');
  else if (fullName.length > MAX_NAME_LENGTH)
    reasons.push(`name is longer than ${MAX_NAME_LENGTH} characters`);
  else if (!shortName(level, fullName)) reasons.push(`name "${fullName}" has no known ${level} type prefix`);
  return reasons;
}

export function foldName(fullName: string): string {
  return fold(fullName.normalize('NFC'));
}

/** The day before an ISO date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function today(): string {
  // Vietnam's calendar day (UTC+7), the day reference data is in force for.
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}
