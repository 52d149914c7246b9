/**
 * The officer's monitoring dashboard of a period over the agencies they see (or one with everything below it):
 * throughput and online share over time, and the late and at-risk lists of now; each table also as CSV / XLSX.
 */
import type { AppContext } from '../../context.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { ExportTable } from '../../platform/export/table-export.ts';
import { statuses, isStatus } from '../dossiers/status.ts';
import { scopeOf } from './scope.ts';
import { throughputSeries, watchList, type SeriesPoint, type WatchRow } from './monitoring.repository.ts';
import { parsePeriod } from './period.ts';

const LIST_LIMIT = 200;

export interface MonitoringView {
  period: string;
  periodLabel: string;
  agency: { code: string | null; name: string };
  unit: 'day' | 'month';
  series: (SeriesPoint & { onlineShare: number | null; onTimeShare: number | null })[];
  late: { total: number; items: WatchRow[] };
  atRisk: { total: number; items: WatchRow[] };
}

export async function monitoringView(
  ctx: Pick<AppContext, 'db'>,
  p: Principal | undefined,
  q: { period: string; agency?: string | undefined },
  now: Date,
): Promise<MonitoringView> {
  const period = parsePeriod(q.period);
  const scope = await scopeOf(ctx.db, p, q.agency);
  const unit = period.period.length === 7 && period.period[5] !== 'Q' ? 'day' : 'month';
  const series = await throughputSeries(ctx.db, scope.ids, period.start, period.end, unit);
  return {
    period: period.period,
    periodLabel: period.labelVi,
    agency: { code: scope.agency.code, name: scope.agency.name },
    unit,
    series: series.map((s) => ({
      ...s,
      onlineShare: s.received ? s.receivedOnline / s.received : null,
      onTimeShare: s.resolved ? s.resolvedOnTime / s.resolved : null,
    })),
    late: await watchList(ctx.db, scope.ids, 'late', now, LIST_LIMIT),
    atRisk: await watchList(ctx.db, scope.ids, 'at-risk', now, LIST_LIMIT),
  };
}

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const vnTime = (iso: string | null) =>
  iso ? new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : null;

export function monitoringTable(v: MonitoringView, table: 'series' | 'late' | 'at-risk'): ExportTable {
  const title = [v.agency.name, v.periodLabel];
  if (table === 'series') {
    return {
      name: `giam-sat-${v.period}`,
      sheet: 'Tiếp nhận và giải quyết',
      title: [...title, 'Số hồ sơ tiếp nhận, giải quyết và tỉ lệ trực tuyến theo thời gian'],
      columns: [
        { key: 'bucket', label: v.unit === 'day' ? 'Ngày' : 'Tháng' },
        { key: 'received', label: 'Tiếp nhận' },
        { key: 'receivedOnline', label: 'Trong đó trực tuyến' },
        { key: 'onlineShare', label: 'Tỉ lệ trực tuyến (%)' },
        { key: 'resolved', label: 'Đã giải quyết' },
        { key: 'onTimeShare', label: 'Đúng hạn (%)' },
      ],
      rows: v.series.map((s) => ({ ...s, onlineShare: pct(s.onlineShare), onTimeShare: pct(s.onTimeShare) })),
    };
  }
  const list = table === 'late' ? v.late : v.atRisk;
  return {
    name: `${table === 'late' ? 'ho-so-qua-han' : 'ho-so-sap-den-han'}-${v.period}`,
    sheet: table === 'late' ? 'Hồ sơ quá hạn' : 'Hồ sơ sắp đến hạn',
    title: [...title, table === 'late' ? 'Hồ sơ đang giải quyết đã quá hạn' : 'Hồ sơ sắp đến hạn (trong 2 ngày)'],
    columns: [
      { key: 'code', label: 'Mã hồ sơ', width: 28 },
      { key: 'procedureName', label: 'Thủ tục', width: 40 },
      { key: 'agencyName', label: 'Cơ quan giải quyết', width: 32 },
      { key: 'status', label: 'Trạng thái', width: 24 },
      { key: 'receivedAt', label: 'Ngày tiếp nhận', width: 18 },
      { key: 'dueAt', label: 'Hạn giải quyết', width: 18 },
    ],
    rows: list.items.map((r) => ({
      ...r,
      status: isStatus(r.status) ? statuses[r.status].vi : String(r.status),
      receivedAt: vnTime(r.receivedAt),
      dueAt: vnTime(r.dueAt),
    })),
  };
}
