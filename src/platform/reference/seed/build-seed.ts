/**
 * Generates admin-units.json, the committed seed, from the shared public data (run once, by hand):
 *   node --import tsx src/platform/reference/seed/build-seed.ts [path/to/shared/data]
 * Keeps the 34 provinces from 1 July 2025 (with the 2026 Đồng Nai version), the communes of the two demo
 * provinces Thanh Hóa (38) and Quảng Ninh (22), the pre-2025 provinces, districts and communes they replaced,
 * and the links between them. Sources and licences: the SOURCE.md of each admin-units folder (MIT, thanglequoc and dvhcvn).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { correctLinkCodes } from '../admin-unit.import.ts';
import { parseLinks } from '../admin-unit.parse-links.ts';
import { parseCurrent, parsePre2025, readCsv } from '../admin-unit.parse.ts';
import { emptyReport, REORG_DATE, type UnitLevel } from '../admin-unit.ts';
import { encodeSeed, SEED_FILE } from './seed.ts';

export const DEMO_PROVINCES = ['38', '22'];

function build(dataDir: string): void {
  const cur = parseCurrent(path.join(dataDir, 'admin-units-2025-current'));
  const units = cur.units.filter(
    (u) => u.level === 'province' || DEMO_PROVINCES.includes(u.parentCode ?? ''),
  );
  const links = cur.links.filter((l) => units.some((u) => u.level === l.level && u.code === l.code));
  const mapDir = path.join(dataDir, 'admin-units-mapping-2025');
  const oldProvinces = readCsv(path.join(mapDir, 'old_province_to_new_province.csv'), [
    'old_province_code',
    'new_province_code',
  ])
    .filter((r) => DEMO_PROVINCES.includes(r.new_province_code ?? ''))
    .map((r) => r.old_province_code ?? '');
  const pre = parsePre2025(path.join(dataDir, 'admin-units-pre2025'), { provinces: oldProvinces });
  units.push(...pre.units);
  const report = emptyReport();
  const communes2025 = units
    .filter((u) => u.level === 'commune' && u.validFrom === REORG_DATE)
    .map((u) => ({ code: u.code, fullName: u.fullName, parentCode: u.parentCode }));
  const mapped = correctLinkCodes(
    parseLinks(mapDir, { newProvinces: DEMO_PROVINCES }).links,
    communes2025,
    report,
  );
  const has = (level: UnitLevel, code: string) => units.some((u) => u.level === level && u.code === code);
  const kept = mapped.filter((l) => has(l.level, l.code) && has(l.replacedLevel, l.replacedCode));
  links.push(...kept);
  const out = path.join(import.meta.dirname, SEED_FILE);
  writeFileSync(out, encodeSeed(units, links));
  console.log(
    `${units.length} units, ${links.length} links (${mapped.length - kept.length} links dropped: unit not in the lists) → ${out}`,
  );
  for (const c of report.corrected) console.log(`corrected: ${c.note}`);
}

build(path.resolve(process.argv[2] ?? path.resolve(import.meta.dirname, '../../../../../shared/data')));
