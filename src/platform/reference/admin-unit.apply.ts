/**
 * Write parsed units and links in one transaction: parents before children, links after the units they
 * name. Shared by the file importers and the committed seed, so both behave the same (idempotent).
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { deleteStaleUnits, resolveLinks, upsertLinks, upsertUnits } from './admin-unit.repository.ts';
import type { ImportReport, LinkInput, UnitInput, UnitLevel } from './admin-unit.ts';

export interface ProgressSink {
  tick(n?: number): void;
  stop(): void;
}
export type ProgressFactory = (label: string, total: number) => ProgressSink;

/** A link plus where it came from, so an unresolvable one is reported against its source row. */
export interface SourcedLink extends LinkInput {
  file: string;
  row: number;
  /** The new unit's name and province as the source gives them (to correct a wrong code). */
  hint?: { name: string; province: string };
}

export interface ApplyOptions {
  progress?: ProgressFactory;
  /** Reject the whole import (write nothing) if any row is rejected. */
  strict?: boolean;
  /**
   * The source is the whole truth for its units from this date on: versions of those units starting on or
   * after it that the source no longer lists are deleted (so a corrected file leaves no overlapping rows).
   */
  authoritativeFrom?: string;
}

const ORDER: UnitLevel[] = ['province', 'district', 'commune'];
const CHUNK = 2000;

export async function applyUnitsAndLinks(
  db: Db,
  units: readonly UnitInput[],
  links: readonly SourcedLink[],
  report: ImportReport,
  opts: ApplyOptions = {},
): Promise<ImportReport> {
  const { progress, strict = false, authoritativeFrom } = opts;
  if (strict && report.rejected.length) throw rejectedError(report);
  await db.transaction().execute(async (trx) => {
    if (authoritativeFrom) {
      report.removed += await deleteStaleUnits(trx, units, authoritativeFrom).catch((err: unknown) => {
        if ((err as { code?: string }).code !== '23503') throw err;
        throw new AppError('conflict', {
          detail:
            'A version of a unit that the source no longer lists is still used (by an agency or a unit); nothing was written',
          cause: err,
        });
      });
    }
    if (units.length) {
      const bar = progress?.('units', units.length);
      for (const level of ORDER) {
        const ofLevel = units.filter((u) => u.level === level);
        for (let i = 0; i < ofLevel.length; i += CHUNK) {
          const chunk = ofLevel.slice(i, i + CHUNK);
          const c = await upsertUnits(trx, chunk);
          report.inserted += c.inserted;
          report.updated += c.updated;
          report.unchanged += c.unchanged;
          bar?.tick(chunk.length);
        }
      }
      bar?.stop();
    }
    if (links.length) {
      const bar = progress?.('links', links.length);
      const resolved = await resolveLinks(trx, links);
      const rows: {
        unitId: string;
        replacedUnitId: string;
        kind: 'full' | 'partial';
        effectiveDate: string;
      }[] = [];
      for (const r of resolved) {
        const l = links[r.index]!;
        if (r.unitId && r.replacedUnitId) {
          rows.push({
            unitId: r.unitId,
            replacedUnitId: r.replacedUnitId,
            kind: l.kind,
            effectiveDate: l.effectiveDate,
          });
          continue;
        }
        const reasons: string[] = [];
        if (!r.unitId) reasons.push(`${l.level} ${l.code} is not in force on ${l.effectiveDate}`);
        if (!r.replacedUnitId)
          reasons.push(
            `${l.replacedLevel} ${l.replacedCode} is not in force the day before ${l.effectiveDate}`,
          );
        report.rejected.push({ file: l.file, row: l.row, reasons });
      }
      if (strict && report.rejected.length) throw rejectedError(report);
      const c = await upsertLinks(trx, rows);
      report.inserted += c.inserted;
      report.updated += c.updated;
      report.unchanged += c.unchanged;
      bar?.tick(links.length);
      bar?.stop();
    }
  });
  return report;
}

function rejectedError(report: ImportReport): AppError {
  return new AppError('import-format-invalid', {
    detail: `${report.rejected.length} rows rejected; nothing was written`,
    data: { rejected: report.rejected.slice(0, 100) },
  });
}
