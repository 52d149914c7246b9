/**
 * The export of any table (issue 17.5): rows and column labels as CSV (UTF-8 with a byte-order mark, so Excel reads
 * the Vietnamese right; CRLF; RFC 4180 quoting; a text cell that starts like a formula is neutralised) or as an XLSX
 * workbook (exceljs). A table route asks `exportFormatOf(req)` and, when a format is asked, answers `sendTable`.
 */
import ExcelJS from 'exceljs';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type ExportFormat = 'csv' | 'xlsx';
export type Cell = string | number | boolean | null | undefined;

export interface ExportColumn {
  key: string;
  label: string;
  /** Column width in characters in the workbook (default from the label). */
  width?: number;
}

export interface ExportTable {
  /** File name without extension (ASCII is safest: `chi-so-2026-Q4`). */
  name: string;
  /** Worksheet name (at most 31 characters, no []:*?/\). */
  sheet: string;
  /** Lines printed above the header in the workbook (title, period). CSV has none: one header row, then rows. */
  title?: string[];
  columns: ExportColumn[];
  rows: Record<string, Cell>[];
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The optional `format` query parameter of a table route. */
export const FormatQuery = Type.Optional(
  Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')], {
    description: 'csv or xlsx to download the table (also Accept: text/csv); json by default',
  }),
);

/** The format a request asks for: `?format=csv|xlsx`, else an Accept header naming CSV or XLSX; null means JSON. */
export function exportFormatOf(req: Pick<FastifyRequest, 'query' | 'headers'>): ExportFormat | null {
  const q = (req.query ?? {}) as { format?: unknown };
  if (q.format === 'csv' || q.format === 'xlsx') return q.format;
  if (q.format === 'json') return null;
  const accept = String(req.headers.accept ?? '').toLowerCase();
  if (accept.includes('text/csv')) return 'csv';
  if (accept.includes(XLSX_TYPE)) return 'xlsx';
  return null;
}

const text = (v: Cell): string => (v === null || v === undefined ? '' : String(v).normalize('NFC'));

/** A text cell starting with = + - @ (or a tab / carriage return) would run as a formula in a spreadsheet. */
function neutral(v: Cell): string {
  const s = text(v);
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvField(v: Cell): string {
  const s = neutral(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function tableCsv(t: ExportTable): Buffer {
  const lines = [t.columns.map((c) => csvField(c.label)).join(',')];
  for (const r of t.rows) lines.push(t.columns.map((c) => csvField(r[c.key])).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

export async function tableXlsx(t: ExportTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const ws = wb.addWorksheet(t.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1');
  const n = Math.max(1, t.columns.length);
  for (const [i, line] of (t.title ?? []).entries()) {
    const row = ws.addRow([line.normalize('NFC')]);
    if (n > 1) ws.mergeCells(row.number, 1, row.number, n);
    row.getCell(1).font = { bold: i === 0 };
  }
  if (t.title?.length) ws.addRow([]);
  const header = ws.addRow(t.columns.map((c) => c.label.normalize('NFC')));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const r of t.rows) {
    ws.addRow(t.columns.map((c) => {
      const v = r[c.key];
      return typeof v === 'number' || typeof v === 'boolean' ? v : v === null || v === undefined ? null : neutral(v);
    }));
  }
  t.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? Math.min(40, Math.max(10, c.label.length + 2))));
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Answer the table as a download in the asked format. */
export async function sendTable(reply: FastifyReply, format: ExportFormat, t: ExportTable): Promise<FastifyReply> {
  const ext = format === 'csv' ? 'csv' : 'xlsx';
  const name = `${t.name.replace(/[^A-Za-z0-9._-]/g, '-')}.${ext}`;
  return reply
    .type(format === 'csv' ? CSV_TYPE : XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(format === 'csv' ? tableCsv(t) : await tableXlsx(t));
}
