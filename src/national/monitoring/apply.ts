/**
 * The portal's side of monitoring, inside the transaction that applies a `dossier.sync` message (mirror.ts): each
 * event's facts (`event.monitoring`) go into the sync log with the portal's receipt instant, and the two read
 * models follow — the dossier's latest facts (with `sync_late`: a change of the dossier reached the portal more
 * than REALTIME_SYNC_SECONDS after the system wrote it) and the month buckets per system and agency, updated by
 * taking the dossier's old contributions out and putting its new ones in. `rebuildMonitoring` recomputes both read
 * models from the sync log: the same numbers.
 *
 * The sync log is partitioned by month of receipt and its months past RETENTION_NATIONAL_MONITORING_EVENTS_MONTHS
 * are removed (migration 1524, src/platform/maintenance); the read models are kept for ever. So a dossier's facts
 * row carries what used to be recomputed from all its events — its first receipt and its longest delay — and a
 * rebuild recomputes from the log what the log still holds and keeps the rest (`rebuildMonitoring`).
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

/**
 * The facts read model's rows for a set of dossiers (or all), from the sync log: the latest event's facts, with the
 * first receipt and the longest write-to-receipt delay of the events the log still holds (grouped apart and joined:
 * a window over the events would sort every event's JSON).
 */
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
      a.sync_delay_max > ${REALTIME_SYNC_SECONDS}::double precision as sync_late, a.first_received_at, a.sync_delay_max
    from national_monitoring_events e
    join (
      select e.source_node, e.source_id, min(e.received_at) as first_received_at,
        max(extract(epoch from e.received_at - e.recorded_at))::double precision as sync_delay_max
      from national_monitoring_events e where ${where} group by e.source_node, e.source_id
    ) a on a.source_node = e.source_node and a.source_id = e.source_id
    where ${where}
    order by e.source_node, e.source_id, e.seq desc`;
}
const FACT_COLUMNS = [
  'source_node', 'source_id', 'last_seq', 'code', 'procedure_code', 'procedure_name', 'agency_code', 'agency_name', 'status',
  'received_at', 'channel', 'due_at', 'finished_at', 'late', 'has_result', 'full_online_eligible', 'fee_required', 'paid_online',
  'e_result', 'digitised_all', 'digitised_any', 'reuse_eligible', 'reused', 'rated', 'dissatisfied', 'sync_late',
  'first_received_at', 'sync_delay_max',
];
/** The columns a dossier's latest event states (replaced only by an event at least as new as the row's). */
const LATEST_COLUMNS = FACT_COLUMNS.filter((c) => !['source_node', 'source_id', 'sync_late', 'first_received_at', 'sync_delay_max'].includes(c));
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

/**
 * Write the facts of dossiers from the sync log into the read model. A dossier's row already there is merged, so
 * that nothing depends on months of the log past retention: the first receipt is the earlier one and the longest
 * delay the longer one (both only grow while events only arrive), and the stated facts are the log's latest event's
 * unless the row holds a later event (its own event removed, an older event re-sent since). With every event in the
 * log this is exactly the facts of the log.
 */
async function upsertFacts(conn: Conn, where: RawBuilder<unknown>): Promise<number> {
  const old = (c: string) => sql`national_monitoring_facts.${sql.ref(c)}`;
  const ex = (c: string) => sql`excluded.${sql.ref(c)}`;
  const r = await sql`
    insert into national_monitoring_facts (${factCols})
    select ${factCols} from (${factsFromEvents(where)}) f
    order by source_node, source_id
    on conflict (source_node, source_id) do update set
      ${sql.join(LATEST_COLUMNS.map((c) => sql`${sql.ref(c)} = case when ${ex('last_seq')} >= ${old('last_seq')} then ${ex(c)} else ${old(c)} end`))},
      first_received_at = least(${old('first_received_at')}, ${ex('first_received_at')}),
      sync_delay_max = greatest(${old('sync_delay_max')}, ${ex('sync_delay_max')}),
      sync_late = greatest(${old('sync_delay_max')}, ${ex('sync_delay_max')}) > ${REALTIME_SYNC_SECONDS}::double precision`.execute(conn);
  return Number(r.numAffectedRows ?? 0);
}

export async function applyMonitoring(trx: Conn, node: string, events: readonly EventWithFacts[], now: Date): Promise<void> {
  // one row per (dossier, seq): the last one of this message
  const byKey = new Map<string, { id: string; seq: number; recorded_at: string; facts: MonitoringFacts }>();
  for (const e of events) {
    const f = parseFacts(e.monitoring);
    if (f) byKey.set(`${e.dossierId}/${e.seq}`, { id: e.dossierId, seq: e.seq, recorded_at: f.recordedAt, facts: f });
  }
  const rows = [...byKey.values()];
  if (rows.length === 0) return;
  // the sync log: the first receipt of each (dossier, seq) is kept; a re-send (reconciliation, a later fact such as
  // an evaluation) only replaces the facts, in whichever month holds the event. The key holds the month (received_at),
  // so one row per (system, dossier, seq) is kept here: update what is there, insert the rest. Appliers of one
  // dossier never overlap: each first upserts the dossier's mirror row (mirror.ts), which holds its lock to commit.
  await sql`
    with x as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, seq integer, recorded_at timestamptz, facts jsonb)
    ), updated as (
      update national_monitoring_events e set facts = x.facts from x
      where e.source_node = ${node} and e.source_id = x.id and e.seq = x.seq
      returning e.source_id, e.seq
    )
    insert into national_monitoring_events (source_node, source_id, seq, recorded_at, received_at, facts)
    select ${node}, x.id, x.seq, x.recorded_at, ${now.toISOString()}::timestamptz, x.facts from x
    where not exists (select 1 from updated u where u.source_id = x.id and u.seq = x.seq)
    order by x.id, x.seq`.execute(trx);
  const ids = [...new Set(rows.map((r) => r.id))].sort();
  const idList = sql`(${sql.join(ids.map((id) => sql`${id}::uuid`))})`;
  const mine = sql`(select * from national_monitoring_facts where source_node = ${node} and source_id in ${idList})`;
  // lock the dossiers' fact rows, take their old contributions out, merge the new facts in, put the new ones in
  await sql`select 1 from national_monitoring_facts where source_node = ${node} and source_id in ${idList} order by source_id for update`.execute(trx);
  await addBuckets(trx, mine, -1);
  await upsertFacts(trx, sql`e.source_node = ${node} and e.source_id in ${idList}`);
  await addBuckets(trx, mine, 1);
}

export interface RebuildCounts {
  /** Dossiers whose facts were computed from the sync log. */
  dossiers: number;
  /** Month buckets written (from every dossier's facts). */
  buckets: number;
  /** Dossiers none of whose events are left in the log (every month of them past retention): their facts kept. */
  kept: number;
}

/**
 * Rebuild both read models from the sync log (CLI `motcua monitoring rebuild`, and the tests). A dossier whose
 * first receipt is still in the log is recomputed from the log alone (its row dropped first); a dossier whose first
 * events lie in months removed by retention is merged as on apply (its row's first receipt, longest delay and, when
 * its latest event is gone, its stated facts are kept); a dossier with no event left keeps its row. The rollup is
 * then recomputed from every dossier's facts, so the months whose events were removed keep their buckets.
 */
export async function rebuildMonitoring(conn: Conn): Promise<RebuildCounts> {
  if (!conn.isTransaction) return conn.transaction().execute((trx) => rebuildMonitoring(trx));
  // both read models locked in the order an applier takes them (facts rows, then buckets): a sync message applied
  // meanwhile waits for the rebuild to commit instead of deadlocking with it
  await sql`lock table national_monitoring_facts, national_monitoring_rollup in access exclusive mode`.execute(conn);
  await sql`truncate national_monitoring_rollup`.execute(conn);
  await sql`
    delete from national_monitoring_facts f
    using (select source_node, source_id, min(received_at) as first from national_monitoring_events group by source_node, source_id) e
    where e.source_node = f.source_node and e.source_id = f.source_id and e.first <= f.first_received_at`.execute(conn);
  const dossiers = await upsertFacts(conn, sql`true`);
  const total = await sql<{ n: number }>`select count(*)::int as n from national_monitoring_facts`.execute(conn);
  const b = await sql`
    insert into national_monitoring_rollup (source_node, agency_code, month, ${bucketCols})
    select source_node, agency_code, month, ${bucketCols}
    from (${bucketsSql(sql`national_monitoring_facts`, ['source_node', 'agency_code'])}) b`.execute(conn);
  return { dossiers, buckets: Number(b.numAffectedRows ?? 0), kept: (total.rows[0]?.n ?? 0) - dossiers };
}
