/** Unauthenticated federation refusals per day (migration 1040): one row per day, claimed system and reason. */
import { sql } from 'kysely';
import type { Conn } from './conn.ts';

const KEEP_DAYS = 90;

/** Counts one refusal (Vietnam day); the first refusal of a day also drops days older than 90. */
export async function countUnauthenticatedReject(conn: Conn, peer: string, reason: string, now: Date): Promise<void> {
  const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const r = await sql<{ inserted: boolean }>`
    insert into federation_unauthenticated_rejects as t (day, peer, reason) values (${day}::date, ${peer}, ${reason.slice(0, 100)})
    on conflict (day, peer, reason) do update set count = t.count + 1, last_at = now()
    returning (xmax = 0) as inserted`.execute(conn);
  if (r.rows[0]?.inserted)
    await sql`delete from federation_unauthenticated_rejects where day < ${day}::date - ${KEEP_DAYS}::int`.execute(conn);
}

/** Today's unauthenticated refusals per claimed system ('' = unknown sender or no sender). */
export async function unauthenticatedRejectsOn(conn: Conn, day: string): Promise<Map<string, number>> {
  const r = await sql<{ peer: string; n: number }>`
    select peer, sum(count)::int as n from federation_unauthenticated_rejects where day = ${day}::date group by peer`.execute(conn);
  return new Map(r.rows.map((x) => [x.peer, x.n]));
}
