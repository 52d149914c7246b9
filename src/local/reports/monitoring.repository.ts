/**
 * The officer's monitoring dashboard: throughput and online share per day or month of a period, and the lists of
 * open dossiers that are late or at risk now (the queues' definitions: late = open past the due date or waiting
 * past the acceptance time; at risk = being processed and due within two days). From the dossiers' projection.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

export interface SeriesPoint {
  /** YYYY-MM-DD (a month's days) or YYYY-MM (a quarter's or year's months). */
  bucket: string;
  received: number;
  receivedOnline: number;
  resolved: number;
  resolvedOnTime: number;
}

const ids = (agencyIds: readonly string[]) => sql.join(agencyIds.map((id) => sql`${id}::uuid`));

export async function throughputSeries(
  db: Db,
  agencyIds: readonly string[],
  start: Date,
  end: Date,
  unit: 'day' | 'month',
): Promise<SeriesPoint[]> {
  if (agencyIds.length === 0) return [];
  const fmt = unit === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM';
  const vn = (col: ReturnType<typeof sql>) => sql`to_char((${col}) AT TIME ZONE 'UTC' + interval '7 hours', ${fmt})`;
  const s = start.toISOString();
  const e = end.toISOString();
  const rows = await sql<{ bucket: string; received: string; online: string; resolved: string; onTime: string }>`
    SELECT bucket, sum(r) AS received, sum(o) AS online, sum(v) AS resolved, sum(ot) AS "onTime" FROM (
      SELECT ${vn(sql`received_at`)} AS bucket, 1 AS r, (channel = 'online')::int AS o, 0 AS v, 0 AS ot
      FROM dossiers WHERE resolving_agency_id IN (${ids(agencyIds)}) AND status <> 3
        AND received_at >= ${s}::timestamptz AND received_at < ${e}::timestamptz
      UNION ALL
      SELECT ${vn(sql`(state->>'resultAt')::timestamptz`)}, 0, 0, 1, (coalesce(state->>'timeliness', 'on_time') <> 'late')::int
      FROM dossiers WHERE resolving_agency_id IN (${ids(agencyIds)})
        AND (state->>'resultAt')::timestamptz >= ${s}::timestamptz AND (state->>'resultAt')::timestamptz < ${e}::timestamptz
    ) x GROUP BY bucket ORDER BY bucket`.execute(db);
  return rows.rows.map((r) => ({
    bucket: r.bucket,
    received: Number(r.received),
    receivedOnline: Number(r.online),
    resolved: Number(r.resolved),
    resolvedOnTime: Number(r.onTime),
  }));
}

export interface WatchRow {
  id: string;
  code: string | null;
  procedureName: string;
  agencyCode: string;
  agencyName: string;
  status: number;
  receivedAt: string | null;
  dueAt: string | null;
}

/** Open dossiers late now, or at risk (due within `soonMs`), the most urgent first, with their total. */
export async function watchList(
  db: Db,
  agencyIds: readonly string[],
  kind: 'late' | 'at-risk',
  now: Date,
  limit: number,
  soonMs = 2 * 86_400_000,
): Promise<{ total: number; items: WatchRow[] }> {
  if (agencyIds.length === 0) return { total: 0, items: [] };
  const n = now.toISOString();
  const soon = new Date(now.getTime() + soonMs).toISOString();
  const where =
    kind === 'late'
      ? sql`((d.status IN (2, 4, 5, 6) AND d.due_at < ${n}::timestamptz)
             OR (d.status = 1 AND d.state #>> '{acceptance,answeredAt}' IS NULL AND d.state #>> '{acceptance,dueAt}' < ${n}))`
      : sql`(d.status IN (2, 4) AND d.due_at > ${n}::timestamptz AND d.due_at <= ${soon}::timestamptz)`;
  const rows = await sql<WatchRow & { total: string }>`
    SELECT d.id, d.code, d.procedure_name AS "procedureName", a.code AS "agencyCode", a.name AS "agencyName", d.status,
           to_char(d.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "receivedAt",
           to_char(coalesce(d.due_at, (d.state #>> '{acceptance,dueAt}')::timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "dueAt",
           count(*) OVER () AS total
    FROM dossiers d JOIN agencies a ON a.id = d.resolving_agency_id
    WHERE d.resolving_agency_id IN (${ids(agencyIds)}) AND ${where}
    ORDER BY coalesce(d.due_at, (d.state #>> '{acceptance,dueAt}')::timestamptz), d.id
    LIMIT ${limit}`.execute(db);
  return {
    total: Number(rows.rows[0]?.total ?? 0),
    items: rows.rows.map(({ total: _t, ...r }) => ({ ...r, status: Number(r.status) })),
  };
}
