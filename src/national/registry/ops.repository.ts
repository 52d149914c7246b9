/** Operators' view of the federation (national portal): per-system hourly trends and the national counters. */
import { sql } from 'kysely';
import type { Conn } from '../../federation/transport/conn.ts';

export interface HourCount {
  peer: string;
  hour: string;
  received: number;
  rejected: number;
}

/** Messages received and refused per connected system and hour over the last `hours` hours. */
export async function hourlyTrends(conn: Conn, hours: number, now: Date): Promise<HourCount[]> {
  const r = await sql<HourCount>`
    select peer, to_char(date_trunc('hour', at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:00:00"Z"') as hour,
      count(*) filter (where direction = 'received' and outcome in ('applied', 'duplicate'))::int as received,
      count(*) filter (where direction = 'rejected')::int as rejected
    from federation_message_log
    where at > ${now.toISOString()}::timestamptz - make_interval(hours => ${hours}) and direction in ('received', 'rejected') and peer <> ''
    group by 1, 2 order by 1, 2`.execute(conn);
  return r.rows;
}

export interface NationalCounters {
  accounts: number;
  synchronisedDossiers: number;
  onlineDossiers: number;
  publishedProcedures: number;
  onlineProcedures: number;
}

export async function nationalCounters(conn: Conn, today: string): Promise<NationalCounters> {
  const r = await sql<NationalCounters>`
    select
      (select count(*) from accounts)::int as accounts,
      (select count(*) from national_dossiers)::int as "synchronisedDossiers",
      (select count(*) from national_dossiers where payload->>'KenhThucHien' = '2')::int as "onlineDossiers",
      (select count(distinct procedure_id) from procedure_versions
        where status = 'published' and (effective_from is null or effective_from <= ${today}::date)
          and (effective_to is null or effective_to > ${today}::date))::int as "publishedProcedures",
      (select count(distinct procedure_id) from procedure_versions
        where status = 'published' and online_level <> 'none' and (effective_from is null or effective_from <= ${today}::date)
          and (effective_to is null or effective_to > ${today}::date))::int as "onlineProcedures"`.execute(conn);
  return r.rows[0]!;
}
