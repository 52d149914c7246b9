/** Every SQL statement of the registry of connected systems (national portal, migration 0970). */
import { sql } from 'kysely';
import type { Conn } from '../../federation/transport/conn.ts';
import type { FederationNodeRow } from '../../federation/transport/sync.table.ts';

export interface NodeInput {
  code: string;
  name: string;
  baseUrl: string;
  publicKey: string;
}

/** Register a system or replace its name, address and key (re-keying); its status and counters stay. */
export async function upsertNode(conn: Conn, n: NodeInput): Promise<FederationNodeRow> {
  return conn
    .insertInto('federationNodes')
    .values(n)
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: n.name, baseUrl: n.baseUrl, publicKey: n.publicKey }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findNode(conn: Conn, code: string): Promise<FederationNodeRow | undefined> {
  return conn.selectFrom('federationNodes').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listNodes(conn: Conn): Promise<FederationNodeRow[]> {
  return conn.selectFrom('federationNodes').selectAll().orderBy('code').execute();
}

export async function setNodeStatus(conn: Conn, code: string, status: 'active' | 'suspended'): Promise<FederationNodeRow | undefined> {
  return conn.updateTable('federationNodes').set({ status }).where('code', '=', code).returningAll().executeTakeFirst();
}

/** A message applied: last message time, lag of its oldest change, events counted. */
export async function recordApplied(conn: Conn, code: string, events: number, lagMs: number | null): Promise<void> {
  await sql`
    update federation_nodes set last_message_at = now(), events_applied = events_applied + ${events},
      sync_lag_ms = coalesce(${lagMs}::bigint, sync_lag_ms)
    where code = ${code}`.execute(conn);
}

/** A message refused: error counter and last error (only for a registered sender). */
export async function recordError(conn: Conn, code: string, error: string): Promise<void> {
  await sql`
    update federation_nodes set error_count = error_count + 1, last_error = ${error.slice(0, 2000)}, last_error_at = now()
    where code = ${code}`.execute(conn);
}
