/**
 * Importers of administrative units from the official-format files (the layout of the shared data folder,
 * /work/shared/data/README.md). Each import is one transaction and idempotent: a second run reports every
 * row unchanged. Malformed rows are rejected with reasons; with `strict`, any rejection writes nothing.
 */
import path from 'node:path';
import type { Db } from '../../db/connect.ts';
import { applyUnitsAndLinks, type ProgressFactory, type SourcedLink } from './admin-unit.apply.ts';
import { parseLinks } from './admin-unit.parse-links.ts';
import { parseCurrent, parsePre2025 } from './admin-unit.parse.ts';
import { unitsInForce } from './admin-unit.repository.ts';
import { emptyReport, REORG_DATE, toneKey, type ImportReport } from './admin-unit.ts';

export interface ImportOptions {
  progress?: ProgressFactory;
  strict?: boolean;
  /** Keep only these (new) province codes. */
  provinces?: readonly string[];
}

function reportOf(rejected: ImportReport['rejected']): ImportReport {
  const r = emptyReport();
  r.rejected.push(...rejected);
  return r;
}

/**
 * `dir` = admin-units-2025-current. `changesDate`: when the 2026 snapshot's changes took effect. The files are
 * the whole truth from 1 July 2025 for the units they list: a later version they no longer have is deleted.
 */
export async function importCurrentUnits(
  db: Db,
  dir: string,
  opts: ImportOptions & { changesDate?: string } = {},
): Promise<ImportReport> {
  const p = parseCurrent(dir, { changesDate: opts.changesDate, provinces: opts.provinces });
  return applyUnitsAndLinks(db, p.units, p.links, reportOf(p.rejected), {
    progress: opts.progress,
    strict: opts.strict,
    authoritativeFrom: REORG_DATE,
  });
}

/** `dir` = admin-units-pre2025. `validFrom`: the first day the snapshot's units are known to be in force. */
export async function importPre2025Units(
  db: Db,
  dir: string,
  opts: ImportOptions & { validFrom?: string } = {},
): Promise<ImportReport> {
  const p = parsePre2025(dir, { validFrom: opts.validFrom, provinces: opts.provinces });
  return applyUnitsAndLinks(db, p.units, p.links, reportOf(p.rejected), {
    progress: opts.progress,
    strict: opts.strict,
  });
}

/**
 * `dir` = admin-units-mapping-2025; the units on both sides must be imported first. A new commune code
 * missing from the official list (two known cases, see SOURCE.md) is matched by name within its province
 * and reported under `corrected`.
 */
export async function importUnitLinks(
  db: Db,
  dir: string,
  opts: Omit<ImportOptions, 'provinces'> & { newProvinces?: readonly string[] } = {},
): Promise<ImportReport> {
  const p = parseLinks(dir, { newProvinces: opts.newProvinces });
  const report = reportOf(p.rejected);
  const links = await correctLinks(db, p.links, report);
  return applyUnitsAndLinks(db, [], links, report, { progress: opts.progress, strict: opts.strict });
}

export async function correctLinks(
  db: Db,
  links: SourcedLink[],
  report: ImportReport,
): Promise<SourcedLink[]> {
  return correctLinkCodes(links, await unitsInForce(db, 'commune', REORG_DATE), report);
}

/** Replace a new-commune code that is not among `communes` by the one commune of that name in its province. */
export function correctLinkCodes(
  links: SourcedLink[],
  communes: readonly { code: string; fullName: string; parentCode: string | null }[],
  report: ImportReport,
): SourcedLink[] {
  const codes = new Set(communes.map((c) => c.code));
  const byName = new Map<string, string[]>();
  for (const c of communes) {
    const k = `${c.parentCode ?? ''}|${toneKey(c.fullName)}`;
    byName.set(k, [...(byName.get(k) ?? []), c.code]);
  }
  return links.map((l) => {
    if (l.level !== 'commune' || codes.has(l.code) || !l.hint) return l;
    const match = byName.get(`${l.hint.province}|${toneKey(l.hint.name)}`);
    if (match?.length !== 1) return l;
    report.corrected.push({
      file: l.file,
      row: l.row,
      note: `new commune code ${l.code} is not in the official list; ${l.hint.name} is ${match[0]!}`,
    });
    return { ...l, code: match[0]! };
  });
}

export interface AllReports {
  current: ImportReport;
  pre2025: ImportReport;
  links: ImportReport;
}

/** Everything from the shared data folder (`dataDir` contains admin-units-2025-current, …-pre2025, …-mapping-2025). */
export async function importAllAdminUnits(
  db: Db,
  dataDir: string,
  opts: ImportOptions = {},
): Promise<AllReports> {
  const current = await importCurrentUnits(db, path.join(dataDir, 'admin-units-2025-current'), opts);
  const pre2025 = await importPre2025Units(db, path.join(dataDir, 'admin-units-pre2025'), opts);
  const links = await importUnitLinks(db, path.join(dataDir, 'admin-units-mapping-2025'), {
    progress: opts.progress,
    strict: opts.strict,
    newProvinces: opts.provinces,
  });
  return { current, pre2025, links };
}
