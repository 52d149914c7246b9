/**
 * The catalogue CSV format (UTF-8, comma-separated, RFC 4180 quoting, one header row, one procedure per row;
 * `;` separates the items of a list cell):
 *
 *   code, name, sector_code, sector_name, levels, agency_codes, online_level,
 *   counter_duration, counter_unit, online_duration, online_unit,
 *   fee_amount, fee_description, result_codes, result_names, components, legal_basis, workflow_template_ref
 *
 * levels: `central;province;commune` (Vietnamese "Cấp tỉnh" also accepted); online_level: full|partial|none;
 * units: working_day|working_hour|calendar_day; fee_amount: VND integer (empty = no fee); result_codes and
 * result_names: parallel lists; components: `name|originals|copies` items. Row numbers in the report count
 * data rows from 1 (the header is row 0).
 */
import { parse } from 'csv-parse/sync';
import type { Level, OnlineLevel, ProcedureContent, ProcessingTime } from '../catalogue.ts';
import { onlineLevels } from '../catalogue.ts';
import { mapLevel, type Candidate } from './import.ts';
import { parseDuration } from './common.ts';
import { dvcqgListRowToCandidate } from './csv-dvcqg.ts';

export const CSV_COLUMNS = [
  'code', 'name', 'sector_code', 'sector_name', 'levels', 'agency_codes', 'online_level',
  'counter_duration', 'counter_unit', 'online_duration', 'online_unit',
  'fee_amount', 'fee_description', 'result_codes', 'result_names', 'components', 'legal_basis', 'workflow_template_ref',
] as const;

function list(s: string | undefined): string[] {
  return (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
}

function time(d: string | undefined, u: string | undefined): ProcessingTime | null {
  return d?.trim() ? parseDuration(d, u) : null;
}

export function csvRowToCandidate(r: Record<string, string>, row: number): Candidate {
  const reasons: string[] = [];
  const levels = list(r.levels).map((l) => mapLevel(l));
  if (levels.some((l) => !l)) reasons.push(`unknown level in '${r.levels ?? ''}'`);
  const online = (r.online_level ?? '').trim() as OnlineLevel;
  if (!onlineLevels.includes(online)) reasons.push(`online_level must be full, partial or none`);
  const feeAmount = (r.fee_amount ?? '').trim();
  if (feeAmount && !/^\d{1,12}$/.test(feeAmount)) reasons.push('fee_amount must be a whole number of VND');
  const codes = list(r.result_codes);
  const names = list(r.result_names);
  if (codes.length !== names.length) reasons.push('result_codes and result_names must have the same number of items');
  const components = list(r.components).map((c) => {
    const [name = '', originals = '1', copies = '0'] = c.split('|').map((x) => x.trim());
    return { name, originals: Number(originals), copies: Number(copies) };
  });
  const content: ProcedureContent = {
    name: (r.name ?? '').trim(),
    sectorCode: (r.sector_code ?? '').trim(),
    levels: [...new Set(levels.filter((l): l is Level => !!l))],
    agencyCodes: list(r.agency_codes),
    onlineLevel: online,
    processing: { counter: time(r.counter_duration, r.counter_unit), online: time(r.online_duration, r.online_unit) },
    cases: components.length ? [{ name: 'Trường hợp chung', components }] : [],
    fees: feeAmount ? [{ amount: Number(feeAmount), description: (r.fee_description ?? '').trim() }] : [],
    results: codes.map((code, i) => ({ code, name: names[i] ?? '' })),
    legalBasis: list(r.legal_basis),
    workflowTemplateRef: (r.workflow_template_ref ?? '').trim() || null,
  };
  const sectorCode = (r.sector_code ?? '').trim();
  const sectorName = (r.sector_name ?? '').trim();
  return {
    row,
    code: (r.code ?? '').trim() || undefined,
    sector: sectorCode && sectorName ? { code: sectorCode, name: sectorName, ministryCode: null } : undefined,
    content,
    reasons,
  };
}

/** Candidates from CSV text; a missing required column rejects the whole file (thrown as a message). */
export function parseCatalogueCsv(text: string): Candidate[] {
  const records = parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    columns: true,
    skip_empty_lines: true,
    trim: false,
    relax_column_count: true,
  });
  // the national portal's flat list (its own header) is read as such
  const national = 'ma_thu_tuc' in (records[0] ?? {});
  return records.map((r, i) => (national ? dvcqgListRowToCandidate(r, i + 1) : csvRowToCandidate(r, i + 1)));
}

export function missingCsvColumns(text: string): string[] {
  if (/^\uFEFF?ma_thu_tuc,/.test(text)) return ['ma_thu_tuc', 'ten_thu_tuc', 'cap_thuc_hien', 'linh_vuc'].filter((c) => !text.split(/\r?\n/, 1)[0]!.includes(c));
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  return ['code', 'name', 'sector_code', 'sector_name', 'levels', 'online_level'].filter((c) => !header.includes(c));
}
