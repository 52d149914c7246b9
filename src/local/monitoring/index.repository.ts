/**
 * The local index's SQL: month buckets of the system's own facts (facts.repository.ts) summed for periods, and the
 * drill-down list of one indicator. Scoped to a set of resolving agencies, or to every dossier ('all').
 */
import { sql, type RawBuilder } from 'kysely';
import { bucketsSql, membershipSql, periodSumsSql } from '../../federation/monitoring/buckets.sql.ts';
import { bucketSums, type BucketSums } from '../../federation/monitoring/counters.ts';
import { DRILL_PAGE_SIZE, type DossierListAnswer } from '../../federation/monitoring/answer.ts';
import type { Period } from '../../federation/monitoring/periods.ts';
import type { Conn } from '../../federation/transport/conn.ts';
import { localFactsSql } from './facts.repository.ts';

export type AgencyScope = readonly string[] | 'all';

function scopeWhere(scope: AgencyScope, end: Date): RawBuilder<unknown> {
  const before = sql`d.received_at < ${end.toISOString()}::timestamptz`;
  if (scope === 'all') return before;
  if (scope.length === 0) return sql`false`;
  return sql`${before} and d.resolving_agency_id in (${sql.join(scope.map((id) => sql`${id}::uuid`))})`;
}

/** The bucket sums of each period (all must end no later than `periods[last]`). */
export async function localPeriodSums(conn: Conn, scope: AgencyScope, periods: readonly Period[]): Promise<BucketSums[]> {
  const last = periods.reduce((a, p) => (p.end > a.end ? p : a));
  const buckets = bucketsSql(localFactsSql(scopeWhere(scope, last.end)), ['agency_code']);
  const r = await sql<Record<string, string>>`
    select ${sql.join(periods.map((p, i) => periodSumsSql(p, `p${i}_`)))} from (${buckets}) b`.execute(conn);
  return periods.map((_, i) => bucketSums(r.rows[0], `p${i}_`));
}

/** The dossiers an indicator counts in a period (denominator), newest reception first, a page at a time. */
export async function localIndicatorDossiers(conn: Conn, scope: AgencyScope, key: string, p: Period, page: number): Promise<DossierListAnswer> {
  const m = membershipSql(key, p)!;
  const facts = localFactsSql(scopeWhere(scope, p.end));
  const total = await sql<{ n: string }>`select count(*) as n from ${facts} f where ${m.denominator}`.execute(conn);
  const rows = await sql<{ code: string; procedureName: string; agencyName: string; receivedAt: Date | string | null; status: number; num: boolean }>`
    select code, procedure_name, agency_name, received_at, status, (${m.numerator}) as num
    from ${facts} f where ${m.denominator}
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

/** The system's name: its top agency on this node. */
export async function systemName(conn: Conn, nodeCode: string): Promise<string | undefined> {
  const r = await sql<{ name: string }>`
    select name from agencies where node_code = ${nodeCode} and valid_to is null order by level, code limit 1`.execute(conn);
  return r.rows[0]?.name;
}
