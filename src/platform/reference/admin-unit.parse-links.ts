/** Parse the 2025 mapping files (admin-units-mapping-2025) into links from new units to the units they replaced. */
import path from 'node:path';
import { line, readCsv, type Parsed } from './admin-unit.parse.ts';
import { CODE_PATTERNS, REORG_DATE, type UnitLevel } from './admin-unit.ts';

/**
 * Links from the units of 1 July 2025 to the units they replaced (admin-units-mapping-2025): commune → old
 * communes (full or partial) and province → old provinces. `newProvinces` keeps only links into those.
 */
export function parseLinks(dir: string, opts: { newProvinces?: readonly string[] } = {}): Parsed {
  const keep = (p: string) => !opts.newProvinces || opts.newProvinces.includes(p);
  const out: Parsed = { units: [], links: [], rejected: [] };
  const F_W = 'old_ward_to_new_ward_2025-07-01.csv',
    F_P = 'old_province_to_new_province.csv';
  const wards = readCsv(path.join(dir, F_W), [
    'old_ward_code',
    'new_ward_code',
    'new_ward_name',
    'new_province_code',
    'type',
  ]);
  const provs = readCsv(path.join(dir, F_P), ['old_province_code', 'new_province_code']);
  const seen = new Set<string>();
  const add = (
    file: string,
    i: number,
    level: UnitLevel,
    code: string,
    old: string,
    kind: string,
    prov: string,
    name = '',
  ) => {
    const reasons: string[] = [];
    if (!CODE_PATTERNS[level].test(code)) reasons.push(`new ${level} code "${code}" is malformed`);
    if (!CODE_PATTERNS[level].test(old)) reasons.push(`old ${level} code "${old}" is malformed`);
    if (kind !== 'full' && kind !== 'partial') reasons.push(`type "${kind}" is neither full nor partial`);
    if (!CODE_PATTERNS.province.test(prov)) reasons.push(`province code "${prov}" is malformed`);
    const key = `${level}:${code}:${old}`;
    if (seen.has(key)) reasons.push(`duplicate link ${code} ← ${old}`);
    if (reasons.length) {
      out.rejected.push({ file, row: line(i), reasons });
      return;
    }
    seen.add(key);
    if (keep(prov)) {
      out.links.push({
        file,
        row: line(i),
        level,
        code,
        replacedLevel: level,
        replacedCode: old,
        kind: kind as 'full' | 'partial',
        effectiveDate: REORG_DATE,
        hint: { name, province: prov },
      });
    }
  };
  provs.forEach((p, i) =>
    add(
      F_P,
      i,
      'province',
      p.new_province_code ?? '',
      p.old_province_code ?? '',
      'full',
      p.new_province_code ?? '',
    ),
  );
  wards.forEach((w, i) =>
    add(
      F_W,
      i,
      'commune',
      w.new_ward_code ?? '',
      w.old_ward_code ?? '',
      w.type ?? '',
      w.new_province_code ?? '',
      w.new_ward_name ?? '',
    ),
  );
  return out;
}
