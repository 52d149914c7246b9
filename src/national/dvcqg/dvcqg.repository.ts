/** Every SQL statement of the DVCQG-compatible API: accounts, sessions and its writes into the national mirror. */
import { sql } from 'kysely';
import { progressDay } from '../sync/progress-day.ts';
import type { Conn } from '../../federation/transport/conn.ts';

export async function upsertAccount(conn: Conn, a: { username: string; nodeCode: string; passwordHash: string }): Promise<void> {
  await conn
    .insertInto('dvcqgAccounts')
    .values(a)
    .onConflict((oc) => oc.column('username').doUpdateSet({ nodeCode: a.nodeCode, passwordHash: a.passwordHash }))
    .execute();
  // A new password ends the sessions opened with the old one.
  await conn.deleteFrom('dvcqgSessions').where('username', '=', a.username).execute();
}

export function findAccount(conn: Conn, username: string) {
  return conn
    .selectFrom('dvcqgAccounts')
    .innerJoin('federationNodes', 'federationNodes.code', 'dvcqgAccounts.nodeCode')
    .select(['dvcqgAccounts.username', 'dvcqgAccounts.nodeCode', 'dvcqgAccounts.passwordHash', 'federationNodes.status'])
    .where('dvcqgAccounts.username', '=', username)
    .executeTakeFirst();
}

export async function insertSession(conn: Conn, s: { tokenSha256: Buffer; username: string; nodeCode: string; expiresAt: string }): Promise<void> {
  await conn.deleteFrom('dvcqgSessions').where('expiresAt', '<', sql<string>`now()`).execute();
  await conn.insertInto('dvcqgSessions').values(s).execute();
}

/** The session's system, when the session is valid at `now` and the system active. */
export async function findSession(conn: Conn, tokenSha256: Buffer, now: Date) {
  return conn
    .selectFrom('dvcqgSessions')
    .innerJoin('federationNodes', 'federationNodes.code', 'dvcqgSessions.nodeCode')
    .select(['dvcqgSessions.nodeCode', 'federationNodes.status'])
    .where('dvcqgSessions.tokenSha256', '=', tokenSha256)
    .where('dvcqgSessions.expiresAt', '>', now.toISOString())
    .executeTakeFirst();
}

export interface SnapshotRow {
  id: string;
  code: string;
  status: number;
  key: number;
  payload: Record<string, unknown>;
}

/** Create only: the ids that already existed (nothing is written for them). */
export async function insertSnapshots(conn: Conn, node: string, rows: readonly SnapshotRow[]): Promise<string[]> {
  const r = await sql<{ sourceId: string }>`
    insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at)
    select ${node}, x.id, x.code, x.status, x.key, x.payload, now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, code text, status smallint, key integer, payload jsonb)
    on conflict (source_node, source_id) do nothing
    returning source_id`.execute(conn);
  const inserted = new Set(r.rows.map((x) => x.sourceId));
  return rows.filter((x) => !inserted.has(x.id)).map((x) => x.code);
}

/**
 * Create or update: the snapshot replaces the payload; its status is taken only when its newest date is not
 * older than the newest status already applied (a late, stale snapshot does not regress the status).
 */
export async function upsertSnapshots(conn: Conn, node: string, rows: readonly SnapshotRow[]): Promise<void> {
  await sql`
    insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at)
    select ${node}, x.id, x.code, x.status, x.key, x.payload, now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, code text, status smallint, key integer, payload jsonb)
    on conflict (source_node, source_id) do update set
      payload = excluded.payload, ma_ho_so = excluded.ma_ho_so, changed_at = now(), applied_at = now(),
      trang_thai = case when excluded.last_seq >= national_dossiers.last_seq then excluded.trang_thai else national_dossiers.trang_thai end,
      last_seq = greatest(national_dossiers.last_seq, excluded.last_seq)`.execute(conn);
}

export interface ProgressRow {
  id: string;
  key: number;
  idx: number;
  /** Position in the call (rows of the same second: the later one in the call is the newer). */
  pos: number;
  status: number;
  payload: Record<string, unknown>;
}

/** Mirror ids (of `node`) that exist among `ids`. */
export async function existingIds(conn: Conn, node: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const r = await conn
    .selectFrom('nationalDossiers')
    .select('sourceId')
    .where('sourceNode', '=', node)
    .where('sourceId', 'in', [...ids])
    .execute();
  return new Set(r.map((x) => x.sourceId));
}

/** Progress rows once each (by time key and content hash); the status follows the newest row by time. */
export async function insertProgress(conn: Conn, node: string, rows: readonly ProgressRow[]): Promise<number> {
  if (!rows.length) return 0;
  const r = await sql`
    insert into national_dossier_progress (source_node, source_id, seq, idx, trang_thai, payload, day)
    select ${node}, x.id, x.key, x.idx, x.status, x.payload, ${progressDay(node)}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, key integer, idx smallint, status smallint, payload jsonb, day date)
    on conflict do nothing`.execute(conn);
  await sql`
    with newest as (
      select distinct on (x.id) x.id, x.key, x.status
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, key integer, pos integer, status smallint)
      order by x.id, x.key desc, x.pos desc
    )
    update national_dossiers d set trang_thai = n.status, last_seq = n.key, applied_at = now()
    from newest n
    where d.source_node = ${node} and d.source_id = n.id and d.last_seq <= n.key`.execute(conn);
  return Number(r.numAffectedRows ?? 0);
}

export function findMirrored(conn: Conn, node: string, maHoSo: string) {
  return conn
    .selectFrom('nationalDossiers')
    .select(['maHoSo', 'trangThai', 'payload', 'changedAt'])
    .where('sourceNode', '=', node)
    .where('maHoSo', '=', maHoSo)
    .executeTakeFirst();
}
