/**
 * The import pipeline shared by every format: a parser turns its input into candidate rows; every row is
 * checked in memory first (schema, codes, agency codes and scope, duplicates, name), then all accepted rows
 * are written in ONE transaction, set at a time: create the missing procedures and lock all of them, read
 * their open published versions, decide each row in memory with the rules of `upsertPublished`
 * (catalogue.service.ts: unchanged content is a no-op; another agency's procedure or a version scheduled
 * later is rejected), then upsert the sectors, close the replaced versions and insert the new ones in a few
 * multi-row statements. A rejected row writes nothing; importing the same rows again reports them
 * `unchanged`; an unexpected (non-AppError) failure rolls the whole import back. All procedure locks are
 * taken before the first write that bumps the catalogue revision (migration 0301), so an import cannot
 * deadlock with an officer publishing a procedure it also touches.
 */
import { Value } from 'typebox/value';
import type { Db } from '../../../db/connect.ts';
import { isAppError } from '../../../errors.ts';
import { fold } from '../../../lib/fold.ts';
import { isValidAgencyCode } from '../../../lib/vn-ids.ts';
import { ContentSchema, nationalProcedureCode, type Level, type ProcedureContent } from '../catalogue.ts';
import {
  assertCanManage,
  canManage,
  contentColumns,
  laterVersionError,
  normaliseContent,
  vnToday,
  type Actor,
} from '../catalogue.service.ts';
import type { SectorRecord } from '../catalogue.repository.ts';
import type { NewProcedureVersionRow } from '../catalogue.table.ts';
import * as repo from './import.repository.ts';
import { mapComponentTypes, qualityNotes } from './quality.ts';

export const importFormats = ['laythutuc', 'csv', 'dvcqg-crawl'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** One row as a parser sees it: the code as given, the sector it names, the content, and parse problems. */
export interface Candidate {
  row: number;
  code?: string | undefined;
  sector?: SectorRecord | undefined;
  content?: Partial<ProcedureContent> | undefined;
  reasons: string[];
  /** The parser's notes on missing or suspicious fields (the row is still imported). */
  quality?: string[];
  /** Whether the source says there is a fee: amounts, explicitly none ('free'), or nothing ('unknown'). */
  feeStatus?: 'free' | 'amounts' | 'unknown';
}

/** The quality report of one procedure: what is missing or suspicious, and its components left without a code. */
export interface QualityRow {
  row: number;
  code?: string;
  notes: string[];
}

export interface ImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; code?: string; reasons: string[] }[];
  /** Per procedure with something to say: missing or suspicious fields (rejected rows are not repeated here). */
  quality: QualityRow[];
  /** Components given a national document-type code by name, and those that look national but are not mapped. */
  documentTypes: { mapped: number; unmapped: number };
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
  else if (c.content?.sectorCode !== undefined && c.content.sectorCode !== c.sector.code) reasons.push('sector code differs from the sector given');
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

/** A row that passed every check that needs no database. */
interface Accepted {
  row: number;
  code: string;
  sector: SectorRecord;
  content: ProcedureContent;
}

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** The AppError a check throws, as a rejection reason; undefined when it passes. */
function reasonOf(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (err) {
    if (!isAppError(err)) throw err;
    return err.detail ?? err.message;
  }
}

export async function importCandidates(
  db: Db,
  actor: Actor,
  candidates: Iterable<Candidate>,
  onRow?: () => void,
): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, updated: 0, unchanged: 0, rejected: [], quality: [], documentTypes: { mapped: 0, unmapped: 0 } };
  const seen = new Set<string>();
  const accepted: Accepted[] = [];
  for (const c of candidates) {
    const mapping = c.content ? mapComponentTypes(c.content) : { mapped: 0, unmapped: [] };
    const reasons = checkContent(c);
    const code = c.code ? (nationalProcedureCode(c.code) ?? c.code) : undefined;
    if (!reasons.length && code && seen.has(code)) reasons.push(`duplicate of an earlier row with code ${code}`);
    if (!reasons.length && !canManage(actor, c.content?.agencyCodes ?? [])) {
      reasons.push('forbidden: the competent agencies do not include your agency');
    }
    let content: ProcedureContent | undefined;
    if (!reasons.length) {
      const reason = reasonOf(() => {
        content = normaliseContent(c.content as ProcedureContent);
      });
      if (reason) reasons.push(reason);
    }
    if (reasons.length || !content) {
      report.rejected.push({ row: c.row, ...(code ? { code: code.slice(0, 60) } : {}), reasons });
      onRow?.();
      continue;
    }
    seen.add(code!);
    report.documentTypes.mapped += mapping.mapped;
    report.documentTypes.unmapped += mapping.unmapped.length;
    const notes = [...(c.quality ?? []), ...qualityNotes(content), ...mapping.unmapped.map((n) => `document type: no code for '${n}'`)];
    if (notes.length) report.quality.push({ row: c.row, code: code!, notes });
    accepted.push({ row: c.row, code: code!, sector: c.sector!, content });
  }
  if (accepted.length) await db.transaction().execute((trx) => writeAccepted(trx, actor, accepted, report, onRow));
  report.rejected.sort((a, b) => a.row - b.row);
  return report;
}

async function writeAccepted(trx: Db, actor: Actor, rows: Accepted[], report: ImportReport, onRow?: () => void): Promise<void> {
  const from = vnToday();
  // 1. create the missing procedures and lock them all, before any write that bumps the catalogue revision
  const created = new Set<string>();
  const ids = new Map<string, string>();
  for (const part of chunks(rows.map((r) => r.code), 1000)) {
    for (const code of await repo.insertMissingProcedures(trx, part)) created.add(code);
    for (const [code, id] of await repo.lockProceduresByCode(trx, part)) ids.set(code, id);
  }
  // 2. what the existing ones have now
  const existing = rows.filter((r) => !created.has(r.code)).map((r) => ids.get(r.code)!);
  const open = new Map<string, repo.OpenVersion[]>();
  const maxVersion = new Map<string, number>();
  for (const part of chunks(existing, 1000)) {
    for (const v of await repo.findPublishedOpenAfterMany(trx, part, from)) open.set(v.procedureId, [...(open.get(v.procedureId) ?? []), v]);
    for (const [id, m] of await repo.maxVersions(trx, part)) maxVersion.set(id, m);
  }
  // 3. decide each row as upsertPublished would
  const sectors = new Map<string, SectorRecord>();
  const close: string[] = [];
  const inserts: NewProcedureVersionRow[] = [];
  const publishedAt = new Date().toISOString();
  for (const r of rows) {
    const procedureId = ids.get(r.code)!;
    const cols = contentColumns(r.content);
    const isNew = created.has(r.code);
    if (!isNew) {
      const openVersions = open.get(procedureId) ?? [];
      // the version in force on `from`: the latest that has started
      const current = openVersions.filter((v) => v.effectiveFrom && v.effectiveFrom <= from).sort((a, b) => (a.effectiveFrom! < b.effectiveFrom! ? 1 : -1))[0];
      if (current?.contentHash === cols.contentHash) {
        sectors.set(r.sector.code, r.sector);
        report.unchanged++;
        continue;
      }
      const reason = (current && reasonOf(() => assertCanManage(actor, current.agencyCodes))) ?? laterVersionError(openVersions, from)?.detail;
      if (reason) {
        report.rejected.push({ row: r.row, code: r.code, reasons: [reason] });
        continue;
      }
      close.push(...openVersions.map((v) => v.id));
    }
    sectors.set(r.sector.code, r.sector);
    inserts.push({ procedureId, code: r.code, version: (maxVersion.get(procedureId) ?? 0) + 1, status: 'published', effectiveFrom: from, publishedAt, ...cols });
    report[isNew ? 'imported' : 'updated']++;
  }
  // 4. write, a few statements per chunk
  await repo.upsertSectors(trx, [...sectors.values()]);
  for (const part of chunks(close, 1000)) await repo.closeVersions(trx, part, from);
  for (const part of chunks(inserts, 200)) await repo.insertVersions(trx, part);
  for (let i = 0; i < rows.length; i++) onRow?.();
}
