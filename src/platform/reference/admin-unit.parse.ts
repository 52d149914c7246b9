/**
 * Parse the official-format CSV files of administrative units (the layouts of /work/shared/data, see each
 * folder's SOURCE.md) into units and links. Pure: no database. A malformed row is rejected with its reasons;
 * the others are kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../errors.ts';
import type { SourcedLink } from './admin-unit.apply.ts';
import {
  CHANGES_2026_DATE,
  PRE2025_SNAPSHOT_DATE,
  REORG_DATE,
  shortName,
  toneKey,
  unitProblems,
  type RejectedRow,
  type UnitInput,
  type UnitLevel,
} from './admin-unit.ts';

export interface Parsed {
  units: UnitInput[];
  links: SourcedLink[];
  rejected: RejectedRow[];
}

type Row = Record<string, string>;

/** Read a CSV with a header; throws import-format-invalid when a required column is missing. */
export function readCsv(file: string, required: readonly string[]): Row[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('import-format-invalid', { detail: `Cannot read ${file}`, cause: err });
  }
  const rows = parse<Row>(text, {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    trim: true,
    relax_column_count: true,
  });
  const header = rows[0] ? Object.keys(rows[0]) : [];
  const missing = required.filter((c) => !header.includes(c));
  if (rows.length && missing.length) {
    throw new AppError('import-format-invalid', {
      detail: `${path.basename(file)}: missing columns ${missing.join(', ')}`,
    });
  }
  return rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v ?? '').normalize('NFC')])),
  );
}

function unit(
  level: UnitLevel,
  code: string,
  fullName: string,
  parent: [UnitLevel, string] | null,
  validFrom: string,
  validTo: string | null,
): UnitInput {
  return {
    level,
    code,
    fullName,
    name: shortName(level, fullName) ?? fullName,
    parentLevel: parent?.[0] ?? null,
    parentCode: parent?.[1] ?? null,
    validFrom,
    validTo,
  };
}

/** Rows are numbered as lines of the file (the header is line 1). */
export const line = (i: number) => i + 2;

/**
 * The 34 provinces and 3,321 communes in force from 1 July 2025 (admin-units-2025-current), and the later
 * real changes of the 2026 snapshot as new versions from `changesDate`. Tone-mark-only respellings
 * (Hòa → Hoà) are not changes: the 2025 spelling is kept.
 */
export function parseCurrent(
  dir: string,
  opts: { changesDate?: string; provinces?: readonly string[] } = {},
): Parsed {
  const changesDate = opts.changesDate ?? CHANGES_2026_DATE;
  const keep = (p: string) => !opts.provinces || opts.provinces.includes(p);
  const out: Parsed = { units: [], links: [], rejected: [] };
  const F_PROV = 'provinces_34.csv',
    F_WARD = 'wards_2025-07-01.csv',
    F_CHG = 'ward_changes_2025-07-01_to_2026-07-25.csv';
  const provinces = readCsv(path.join(dir, F_PROV), ['Code', 'FullName']);
  const wards = readCsv(path.join(dir, F_WARD), ['ward_code', 'ward_name', 'province_code', 'province_name']);
  const changes = readCsv(path.join(dir, F_CHG), ['change', 'ward_code', 'name_2025_07_01', 'name_current']);

  // The 2025 spelling of each province's full name is the one the 2025 ward list carries.
  const name2025 = new Map<string, string>();
  for (const w of wards)
    if (w.province_code && !name2025.has(w.province_code))
      name2025.set(w.province_code, w.province_name ?? '');
  const provCodes = new Set<string>();
  provinces.forEach((p, i) => {
    const code = p.Code ?? '',
      current = p.FullName ?? '';
    const reasons = unitProblems('province', code, current);
    if (provCodes.has(code)) reasons.push(`duplicate province code ${code}`);
    if (reasons.length) {
      out.rejected.push({ file: F_PROV, row: line(i), reasons });
      return;
    }
    provCodes.add(code);
    if (!keep(code)) return;
    const old = name2025.get(code) || current;
    if (toneKey(old) === toneKey(current)) {
      out.units.push(unit('province', code, old, null, REORG_DATE, null));
    } else {
      out.units.push(unit('province', code, old, null, REORG_DATE, changesDate));
      out.units.push(unit('province', code, current, null, changesDate, null));
      out.links.push({
        file: F_PROV,
        row: line(i),
        level: 'province',
        code,
        replacedLevel: 'province',
        replacedCode: code,
        kind: 'full',
        effectiveDate: changesDate,
      });
    }
  });

  const real = new Map<string, { name: string; row: number }>();
  changes.forEach((c, i) => {
    const code = c.ward_code ?? '';
    const from = c.name_2025_07_01 ?? '',
      to = c.name_current ?? '';
    // Spelling-only rows are skipped, so a fault in them (one row writes "xã Bắc Sơn") does not matter.
    // The file's own flag wins (it calls "Phó Bảng" → "Phố Bảng" a spelling fix); without it, compare tone-neutrally.
    const flag = c.tone_mark_spelling_only;
    const spellingOnly = flag === 'yes' || (flag !== 'no' && toneKey(from) === toneKey(to));
    const reasons = spellingOnly ? [] : unitProblems('commune', code, to);
    if (c.change !== 'renamed') reasons.push(`unknown change "${c.change ?? ''}"`);
    if (real.has(code)) reasons.push(`duplicate change for ${code}`);
    if (reasons.length) {
      out.rejected.push({ file: F_CHG, row: line(i), reasons });
      return;
    }
    if (!spellingOnly) real.set(code, { name: to, row: line(i) });
  });

  const seen = new Set<string>();
  wards.forEach((w, i) => {
    const code = w.ward_code ?? '',
      full = w.ward_name ?? '',
      prov = w.province_code ?? '';
    const reasons = unitProblems('commune', code, full);
    if (!provCodes.has(prov)) reasons.push(`unknown province ${prov}`);
    if (seen.has(code)) reasons.push(`duplicate commune code ${code}`);
    if (reasons.length) {
      out.rejected.push({ file: F_WARD, row: line(i), reasons });
      return;
    }
    seen.add(code);
    if (!keep(prov)) return;
    const chg = real.get(code);
    out.units.push(unit('commune', code, full, ['province', prov], REORG_DATE, chg ? changesDate : null));
    if (chg) {
      out.units.push(unit('commune', code, chg.name, ['province', prov], changesDate, null));
      out.links.push({
        file: F_CHG,
        row: chg.row,
        level: 'commune',
        code,
        replacedLevel: 'commune',
        replacedCode: code,
        kind: 'full',
        effectiveDate: changesDate,
      });
    }
  });
  for (const [code, c] of real) {
    if (!seen.has(code))
      out.rejected.push({ file: F_CHG, row: c.row, reasons: [`commune ${code} is not in the 2025 list`] });
  }
  return out;
}

/**
 * The 63 provinces, 696 districts and 10,035 communes of the three-tier scheme (admin-units-pre2025), valid
 * from the snapshot date until the reorganisation.
 */
export function parsePre2025(
  dir: string,
  opts: { validFrom?: string; provinces?: readonly string[] } = {},
): Parsed {
  const from = opts.validFrom ?? PRE2025_SNAPSHOT_DATE;
  const keep = (p: string) => !opts.provinces || opts.provinces.includes(p);
  const out: Parsed = { units: [], links: [], rejected: [] };
  const F_P = 'provinces_63.csv',
    F_D = 'districts.csv',
    F_W = 'wards.csv';
  const provs = readCsv(path.join(dir, F_P), ['province_code', 'province_name']);
  const dists = readCsv(path.join(dir, F_D), ['district_code', 'district_name', 'province_code']);
  const wards = readCsv(path.join(dir, F_W), ['ward_code', 'ward_name', 'district_code', 'province_code']);
  const provCodes = new Set<string>();
  provs.forEach((p, i) => {
    const code = p.province_code ?? '',
      full = p.province_name ?? '';
    const reasons = unitProblems('province', code, full);
    if (provCodes.has(code)) reasons.push(`duplicate province code ${code}`);
    if (reasons.length) {
      out.rejected.push({ file: F_P, row: line(i), reasons });
      return;
    }
    provCodes.add(code);
    if (keep(code)) out.units.push(unit('province', code, full, null, from, REORG_DATE));
  });
  const distProv = new Map<string, string>();
  dists.forEach((d, i) => {
    const code = d.district_code ?? '',
      full = d.district_name ?? '',
      prov = d.province_code ?? '';
    const reasons = unitProblems('district', code, full);
    if (!provCodes.has(prov)) reasons.push(`unknown province ${prov}`);
    if (distProv.has(code)) reasons.push(`duplicate district code ${code}`);
    if (reasons.length) {
      out.rejected.push({ file: F_D, row: line(i), reasons });
      return;
    }
    distProv.set(code, prov);
    if (keep(prov)) out.units.push(unit('district', code, full, ['province', prov], from, REORG_DATE));
  });
  const seen = new Set<string>();
  wards.forEach((w, i) => {
    const code = w.ward_code ?? '',
      full = w.ward_name ?? '',
      dist = w.district_code ?? '',
      prov = w.province_code ?? '';
    const reasons = unitProblems('commune', code, full);
    const dp = distProv.get(dist);
    if (!dp) reasons.push(`unknown district ${dist}`);
    else if (dp !== prov) reasons.push(`district ${dist} is in province ${dp}, not ${prov}`);
    if (seen.has(code)) reasons.push(`duplicate commune code ${code}`);
    if (reasons.length) {
      out.rejected.push({ file: F_W, row: line(i), reasons });
      return;
    }
    seen.add(code);
    if (keep(prov)) out.units.push(unit('commune', code, full, ['district', dist], from, REORG_DATE));
  });
  return out;
}
