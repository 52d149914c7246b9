/**
 * The national mirror of local dossiers: applies `dossier.sync` messages (a batch of sync events, src/local/sync/
 * payload.ts) inside the receiver's transaction. Each dossier keeps the snapshot of its highest sequence number;
 * an event older than or equal to what was applied changes nothing (idempotent, ordered); progress rows are
 * inserted once by (node, dossier, seq, position). A system writes only its own agencies' dossiers: every event's
 * agency and dossier codes (and its progress rows' codes) must be agencies the sender hosts (`agencyOfNode`), else
 * the whole message is refused (`message-agency-of-another-node`) and nothing is applied.
 */
import { sql } from 'kysely';
import { AppError } from '../../errors.ts';
import type { Envelope } from '../../federation/protocol/envelope.ts';
import type { HandlerResult } from '../../federation/transport/receiver.ts';
import type { Conn } from '../../federation/transport/conn.ts';
import { registerSyncMessages } from './message-register.ts';
import { foreignAgency } from '../../platform/reference/agency-node.ts';
import { applyMonitoring } from '../monitoring/apply.ts';

export { SYNC_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';
export const MAX_EVENTS_PER_MESSAGE = 20_000;

interface Event {
  dossierId: string;
  seq: number;
  changedAt: string;
  DongBoHoSoMC: Record<string, unknown>;
  CapNhatTienDoHoSoMC: Record<string, unknown>[];
  agencyCode?: string;
  day?: string;
  repair?: string;
  messages?: unknown;
  /** The dossier's monitoring facts (src/federation/monitoring/counters.ts), applied by src/national/monitoring. */
  monitoring?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function status(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{1,2}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 10 ? n : undefined;
}

/** Validates the body; throws `message-malformed` naming the first bad event. */
export function parseSyncBody(body: unknown): Event[] {
  const events = body && typeof body === 'object' ? (body as { events?: unknown }).events : undefined;
  if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS_PER_MESSAGE)
    throw new AppError('message-malformed', { detail: 'body.events must be a non-empty array' });
  events.forEach((e: unknown, i) => {
    const o = (e ?? {}) as Partial<Event>;
    const ok =
      typeof o.dossierId === 'string' && UUID.test(o.dossierId) &&
      Number.isInteger(o.seq) && (o.seq as number) >= 1 &&
      typeof o.changedAt === 'string' && Number.isFinite(Date.parse(o.changedAt)) &&
      o.DongBoHoSoMC && typeof o.DongBoHoSoMC === 'object' && status(o.DongBoHoSoMC.TrangThaiHoSo) !== undefined &&
      Array.isArray(o.CapNhatTienDoHoSoMC) && o.CapNhatTienDoHoSoMC.every((p) => p && typeof p === 'object' && status(p.TrangThai) !== undefined) &&
      (o.agencyCode === undefined || (typeof o.agencyCode === 'string' && o.agencyCode.length <= 40)) &&
      (o.day === undefined || (typeof o.day === 'string' && DAY.test(o.day) && Number.isFinite(Date.parse(o.day)))) &&
      (o.repair === undefined || (typeof o.repair === 'string' && o.repair.length >= 1 && o.repair.length <= 100));
    if (!ok) throw new AppError('message-malformed', { detail: `body.events[${i}] is not a valid sync event` });
  });
  return events as Event[];
}

/** Refuses the message when an event speaks for an agency the sender does not host (codes '' are skipped). */
async function assertOwnAgencies(trx: Conn, node: string, events: Event[]): Promise<void> {
  const code = (v: unknown) => (typeof v === 'string' ? v : null);
  const claims = events.flatMap((e, event) => [
    { event, agencyCode: e.agencyCode ?? null, dossierCode: code(e.DongBoHoSoMC.MaHoSo) },
    ...e.CapNhatTienDoHoSoMC.map((p) => ({ event, dossierCode: code(p.MaHoSo) })),
  ]);
  const foreign = await foreignAgency(trx, node, claims);
  if (!foreign) return;
  const event = claims[foreign.index]!.event;
  throw new AppError('message-agency-of-another-node', {
    detail: `body.events[${event}]: ${foreign.code} is not an agency of ${node}`,
    data: { event, dossierId: events[event]!.dossierId, refusedCode: foreign.code, sender: node },
  });
}

export async function applySyncMessage(trx: Conn, env: Envelope, now: Date = new Date()): Promise<HandlerResult> {
  const events = parseSyncBody(env.body);
  const node = env.header.sender;
  await assertOwnAgencies(trx, node, events);
  // The newest snapshot per dossier in this message (a message may carry several changes of one dossier).
  const latest = new Map<string, Event>();
  for (const e of events) {
    const cur = latest.get(e.dossierId);
    if (!cur || cur.seq < e.seq) latest.set(e.dossierId, e);
  }
  const snapshots = [...latest.values()].map((e) => ({
    id: e.dossierId,
    code: typeof e.DongBoHoSoMC.MaHoSo === 'string' ? e.DongBoHoSoMC.MaHoSo : '',
    status: status(e.DongBoHoSoMC.TrangThaiHoSo),
    seq: e.seq,
    payload: e.DongBoHoSoMC,
    changed_at: e.changedAt,
    agency: e.agencyCode ?? null,
    day: e.day ?? null,
    repair: e.repair !== undefined,
  }));
  // A newer snapshot replaces the mirror's row; a reconciliation re-send (repair) replaces it whatever its seq: the
  // owning system's stream is ordered, so the repair is its current state and later changes follow it.
  for (const repair of [false, true]) {
    const rows = snapshots.filter((x) => x.repair === repair);
    if (rows.length === 0) continue;
    await sql`
      insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at, agency_code, day)
      select ${node}, x.id, nullif(x.code, ''), x.status, x.seq, x.payload, x.changed_at, x.agency, x.day
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as x(id uuid, code text, status smallint, seq integer, payload jsonb, changed_at timestamptz, agency text, day date)
      on conflict (source_node, source_id) do update set
        ma_ho_so = excluded.ma_ho_so, trang_thai = excluded.trang_thai, last_seq = excluded.last_seq,
        payload = excluded.payload, changed_at = excluded.changed_at, applied_at = now(),
        agency_code = coalesce(excluded.agency_code, national_dossiers.agency_code), day = coalesce(excluded.day, national_dossiers.day)
      where ${sql.lit(repair)} or national_dossiers.last_seq < excluded.last_seq`.execute(trx);
  }
  const progress = events.flatMap((e) =>
    e.CapNhatTienDoHoSoMC.map((p, idx) => ({ id: e.dossierId, seq: e.seq, idx, status: status(p.TrangThai), payload: p })),
  );
  if (progress.length) {
    await sql`
      insert into national_dossier_progress (source_node, source_id, seq, idx, trang_thai, payload)
      select ${node}, x.id, x.seq, x.idx, x.status, x.payload
      from jsonb_to_recordset(${JSON.stringify(progress)}::jsonb)
        as x(id uuid, seq integer, idx smallint, status smallint, payload jsonb)
      on conflict do nothing`.execute(trx);
  }
  // the check codes of the messages these changes sent (the public "Kiểm tra tin nhắn" page)
  await registerSyncMessages(trx, node, events);
  // the Decision 766 facts of each change, with the portal's receipt instant (the real-time sync indicator)
  await applyMonitoring(trx, node, events, now);
  const oldest = Math.min(...events.map((e) => Date.parse(e.changedAt)));
  return { events: events.length, lagMs: Math.max(0, now.getTime() - oldest) };
}
