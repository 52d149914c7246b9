/**
 * Every SQL statement of the local sync outbox (migration 0970). A dossier change writes its event and bumps the
 * dossier's stream in the change's transaction; the sender claims due streams with FOR UPDATE SKIP LOCKED (one
 * sender per stream at a time, so a dossier's events leave strictly in order) and acknowledges or reschedules.
 */
import { sql } from 'kysely';
import type { Conn } from '../../federation/transport/conn.ts';
import { inActionMonths } from '../dossiers/action-months.ts';
import type { SyncEvent } from './payload.ts';

export type { Conn };

export async function insertSyncEvent(conn: Conn, e: SyncEvent): Promise<void> {
  await conn
    .insertInto('syncOutbox')
    .values({ dossierId: e.dossierId, seq: e.seq, event: JSON.stringify(e) })
    .onConflict((oc) => oc.columns(['dossierId', 'seq']).doNothing())
    .execute();
  // An idle stream becomes due now; one waiting for a retry keeps its back-off.
  await sql`
    insert into sync_streams (dossier_id, last_seq) values (${e.dossierId}, ${e.seq})
    on conflict (dossier_id) do update set
      last_seq = greatest(sync_streams.last_seq, excluded.last_seq),
      next_attempt_at = case when sync_streams.last_seq <= sync_streams.acked_seq then now() else sync_streams.next_attempt_at end
  `.execute(conn);
}

export interface ClaimedStream {
  dossierId: string;
  ackedSeq: number;
  lastSeq: number;
  attempts: number;
}

/** Claim up to `limit` due streams (pending events, due time passed), counting the attempt and leasing them. */
export async function claimStreams(conn: Conn, now: Date, limit: number, leaseSeconds: number): Promise<ClaimedStream[]> {
  const at = now.toISOString();
  const r = await sql<ClaimedStream>`
    with due as (
      select dossier_id from sync_streams
      where last_seq > acked_seq and next_attempt_at <= ${at}::timestamptz
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    update sync_streams s
    set attempts = s.attempts + 1, next_attempt_at = ${at}::timestamptz + make_interval(secs => ${leaseSeconds})
    from due where s.dossier_id = due.dossier_id
    returning s.dossier_id, s.acked_seq, s.last_seq, s.attempts`.execute(conn);
  return r.rows;
}

/** The pending events of the claimed streams, in order per dossier (at most `perStream` each). */
export async function pendingEvents(conn: Conn, streams: readonly ClaimedStream[], perStream: number): Promise<SyncEvent[]> {
  if (streams.length === 0) return [];
  const r = await sql<{ event: SyncEvent }>`
    select o.event from unnest(${streams.map((s) => s.dossierId)}::uuid[], ${streams.map((s) => s.ackedSeq)}::int[]) as s(id, acked)
    join lateral (
      select event, seq from sync_outbox o where o.dossier_id = s.id and o.seq > s.acked order by o.seq limit ${perStream}
    ) o on true
    order by s.id, o.seq`.execute(conn);
  return r.rows.map((x) => x.event);
}

/** Acknowledged up to `seq` per dossier: the stream is due again at once if more events wait. */
export async function ackStreams(
  conn: Conn,
  acks: readonly { dossierId: string; seq: number }[],
  now: Date,
  portalReceivedAt?: string,
): Promise<void> {
  if (acks.length === 0) return;
  // the portal's receipt instant of each event just acknowledged (the real-time sync indicator; first receipt kept)
  if (portalReceivedAt)
    await sql`
      update sync_outbox o set portal_received_at = ${portalReceivedAt}::timestamptz
      from unnest(${acks.map((a) => a.dossierId)}::uuid[], ${acks.map((a) => a.seq)}::int[]) as a(id, seq)
      where o.dossier_id = a.id and o.seq <= a.seq and o.portal_received_at is null`.execute(conn);
  await sql`
    update sync_streams s set acked_seq = greatest(s.acked_seq, a.seq), attempts = 0, last_error = null,
      next_attempt_at = ${now.toISOString()}::timestamptz
    from unnest(${acks.map((a) => a.dossierId)}::uuid[], ${acks.map((a) => a.seq)}::int[]) as a(id, seq)
    where s.dossier_id = a.id`.execute(conn);
}

/** A failed attempt: each stream retries at its own time. */
export async function failStreams(
  conn: Conn,
  fails: readonly { dossierId: string; retryAt: Date }[],
  error: string,
  now: Date,
): Promise<void> {
  if (fails.length === 0) return;
  await sql`
    update sync_streams s set next_attempt_at = f.at, last_error = ${error.slice(0, 2000)},
      last_error_at = ${now.toISOString()}::timestamptz
    from unnest(${fails.map((f) => f.dossierId)}::uuid[], ${fails.map((f) => f.retryAt.toISOString())}::timestamptz[]) as f(id, at)
    where s.dossier_id = f.id`.execute(conn);
}

export interface SyncBacklog {
  streams: number;
  events: number;
  oldestPendingAt: string | null;
}

export async function syncBacklog(conn: Conn): Promise<SyncBacklog> {
  const r = await sql<SyncBacklog>`
    select count(*)::int as streams, coalesce(sum(last_seq - acked_seq), 0)::int as events,
      min(next_attempt_at) as "oldestPendingAt"
    from sync_streams where last_seq > acked_seq`.execute(conn);
  return r.rows[0] ?? { streams: 0, events: 0, oldestPendingAt: null };
}

export interface LocalReconcileRow {
  dossierId: string;
  code: string | null;
  trangThai: number;
  agencyCode: string;
  /** The seq the portal should hold: the stream's last event, else the dossier's last action. */
  lastSeq: number;
  /** Events still waiting in the outbox: the sender delivers them, reconciliation leaves them alone. */
  pending: boolean;
}

/** This system's dossiers created on `day` (Vietnam time), with the agency and seq the portal should mirror. */
export async function localReconcileRows(conn: Conn, day: string): Promise<LocalReconcileRow[]> {
  const r = await sql<LocalReconcileRow>`
    select d.id as "dossierId", d.code, d.status as "trangThai", coalesce(a.code, '') as "agencyCode",
      coalesce(s.last_seq, (select max(x.seq) from dossier_actions x
        where x.dossier_id = d.id and x.at >= coalesce(d.actions_from, '-infinity'::timestamptz)), 0)::int as "lastSeq",
      coalesce(s.last_seq > s.acked_seq, false) as pending
    from dossiers d
    left join agencies a on a.id = d.resolving_agency_id
    left join sync_streams s on s.dossier_id = d.id
    where d.created_at >= (${day}::date::text || 'T00:00:00+07:00')::timestamptz
      and d.created_at < ((${day}::date + 1)::text || 'T00:00:00+07:00')::timestamptz
    order by d.id`.execute(conn);
  return r.rows;
}

/**
 * Put a re-sent snapshot (event `seq`, already delivered) back into the dossier's stream: the outbox row of that
 * seq is replaced and the stream acknowledged up to seq − 1, so the ordered sender delivers it next. Only for a
 * stream with nothing pending (locked by the caller) or none at all.
 */
export async function requeueEvent(conn: Conn, e: SyncEvent): Promise<void> {
  await conn
    .insertInto('syncOutbox')
    .values({ dossierId: e.dossierId, seq: e.seq, event: JSON.stringify(e) })
    .onConflict((oc) => oc.columns(['dossierId', 'seq']).doUpdateSet({ event: JSON.stringify(e) }))
    .execute();
  await sql`
    insert into sync_streams (dossier_id, last_seq, acked_seq) values (${e.dossierId}, ${e.seq}, ${e.seq - 1})
    on conflict (dossier_id) do update set
      last_seq = greatest(sync_streams.last_seq, excluded.last_seq), acked_seq = least(sync_streams.acked_seq, excluded.acked_seq),
      attempts = 0, next_attempt_at = now()`.execute(conn);
}

/** Lock the dossier's stream; true when events still wait to be sent. */
export async function lockStreamPending(conn: Conn, dossierId: string): Promise<boolean> {
  const s = await conn.selectFrom('syncStreams').select(['lastSeq', 'ackedSeq']).where('dossierId', '=', dossierId).forUpdate().executeTakeFirst();
  return s ? s.lastSeq > s.ackedSeq : false;
}

/** What a re-sent snapshot is built from: the dossier (locked), its last action and its agency. */
export async function snapshotSource(conn: Conn, dossierId: string) {
  const dossier = await conn.selectFrom('dossiers').selectAll().where('id', '=', dossierId).forUpdate().executeTakeFirst();
  if (!dossier) return undefined;
  const action = await conn
    .selectFrom('dossierActions')
    .select(['seq', 'kind', 'at', 'actorName'])
    .where('dossierId', '=', dossierId)
    .where(inActionMonths(dossierId))
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const agency = dossier.resolvingAgencyId
    ? await conn.selectFrom('agencies').select(['name', 'code']).where('id', '=', dossier.resolvingAgencyId).executeTakeFirst()
    : undefined;
  return action ? { dossier, action, agency } : undefined;
}
