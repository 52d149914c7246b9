/**
 * The II.06a report's counts, per procedure sector, from the dossiers' projection of their action log (reception,
 * result and closing instants, timeliness, due date): nothing is counted on the side.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

export interface Ii06aCounts {
  receivedOnline: number;
  receivedDirect: number;
  receivedPostal: number;
  carriedOver: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pendingOnTime: number;
  pendingLate: number;
}

export interface Ii06aSectorCounts extends Ii06aCounts {
  sectorCode: string;
  sectorName: string;
}

/**
 * Per sector of the agencies' dossiers: received in the period by channel and carried over (received before, not
 * finished at its start); resolved in the period (a result, or withdrawn / stopped: "returned or withdrawn ones"
 * count as on time) early / on time / late, a result with no due date being on time; pending at its end, late when
 * the due date passed before the end (or now) and the clock is not paused for a supplement or fees. A dossier
 * without a due date is never late. Dossiers refused at reception were never received.
 */
export async function ii06aCounts(
  db: Db,
  agencyIds: readonly string[],
  start: Date,
  end: Date,
  now: Date,
): Promise<Ii06aSectorCounts[]> {
  if (agencyIds.length === 0) return [];
  const s = start.toISOString();
  const e = end.toISOString();
  const lateBy = (end.getTime() < now.getTime() ? end : now).toISOString();
  const rows = await sql<Record<keyof Ii06aSectorCounts, string>>`
    WITH x AS (
      SELECT d.channel, d.status, d.received_at AS recv, d.due_at,
             coalesce((d.state->>'resultAt')::timestamptz, (d.state->>'closedAt')::timestamptz) AS closed,
             d.state->>'timeliness' AS timeliness,
             coalesce(sec.code, '') AS sector_code, coalesce(sec.name, 'Lĩnh vực khác') AS sector_name
      FROM dossiers d
      LEFT JOIN LATERAL (
        SELECT pv.sector_code FROM procedure_versions pv WHERE pv.code = d.procedure_code
        ORDER BY (pv.status = 'published') DESC, pv.version DESC LIMIT 1
      ) pv ON true
      LEFT JOIN sectors sec ON sec.code = pv.sector_code
      WHERE d.resolving_agency_id IN (${sql.join(agencyIds.map((id) => sql`${id}::uuid`))})
        AND d.received_at IS NOT NULL AND d.status <> 3 AND d.received_at < ${e}::timestamptz
    ), y AS (
      SELECT *, recv >= ${s}::timestamptz AS received_in,
             closed >= ${s}::timestamptz AND closed < ${e}::timestamptz AS resolved_in,
             (closed IS NULL OR closed >= ${e}::timestamptz) AS pending_at_end,
             (due_at IS NOT NULL AND due_at < ${lateBy}::timestamptz AND status NOT IN (5, 6)) AS late_at_end
      FROM x
    )
    SELECT sector_code AS "sectorCode", sector_name AS "sectorName",
      count(*) FILTER (WHERE received_in AND channel = 'online') AS "receivedOnline",
      count(*) FILTER (WHERE received_in AND channel = 'counter') AS "receivedDirect",
      count(*) FILTER (WHERE received_in AND channel = 'post') AS "receivedPostal",
      count(*) FILTER (WHERE NOT received_in AND (closed IS NULL OR closed >= ${s}::timestamptz)) AS "carriedOver",
      count(*) FILTER (WHERE resolved_in AND timeliness = 'early') AS "resolvedEarly",
      count(*) FILTER (WHERE resolved_in AND (timeliness = 'on_time' OR timeliness IS NULL)) AS "resolvedOnTime",
      count(*) FILTER (WHERE resolved_in AND timeliness = 'late') AS "resolvedLate",
      count(*) FILTER (WHERE pending_at_end AND NOT late_at_end) AS "pendingOnTime",
      count(*) FILTER (WHERE pending_at_end AND late_at_end) AS "pendingLate"
    FROM y
    WHERE received_in OR closed IS NULL OR closed >= ${s}::timestamptz
    GROUP BY sector_code, sector_name
    ORDER BY sector_name, sector_code`.execute(db);
  return rows.rows.map((r) => ({
    sectorCode: r.sectorCode,
    sectorName: r.sectorName,
    receivedOnline: Number(r.receivedOnline),
    receivedDirect: Number(r.receivedDirect),
    receivedPostal: Number(r.receivedPostal),
    carriedOver: Number(r.carriedOver),
    resolvedEarly: Number(r.resolvedEarly),
    resolvedOnTime: Number(r.resolvedOnTime),
    resolvedLate: Number(r.resolvedLate),
    pendingOnTime: Number(r.pendingOnTime),
    pendingLate: Number(r.pendingLate),
  }));
}
