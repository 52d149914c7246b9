/** Entry point of every import (HTTP and CLI): parse the payload by format, then import the rows. */
import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../errors.ts';
import type { Actor } from '../catalogue.service.ts';
import { missingCsvColumns, parseCatalogueCsv } from './csv.ts';
import { parseCrawlJsonl } from './dvcqg-crawl.ts';
import { importCandidates, type Candidate, type ImportFormat, type ImportReport } from './import.ts';
import { parseLayThuTuc } from './laythutuc.ts';

/** Parse a payload (text, or an already parsed JSON value for LayThuTuc) into candidate rows. */
export function parseImport(format: ImportFormat, payload: unknown): Candidate[] {
  try {
    switch (format) {
      case 'laythutuc':
        return parseLayThuTuc(typeof payload === 'string' ? JSON.parse(payload) : payload);
      case 'csv': {
        const text = String(payload);
        const missing = missingCsvColumns(text);
        if (missing.length) throw new AppError('import-format-invalid', { detail: `CSV header lacks: ${missing.join(', ')}` });
        return parseCatalogueCsv(text);
      }
      case 'dvcqg-crawl':
        return parseCrawlJsonl(String(payload));
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('import-format-invalid', { detail: `Cannot read the ${format} payload: ${(err as Error).message.slice(0, 200)}` });
  }
}

export async function importCatalogue(
  db: Db,
  actor: Actor,
  format: ImportFormat,
  payload: unknown,
  onRow?: () => void,
): Promise<ImportReport> {
  return importCandidates(db, actor, parseImport(format, payload), onRow);
}
