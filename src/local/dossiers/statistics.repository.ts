/**
 * The agency dashboard's numbers (GET /api/v1/dossiers/statistics): one aggregate statement over the dossiers of
 * a set of agencies. Days are Vietnam calendar days (+07:00): `from`/`to` are inclusive 'YYYY-MM-DD'.
 */
import { sql } from 'kysely';
import type { Tx } from './dossier.repository.ts';

export interface DossierStatistics {
  received: number;
  receivedOnline: number;
  receivedCounter: number;
  receivedPost: number;
  /** Every result recorded in the period, with or without a due date. */
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pending: number;
  /** Open and late now: past the due date, or an online dossier waiting past its acceptance time. */
  pendingLate: number;
  /** Online dossiers accepted in the period after their acceptance time ("chậm tiếp nhận", law-2025.md §6). */
  acceptedLate: number;
  /** Online dossiers waiting now for acceptance past their acceptance time ("chậm tiếp nhận"). */
  awaitingAcceptanceLate: number;
  byDay: { day: string; received: number; resolved: number }[];
}

const OPEN = [1, 2, 4, 5, 6];

export async function dossierStatistics(
  tx: Tx,
  agencyIds: readonly string[],
  period: { from: string; to: string },
  now: Date,
): Promise<DossierStatistics> {
  if (agencyIds.length === 0) {
    return {
      received: 0,
      receivedOnline: 0,
      receivedCounter: 0,
      receivedPost: 0,
      resolved: 0,
      resolvedEarly: 0,
      resolvedOnTime: 0,
      resolvedLate: 0,
      pending: 0,
      pendingLate: 0,
      acceptedLate: 0,
      awaitingAcceptanceLate: 0,
      byDay: [],
    };
  }
  const ids = sql.join(agencyIds.map((id) => sql`${id}::uuid`));
  // Period bounds as instants: from 00:00 +07:00 of `from` to 00:00 +07:00 of the day after `to`.
  const start = `${period.from}T00:00:00+07:00`;
  // (PostgreSQL reads a numeric zone such as '+07:00' the POSIX way, as 7 hours WEST of UTC: offsets are written as
  // intervals from UTC here, Vietnam having kept +07:00 without daylight saving since 1975.)
  const end = sql`((${period.to}::date + 1)::timestamp - interval '7 hours') AT TIME ZONE 'UTC'`;
  const totals = await sql<{
    received: string;
    online: string;
    counter: string;
    post: string;
    resolved: string;
    early: string;
    onTime: string;
    late: string;
    pending: string;
    pendingLate: string;
    acceptedLate: string;
    awaitingAcceptanceLate: string;
  }>`
    SELECT
      count(*) FILTER (WHERE received_at >= ${start}::timestamptz AND received_at < ${end}) AS received,
      count(*) FILTER (WHERE received_at >= ${start}::timestamptz AND received_at < ${end} AND channel = 'online') AS online,
      count(*) FILTER (WHERE received_at >= ${start}::timestamptz AND received_at < ${end} AND channel = 'counter') AS counter,
      count(*) FILTER (WHERE received_at >= ${start}::timestamptz AND received_at < ${end} AND channel = 'post') AS post,
      count(*) FILTER (WHERE resolved) AS resolved,
      count(*) FILTER (WHERE resolved AND state->>'timeliness' = 'early') AS early,
      count(*) FILTER (WHERE resolved AND state->>'timeliness' = 'on_time') AS on_time,
      count(*) FILTER (WHERE resolved AND state->>'timeliness' = 'late') AS late,
      count(*) FILTER (WHERE status IN (${sql.join(OPEN)})) AS pending,
      count(*) FILTER (WHERE status IN (${sql.join(OPEN)}) AND (due_at < ${now.toISOString()}::timestamptz OR acceptance_overdue)) AS pending_late,
      count(*) FILTER (WHERE received_at >= ${start}::timestamptz AND received_at < ${end} AND channel = 'online'
                         AND (state #>> '{acceptance,lateBefore}' = 'true'
                              OR state #>> '{acceptance,answeredAt}' > state #>> '{acceptance,dueAt}')) AS accepted_late,
      count(*) FILTER (WHERE acceptance_overdue) AS awaiting_acceptance_late
    FROM (
      SELECT d.*, (d.state->>'resultAt')::timestamptz >= ${start}::timestamptz
                  AND (d.state->>'resultAt')::timestamptz < ${end} AS resolved,
             (d.status = 1 AND d.state #>> '{acceptance,answeredAt}' IS NULL
                AND d.state #>> '{acceptance,dueAt}' < ${now.toISOString()}) AS acceptance_overdue
      FROM dossiers d WHERE d.resolving_agency_id IN (${ids})
    ) x`.execute(tx);
  // Received and resolved per Vietnam day of the period (days without any are left out).
  const days = await sql<{ day: string; received: string; resolved: string }>`
    SELECT day, sum(r) AS received, sum(s) AS resolved FROM (
      SELECT to_char(received_at AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM-DD') AS day, 1 AS r, 0 AS s
      FROM dossiers WHERE resolving_agency_id IN (${ids}) AND received_at >= ${start}::timestamptz AND received_at < ${end}
      UNION ALL
      SELECT to_char((state->>'resultAt')::timestamptz AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM-DD'), 0, 1
      FROM dossiers WHERE resolving_agency_id IN (${ids})
        AND (state->>'resultAt')::timestamptz >= ${start}::timestamptz AND (state->>'resultAt')::timestamptz < ${end}
    ) e GROUP BY day ORDER BY day`.execute(tx);
  const t = totals.rows[0]!;
  return {
    received: Number(t.received),
    receivedOnline: Number(t.online),
    receivedCounter: Number(t.counter),
    receivedPost: Number(t.post),
    resolved: Number(t.resolved),
    resolvedEarly: Number(t.early),
    resolvedOnTime: Number(t.onTime),
    resolvedLate: Number(t.late),
    pending: Number(t.pending),
    pendingLate: Number(t.pendingLate),
    acceptedLate: Number(t.acceptedLate),
    awaitingAcceptanceLate: Number(t.awaitingAcceptanceLate),
    byDay: days.rows.map((d) => ({ day: d.day, received: Number(d.received), resolved: Number(d.resolved) })),
  };
}
