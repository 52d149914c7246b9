/**
 * The portal's index SQL: period sums of the month buckets (national_monitoring_rollup) per system, the systems
 * registered, official scores and the drill-down list from the facts read model.
 */
import { sql } from 'kysely';
import { membershipSql, periodSumsSql } from '../../federation/monitoring/buckets.sql.ts';
import { bucketSums, type BucketSums } from '../../federation/monitoring/counters.ts';
import { DRILL_PAGE_SIZE, type DossierListAnswer } from '../../federation/monitoring/answer.ts';
import type { Period } from '../../federation/monitoring/periods.ts';
import type { Conn } from '../../federation/transport/conn.ts';

/** Bucket sums per system for each period (the last period must end last); one pass over the rollup. */
export async function nationalPeriodSums(
  conn: Conn,
  periods: readonly Period[],
  filter: { node?: string; agency?: string } = {},
): Promise<Map<string, BucketSums[]>> {
  const last = periods.reduce((a, p) => (p.end > a.end ? p : a));
  const r = await sql<Record<string, string>>`
    select source_node, ${sql.join(periods.map((p, i) => periodSumsSql(p, `p${i}_`)))}
    from national_monitoring_rollup
    where month < ${last.endMonth}::date
      ${filter.node ? sql`and source_node = ${filter.node}` : sql``}
      ${filter.agency ? sql`and agency_code = ${filter.agency}` : sql``}
    group by source_node`.execute(conn);
  return new Map(r.rows.map((row) => [String(row.sourceNode), periods.map((_, i) => bucketSums(row, `p${i}_`))]));
}

export interface SystemRow {
  code: string;
  name: string;
}

/** The connected systems (the registry), excluding suspended ones. */
export async function listSystems(conn: Conn): Promise<SystemRow[]> {
  const r = await sql<SystemRow>`select code, name from federation_nodes where status = 'active' order by code`.execute(conn);
  return r.rows;
}

export async function findSystem(conn: Conn, code: string): Promise<SystemRow | undefined> {
  const r = await sql<SystemRow>`select code, name from federation_nodes where code = ${code}`.execute(conn);
  return r.rows[0];
}

export async function officialPoints(conn: Conn, node: string, period: string): Promise<number | null> {
  const r = await sql<{ points: string }>`select points from national_official_scores where source_node = ${node} and period = ${period}`.execute(conn);
  return r.rows[0] ? Number(r.rows[0].points) : null;
}

export async function agencyName(conn: Conn, node: string, code: string): Promise<string | undefined> {
  const r = await sql<{ agencyName: string }>`
    select agency_name from national_monitoring_facts where source_node = ${node} and agency_code = ${code} limit 1`.execute(conn);
  return r.rows[0]?.agencyName;
}

/** The dossiers of a system behind one indicator in a period (its denominator), newest reception first. */
export async function nationalIndicatorDossiers(
  conn: Conn,
  node: string,
  key: string,
  p: Period,
  page: number,
  agency?: string,
): Promise<DossierListAnswer> {
  const m = membershipSql(key, p)!;
  const where = sql`source_node = ${node} and received_at < ${p.end.toISOString()}::timestamptz
    ${agency ? sql`and agency_code = ${agency}` : sql``} and ${m.denominator}`;
  const total = await sql<{ n: string }>`select count(*) as n from national_monitoring_facts f where ${where}`.execute(conn);
  const rows = await sql<{ code: string; procedureName: string; agencyName: string; receivedAt: Date | string | null; status: number; num: boolean }>`
    select code, procedure_name, agency_name, received_at, status, (${m.numerator}) as num
    from national_monitoring_facts f where ${where}
    order by received_at desc, code limit ${DRILL_PAGE_SIZE} offset ${(page - 1) * DRILL_PAGE_SIZE}`.execute(conn);
  return {
    total: Number(total.rows[0]?.n ?? 0),
    items: rows.rows.map((r) => ({
      code: r.code,
      procedureName: r.procedureName,
      agencyName: r.agencyName,
      receivedAt: r.receivedAt === null ? null : new Date(r.receivedAt).toISOString(),
      status: Number(r.status),
      counted: r.num ? 'numerator' : 'denominator-only',
    })),
  };
}
