/**
 * Biểu số II.06a/VPCP/KSTT: the situation and results of resolving administrative procedures at an agency for a
 * period (received online / direct / postal / carried over; resolved early / on time / late; pending within the
 * deadline / late), per sector with a total row, over the agencies an officer sees or one of them with everything
 * below it. As JSON, a table (CSV / XLSX) and a PDF signed by the agency.
 */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { scopeOf } from './scope.ts';
import type { ExportColumn, ExportTable } from '../../platform/export/table-export.ts';
import { ii06aCounts, type Ii06aCounts } from './ii06a.repository.ts';
import { parsePeriod } from './period.ts';
import { formAgency } from '../dossiers/dossier.documents.ts';
import { renderIi06a } from '../forms/report-ii06a.ts';
import { signPdf } from '../../platform/signing/signing.service.ts';
import { formatVn } from '../../platform/calendar/engine.ts';

export interface Ii06aRow extends Ii06aCounts {
  sectorCode: string;
  sectorName: string;
  receivedTotal: number;
  resolvedTotal: number;
  pendingTotal: number;
}

export interface Ii06aReport {
  period: string;
  periodLabel: string;
  from: string;
  to: string;
  agency: { id: string | null; code: string | null; name: string };
  rows: Ii06aRow[];
  total: Ii06aRow;
}

const KEYS = [
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'carriedOver',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingOnTime',
  'pendingLate',
] as const;

function withTotals(c: Ii06aCounts & { sectorCode: string; sectorName: string }): Ii06aRow {
  return {
    ...c,
    receivedTotal: c.receivedOnline + c.receivedDirect + c.receivedPostal + c.carriedOver,
    resolvedTotal: c.resolvedEarly + c.resolvedOnTime + c.resolvedLate,
    pendingTotal: c.pendingOnTime + c.pendingLate,
  };
}

export async function ii06aReport(
  ctx: Pick<AppContext, 'db'>,
  p: Principal | undefined,
  q: { period: string; agency?: string | undefined },
  now: Date,
): Promise<Ii06aReport> {
  const period = parsePeriod(q.period);
  const { ids, agency } = await scopeOf(ctx.db, p, q.agency);
  const rows = (await ii06aCounts(ctx.db, ids, period.start, period.end, now)).map(withTotals);
  const sum = Object.fromEntries(KEYS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as unknown as Ii06aCounts;
  return {
    period: period.period,
    periodLabel: period.labelVi,
    from: period.from,
    to: period.to,
    agency,
    rows,
    total: withTotals({ ...sum, sectorCode: '', sectorName: 'Tổng số' }),
  };
}

export const II06A_COLUMNS: ExportColumn[] = [
  { key: 'sectorName', label: 'Lĩnh vực giải quyết', width: 36 },
  { key: 'receivedTotal', label: 'Số hồ sơ nhận giải quyết: Tổng số' },
  { key: 'receivedOnline', label: 'Trong kỳ: Trực tuyến' },
  { key: 'receivedDirect', label: 'Trong kỳ: Trực tiếp' },
  { key: 'receivedPostal', label: 'Trong kỳ: Dịch vụ bưu chính' },
  { key: 'carriedOver', label: 'Từ kỳ trước chuyển qua' },
  { key: 'resolvedTotal', label: 'Đã giải quyết: Tổng số' },
  { key: 'resolvedEarly', label: 'Đã giải quyết: Trước hạn' },
  { key: 'resolvedOnTime', label: 'Đã giải quyết: Đúng hạn' },
  { key: 'resolvedLate', label: 'Đã giải quyết: Quá hạn' },
  { key: 'pendingTotal', label: 'Đang giải quyết: Tổng số' },
  { key: 'pendingOnTime', label: 'Đang giải quyết: Trong hạn' },
  { key: 'pendingLate', label: 'Đang giải quyết: Quá hạn' },
];

export function ii06aTable(r: Ii06aReport): ExportTable {
  return {
    name: `bao-cao-II06a-${r.period}`,
    sheet: 'Biểu II.06a',
    title: [
      r.agency.name,
      'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Biểu số II.06a/VPCP/KSTT)',
      `Kỳ báo cáo: ${r.periodLabel} (từ ${r.from} đến ${r.to})`,
    ],
    columns: II06A_COLUMNS,
    rows: [...r.rows, r.total].map((x) => ({ ...x })),
  };
}

const COUNT_ORDER = [
  'receivedTotal',
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'carriedOver',
  'resolvedTotal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingTotal',
  'pendingOnTime',
  'pendingLate',
] as const;

/** The report as a PDF signed by the agency (the officer's own when no agency was named). */
export async function ii06aPdf(
  ctx: Pick<AppContext, 'db' | 'config'>,
  p: Principal | undefined,
  q: { period: string; agency?: string | undefined },
  now: Date,
): Promise<Buffer> {
  const r = await ii06aReport(ctx, p, q, now);
  const signer = r.agency.id ?? (p?.kind === 'officer' ? p.grants[0]?.agencyId : undefined);
  if (!signer) throw new AppError('forbidden');
  const agency = await formAgency(ctx.db, signer);
  const row = (x: Ii06aRow) => ({ sectorName: x.sectorName, counts: COUNT_ORDER.map((k) => x[k]) });
  const pdf = await renderIi06a({
    agency,
    periodLabel: r.periodLabel,
    from: r.from,
    to: r.to,
    issuedAt: formatVn(now),
    rows: r.rows.map(row),
    total: row(r.total),
  });
  return signPdf(ctx, signer, pdf, { reason: 'Biểu số II.06a/VPCP/KSTT', location: agency.agencyName });
}
