/**
 * The import pipeline shared by every format: a parser turns its input into candidate rows; each row is
 * checked (schema, codes, agency scope) before anything is written, then its sector is ensured and its
 * content made the published version (catalogue.service.ts `upsertPublished`, one transaction per row).
 * A rejected row changes nothing; importing the same rows again reports them `unchanged`.
 */
import { Value } from 'typebox/value';
import type { Db } from '../../../db/connect.ts';
import { isAppError } from '../../../errors.ts';
import { fold } from '../../../lib/fold.ts';
import { isValidAgencyCode } from '../../../lib/vn-ids.ts';
import { ContentSchema, nationalProcedureCode, type Level, type ProcedureContent } from '../catalogue.ts';
import { canManage, upsertPublished, type Actor } from '../catalogue.service.ts';
import { upsertSector, type SectorRecord } from '../catalogue.repository.ts';

export const importFormats = ['laythutuc', 'csv', 'dvcqg-crawl'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** One row as a parser sees it: the code as given, the sector it names, the content, and parse problems. */
export interface Candidate {
  row: number;
  code?: string | undefined;
  sector?: SectorRecord | undefined;
  content?: Partial<ProcedureContent> | undefined;
  reasons: string[];
}

export interface ImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; code?: string; reasons: string[] }[];
}

/** Sector code derived from its name when the source gives none: folded words joined by `-`. */
export function sectorCodeFor(name: string): string {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-')
    .slice(0, 120);
}

/** Map an implementing level as written in the sources ("Cấp bộ", "Cấp Tỉnh", "3", …). */
export function mapLevel(raw: string): Level | undefined {
  const f = fold(raw).trim();
  if (/\b(bo|trung uong|central)\b/.test(f) || f === '1') return 'central';
  if (/\b(tinh|province)\b/.test(f) || f === '2') return 'province';
  if (/\b(huyen|district)\b/.test(f) || f === '3') return 'district';
  if (/\b(xa|commune)\b/.test(f) || f === '4') return 'commune';
  return undefined;
}

function checkContent(c: Candidate): string[] {
  const reasons = [...c.reasons];
  if (!c.code) reasons.push('missing procedure code');
  else if (!nationalProcedureCode(c.code)) reasons.push(`invalid procedure code '${c.code.slice(0, 60)}'`);
  if (!c.sector?.code || !c.sector.name) reasons.push('missing sector');
  const content = c.content;
  if (!content) return [...reasons, 'no content'];
  for (const a of content.agencyCodes ?? []) {
    if (!isValidAgencyCode(a)) reasons.push(`invalid agency code '${String(a).slice(0, 40)}'`);
  }
  if (!reasons.length && !Value.Check(ContentSchema, content)) {
    for (const e of Value.Errors(ContentSchema, content).slice(0, 5)) reasons.push(`${e.instancePath || '/'} ${e.message}`);
  }
  return reasons;
}

export async function importCandidates(
  db: Db,
  actor: Actor,
  candidates: Iterable<Candidate>,
  onRow?: () => void,
): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, updated: 0, unchanged: 0, rejected: [] };
  const seen = new Set<string>();
  for (const c of candidates) {
    const reasons = checkContent(c);
    const code = c.code ? (nationalProcedureCode(c.code) ?? c.code) : undefined;
    if (!reasons.length && code && seen.has(code)) reasons.push(`duplicate of an earlier row with code ${code}`);
    if (!reasons.length && !canManage(actor, c.content?.agencyCodes ?? [])) {
      reasons.push('forbidden: the competent agencies do not include your agency');
    }
    if (reasons.length) {
      report.rejected.push({ row: c.row, ...(code ? { code: code.slice(0, 60) } : {}), reasons });
      onRow?.();
      continue;
    }
    seen.add(code!);
    try {
      await upsertSector(db, c.sector!);
      const outcome = await upsertPublished(db, actor, code!, c.content as ProcedureContent);
      report[outcome]++;
    } catch (err) {
      if (!isAppError(err)) throw err;
      report.rejected.push({ row: c.row, code: code!, reasons: [err.detail ?? err.message] });
    }
    onRow?.();
  }
  return report;
}
