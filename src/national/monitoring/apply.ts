/**
 * The portal's side of monitoring, inside the transaction that applies a `dossier.sync` message (mirror.ts): each
 * event's facts (`event.monitoring`) go into the sync log with the portal's receipt instant, and the two read
 * models follow — the dossier's latest facts (with `sync_late`: a change of the dossier reached the portal more
 * than REALTIME_SYNC_SECONDS after the system wrote it) and the month buckets per system and agency, updated by
 * taking the dossier's old contributions out and putting its new ones in. `rebuildMonitoring` drops both read
 * models and recomputes them from the sync log: the same numbers.
 */
import { sql, type RawBuilder } from 'kysely';
import { bucketsSql } from '../../federation/monitoring/buckets.sql.ts';
import { BUCKET_COLUMNS, FACTS_VERSION, REALTIME_SYNC_SECONDS, type MonitoringFacts } from '../../federation/monitoring/counters.ts';
import type { Conn } from '../../federation/transport/conn.ts';

interface EventWithFacts {
  dossierId: string;
  seq: number;
  monitoring?: unknown;
}

const DATE = (v: unknown) => v === null || (typeof v === 'string' && Number.isFinite(Date.parse(v)));
const BOOLS = ['late', 'hasResult', 'fullOnlineEligible', 'feeRequired', 'paidOnline', 'eResult', 'digitisedAll', 'digitisedAny', 'reuseEligible', 'reused', 'rated', 'dissatisfied'] as const;
const TEXTS = ['code', 'procedureCode', 'procedureName', 'agencyCode', 'agencyName'] as const;

/** A well-formed facts block, or undefined (an older system's event without one, or a malformed one, is not counted). */
export function parseFacts(v: unknown): MonitoringFacts | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const f = v as Record<string, unknown>;
  const ok =
    f.v === FACTS_VERSION &&
    typeof f.recordedAt === 'string' && Number.isFinite(Date.parse(f.recordedAt)) &&
    TEXTS.every((k) => typeof f[k] === 'string' && (f[k]).length <= 1000) &&
    Number.isInteger(f.status) && (f.status as number) >= 1 && (f.status as number) <= 10 &&
    (f.channel === 'counter' || f.channel === 'online' || f.channel === 'post') &&
    DATE(f.receivedAt) && DATE(f.dueAt) && DATE(f.finishedAt) &&
    BOOLS.every((k) => typeof f[k] === 'boolean');
  return ok ? (f as unknown as MonitoringFacts) : undefined;
}

/** The facts read model's rows for a set of dossiers (or all), from the sync log. */
function factsFromEvents(where: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    select distinct on (e.source_node, e.source_id)
      e.source_node, e.source_id, e.seq as last_seq,
      e.facts->>'code' as code, e.facts->>'procedureCode' as procedure_code, e.facts->>'procedureName' as procedure_name,
      e.facts->>'agencyCode' as agency_code, e.facts->>'agencyName' as agency_name, (e.facts->>'status')::smallint as status,
      (e.facts->>'receivedAt')::timestamptz as received_at, e.facts->>'channel' as channel,
      (e.facts->>'dueAt')::timestamptz as due_at, (e.facts->>'finishedAt')::timestamptz as finished_at,
      (e.facts->>'late')::boolean as late, (e.facts->>'hasResult')::boolean as has_result,
      (e.facts->>'fullOnlineEligible')::boolean as full_online_eligible, (e.facts->>'feeRequired')::boolean as fee_required,
      (e.facts->>'paidOnline')::boolean as paid_online, (e.facts->>'eResult')::boolean as e_result,
      (e.facts->>'digitisedAll')::boolean as digitised_all, (e.facts->>'digitisedAny')::boolean as digitised_any,
      (e.facts->>'reuseEligible')::boolean as reuse_eligible, (e.facts->>'reused')::boolean as reused,
      (e.facts->>'rated')::boolean as rated, (e.facts->>'dissatisfied')::boolean as dissatisfied,
      exists (
        select 1 from national_monitoring_events l
        where l.source_node = e.source_node and l.source_id = e.source_id
          and l.received_at - l.recorded_at > make_interval(secs => ${REALTIME_SYNC_SECONDS})
      ) as sync_late
    from national_monitoring_events e
    where ${where}
    order by e.source_node, e.source_id, e.seq desc`;
}

const FACT_COLUMNS = [
  'source_node', 'source_id', 'last_seq', 'code', 'procedure_code', 'procedure_name', 'agency_code', 'agency_name', 'status',
  'received_at', 'channel', 'due_at', 'finished_at', 'late', 'has_result', 'full_online_eligible', 'fee_required', 'paid_online',
  'e_result', 'digitised_all', 'digitised_any', 'reuse_eligible', 'reused', 'rated', 'dissatisfied', 'sync_late',
];
const factCols = sql.join(FACT_COLUMNS.map((c) => sql.ref(c)));
const bucketCols = sql.join(BUCKET_COLUMNS.map((c) => sql.ref(c)));

/** Add month buckets (signed) of a facts relation into the rollup, in key order (no deadlock between appliers). */
async function addBuckets(conn: Conn, facts: RawBuilder<unknown>, sign: 1 | -1): Promise<void> {
  await sql`
    insert into national_monitoring_rollup (source_node, agency_code, month, ${bucketCols})
    select source_node, agency_code, month, ${bucketCols}
    from (${bucketsSql(facts, ['source_node', 'agency_code'], sign)}) b
    order by source_node, agency_code, month
    on conflict (source_node, agency_code, month) do update set
      ${sql.join(BUCKET_COLUMNS.map((c) => sql`${sql.ref(c)} = national_monitoring_rollup.${sql.ref(c)} + excluded.${sql.ref(c)}`))}`.execute(conn);
}

export async function applyMonitoring(trx: Conn, node: string, events: readonly EventWithFacts[], now: Date): Promise<void> {
  const rows = events.flatMap((e) => {
    const f = parseFacts(e.monitoring);
    return f ? [{ id: e.dossierId, seq: e.seq, recorded_at: f.recordedAt, facts: f }] : [];
  });
  if (rows.length === 0) return;
  // the sync log: the first receipt of each (dossier, seq) is kept; a re-send (reconciliation, a later fact such as
  // an evaluation) only replaces the facts
  await sql`
    insert into national_monitoring_events (source_node, source_id, seq, recorded_at, received_at, facts)
    select ${node}, x.id, x.seq, x.recorded_at, ${now.toISOString()}::timestamptz, x.facts
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, seq integer, recorded_at timestamptz, facts jsonb)
    order by x.id, x.seq
    on conflict (source_node, source_id, seq) do update set facts = excluded.facts`.execute(trx);
  const ids = [...new Set(rows.map((r) => r.id))].sort();
  const idList = sql`(${sql.join(ids.map((id) => sql`${id}::uuid`))})`;
  // lock the dossiers' fact rows, take their old contributions out, replace them, put the new ones in
  await sql`select 1 from national_monitoring_facts where source_node = ${node} and source_id in ${idList} order by source_id for update`.execute(trx);
  await addBuckets(trx, sql`(select * from national_monitoring_facts where source_node = ${node} and source_id in ${idList})`, -1);
  await sql`delete from national_monitoring_facts where source_node = ${node} and source_id in ${idList}`.execute(trx);
  await sql`insert into national_monitoring_facts (${factCols})
    select ${factCols} from (${factsFromEvents(sql`e.source_node = ${node} and e.source_id in ${idList}`)}) f`.execute(trx);
  await addBuckets(trx, sql`(select * from national_monitoring_facts where source_node = ${node} and source_id in ${idList})`, 1);
}

/** Drop both read models and rebuild them from the sync log (CLI `motcua monitoring rebuild`, and the test). */
export async function rebuildMonitoring(conn: Conn): Promise<{ dossiers: number; buckets: number }> {
  await sql`truncate national_monitoring_rollup, national_monitoring_facts`.execute(conn);
  const f = await sql`insert into national_monitoring_facts (${factCols}) select ${factCols} from (${factsFromEvents(sql`true`)}) f`.execute(conn);
  const b = await sql`
    insert into national_monitoring_rollup (source_node, agency_code, month, ${bucketCols})
    select source_node, agency_code, month, ${bucketCols}
    from (${bucketsSql(sql`national_monitoring_facts`, ['source_node', 'agency_code'])}) b`.execute(conn);
  return { dossiers: Number(f.numAffectedRows ?? 0), buckets: Number(b.numAffectedRows ?? 0) };
}
