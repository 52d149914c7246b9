/**
 * A local system's monitoring facts, read from what it stores — the dossier and its action-log projection
 * (reception, due date, result, timeliness), its fee lines and payments, its components (digitised, reused),
 * its electronic results, its evaluations and its sync outbox (the portal's receipt of each change). Never a
 * counter kept on the side. The same facts ride in every sync event (`event.monitoring`), so the portal counts
 * what the system counts.
 */
import { sql, type RawBuilder } from 'kysely';
import { FACTS_VERSION, REALTIME_SYNC_SECONDS, type MonitoringFacts } from '../../federation/monitoring/counters.ts';
import type { Conn } from '../../federation/transport/conn.ts';

/** The facts relation (columns of national_monitoring_facts, plus dossier_id) over the dossiers `where` selects. */
export function localFactsSql(where: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(
    select d.id as dossier_id, coalesce(d.code, '') as code, d.procedure_code, d.procedure_name,
      coalesce(a.code, '') as agency_code, coalesce(a.name, '') as agency_name, d.status, d.received_at, d.channel,
      (d.state->>'dueAt')::timestamptz as due_at,
      coalesce((d.state->>'resultAt')::timestamptz, case when d.status in (3, 7, 8) then (d.state->>'closedAt')::timestamptz end) as finished_at,
      coalesce(d.state->>'timeliness' = 'late', false) as late,
      (d.state->>'resultAt') is not null as has_result,
      coalesce(pv.online_level = 'full', false) as full_online_eligible,
      exists (select 1 from dossier_fees f where f.dossier_id = d.id and f.amount > 0) as fee_required,
      (exists (select 1 from payment_requests p where p.dossier_id = d.id and p.state = 'paid')
        or exists (select 1 from dossier_fee_payments fp where fp.dossier_id = d.id and fp.method = 'online')) as paid_online,
      exists (select 1 from dossier_results r where r.dossier_id = d.id and r.status <> 'revoked') as e_result,
      (exists (select 1 from dossier_components c where c.dossier_id = d.id)
        and not exists (select 1 from dossier_components c where c.dossier_id = d.id and c.source = 'submitted')) as digitised_all,
      exists (select 1 from dossier_components c where c.dossier_id = d.id and c.source <> 'submitted') as digitised_any,
      exists (select 1 from dossier_components c where c.dossier_id = d.id and c.document_type_code is not null) as reuse_eligible,
      exists (select 1 from dossier_components c where c.dossier_id = d.id and c.source in ('reused_document', 'reused_result')) as reused,
      ev.total is not null as rated,
      coalesce(ev.total * 2 < ev.max_total, false) as dissatisfied,
      exists (
        select 1 from sync_outbox o where o.dossier_id = d.id
          and coalesce(o.portal_received_at, clock_timestamp())
              - coalesce((o.event #>> '{monitoring,recordedAt}')::timestamptz, o.created_at) > make_interval(secs => ${REALTIME_SYNC_SECONDS})
      ) as sync_late
    from dossiers d
    left join agencies a on a.id = d.resolving_agency_id
    left join procedure_versions pv on pv.id::text = d.procedure_version_id
    left join lateral (
      select e.total, e.max_total from dossier_evaluations e where e.dossier_id = d.id order by e.created_at desc limit 1
    ) ev on true
    where ${where}
  )`;
}

interface FactsRow {
  code: string;
  procedureCode: string;
  procedureName: string;
  agencyCode: string;
  agencyName: string;
  status: number;
  receivedAt: Date | string | null;
  channel: MonitoringFacts['channel'];
  dueAt: Date | string | null;
  finishedAt: Date | string | null;
  late: boolean;
  hasResult: boolean;
  fullOnlineEligible: boolean;
  feeRequired: boolean;
  paidOnline: boolean;
  eResult: boolean;
  digitisedAll: boolean;
  digitisedAny: boolean;
  reuseEligible: boolean;
  reused: boolean;
  rated: boolean;
  dissatisfied: boolean;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** One dossier's facts as the sync event carries them (read inside the change's transaction). */
export async function dossierFacts(conn: Conn, dossierId: string, recordedAt = new Date()): Promise<MonitoringFacts | undefined> {
  const r = await sql<FactsRow>`select * from ${localFactsSql(sql`d.id = ${dossierId}::uuid`)} f`.execute(conn);
  const f = r.rows[0];
  if (!f) return undefined;
  return {
    v: FACTS_VERSION,
    recordedAt: recordedAt.toISOString(),
    code: f.code,
    procedureCode: f.procedureCode,
    procedureName: f.procedureName,
    agencyCode: f.agencyCode,
    agencyName: f.agencyName,
    status: Number(f.status),
    receivedAt: iso(f.receivedAt),
    channel: f.channel,
    dueAt: iso(f.dueAt),
    finishedAt: iso(f.finishedAt),
    late: f.late,
    hasResult: f.hasResult,
    fullOnlineEligible: f.fullOnlineEligible,
    feeRequired: f.feeRequired,
    paidOnline: f.paidOnline,
    eResult: f.eResult,
    digitisedAll: f.digitisedAll,
    digitisedAny: f.digitisedAny,
    reuseEligible: f.reuseEligible,
    reused: f.reused,
    rated: f.rated,
    dissatisfied: f.dissatisfied,
  };
}

/**
 * The facts of a dossier as a reception writes it (receive_dossier, one statement: nothing to read back), by the
 * same definitions as `localFactsSql`: the sync event of the reception carries them to the portal.
 */
export function receptionFacts(
  w: {
    row: { procedureCode: string; procedureName: string; status: number; receivedAt: string | null; channel: string; state: unknown };
    components: readonly { source: string; documentTypeCode: string | null }[];
    fees: readonly { amount: number | string }[];
  },
  code: string,
  agency: { code: string; name: string },
  fullOnlineEligible: boolean,
  recordedAt = new Date(),
): MonitoringFacts {
  const s = w.row.state as { dueAt?: string | null; resultAt?: string | null; closedAt?: string | null; timeliness?: string | null };
  const status = Number(w.row.status);
  const c = w.components;
  return {
    v: FACTS_VERSION,
    recordedAt: recordedAt.toISOString(),
    code,
    procedureCode: w.row.procedureCode,
    procedureName: w.row.procedureName,
    agencyCode: agency.code,
    agencyName: agency.name,
    status,
    receivedAt: iso(w.row.receivedAt),
    channel: w.row.channel as MonitoringFacts['channel'],
    dueAt: iso(s.dueAt ?? null),
    finishedAt: iso(s.resultAt ?? ([3, 7, 8].includes(status) ? (s.closedAt ?? null) : null)),
    late: s.timeliness === 'late',
    hasResult: s.resultAt != null,
    fullOnlineEligible,
    feeRequired: w.fees.some((f) => Number(f.amount) > 0),
    paidOnline: false,
    eResult: false,
    digitisedAll: c.length > 0 && c.every((x) => x.source !== 'submitted'),
    digitisedAny: c.some((x) => x.source !== 'submitted'),
    reuseEligible: c.some((x) => x.documentTypeCode != null),
    reused: c.some((x) => x.source === 'reused_document' || x.source === 'reused_result'),
    rated: false,
    dissatisfied: false,
  };
}
