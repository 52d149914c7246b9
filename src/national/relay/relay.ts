/**
 * The national portal relays counter routing between connected systems (POST /api/v1/federation/relay).
 *
 * Why through the portal rather than node to node: a local system trusts one key only, the portal's (its inbox
 * accepts nothing else, src/local/routing/inbox.routes.ts), and only the portal's registry knows every
 * system's address, key and status (a suspended system is refused here). The portal opens the sender's envelope
 * with the registry key, checks that the sender may say this about this route, and re-seals the body as itself in
 * its `routing_outbox` (sent in order per recipient with back-off by the existing router) — in the same transaction
 * as the inbox row, so a message is relayed exactly once however often it is redelivered.
 * - `dossier.route`: the recipient is the system hosting the competent agency (from the portal's own reference
 *   data, not the sender's word); the receiving counter must be one of the sender's agencies; the route is
 *   remembered (`relayed_routes`).
 * - `dossier.progress`: only from the route's competent system, to its receiving system.
 * - `dossier.return`: only from the route's receiving system, to its competent system.
 */
import { AppError } from '../../errors.ts';
import { agencyOfNode } from '../../platform/reference/agency-node.ts';
import type { Envelope } from '../../federation/protocol/envelope.ts';
import type { Conn } from '../../federation/transport/conn.ts';
import { PROGRESS_MESSAGE_TYPE, RETURN_MESSAGE_TYPE, ROUTE_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';
import type { HandlerResult } from '../../federation/transport/receiver.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function routeIdOf(env: Envelope): string {
  const id = (env.body as { routeId?: unknown } | null)?.routeId;
  if (typeof id !== 'string' || !UUID.test(id)) throw new AppError('message-malformed', { detail: 'body.routeId must be a UUID' });
  return id;
}

async function activeNode(trx: Conn, code: string): Promise<void> {
  const n = await trx.selectFrom('federationNodes').select(['status', 'baseUrl']).where('code', '=', code).executeTakeFirst();
  if (!n || n.status !== 'active' || !n.baseUrl) throw new AppError('federation-node-not-found', { data: { code } });
}

async function relay(trx: Conn, env: Envelope, recipient: string): Promise<HandlerResult> {
  await activeNode(trx, recipient);
  const body = { ...(env.body as Record<string, unknown>), origin: env.header.sender };
  // the relayed message keeps the sender's message id: unique, and the same on every redelivery
  await trx.insertInto('routingOutbox').values({ id: env.header.id, recipient, type: env.header.type, body: JSON.stringify(body) }).execute();
  return { events: 1, lagMs: null };
}

export async function relayRoute(trx: Conn, env: Envelope): Promise<HandlerResult> {
  const routeId = routeIdOf(env);
  const code = ((env.body as { input?: { resolvingAgencyCode?: unknown } }).input ?? {}).resolvingAgencyCode;
  if (typeof code !== 'string') throw new AppError('message-malformed', { detail: 'body.input.resolvingAgencyCode is required' });
  const agency = await trx.selectFrom('agencies').select('nodeCode').where('code', '=', code).executeTakeFirst();
  if (!agency) throw new AppError('agency-not-found', { data: { code } });
  if (agency.nodeCode === env.header.sender) throw new AppError('agency-hosted-here', { data: { code } });
  // the receiving counter is the sender's own (the one rule of src/platform/reference/agency-node.ts)
  const counter = (env.body as { receivedAt?: { agencyCode?: unknown } }).receivedAt?.agencyCode;
  if (typeof counter === 'string' && counter && !(await agencyOfNode(trx, counter, env.header.sender)))
    throw new AppError('message-agency-of-another-node', { detail: `${counter} is not an agency of ${env.header.sender}`, data: { refusedCode: counter, sender: env.header.sender } });
  const seen = await trx.insertInto('relayedRoutes').values({ id: routeId, origin: env.header.sender, target: agency.nodeCode }).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  if (!seen) throw new AppError('message-replayed', { data: { routeId } });
  return relay(trx, env, agency.nodeCode);
}

async function routeOf(trx: Conn, env: Envelope) {
  const r = await trx.selectFrom('relayedRoutes').selectAll().where('id', '=', routeIdOf(env)).executeTakeFirst();
  if (!r) throw new AppError('forwarded-dossier-not-found');
  return r;
}

export async function relayProgress(trx: Conn, env: Envelope): Promise<HandlerResult> {
  const r = await routeOf(trx, env);
  if (r.target !== env.header.sender) throw new AppError('forbidden', { detail: 'Only the competent system reports progress' });
  return relay(trx, env, r.origin);
}

export async function relayReturn(trx: Conn, env: Envelope): Promise<HandlerResult> {
  const r = await routeOf(trx, env);
  if (r.origin !== env.header.sender) throw new AppError('forbidden', { detail: 'Only the receiving system records the return' });
  return relay(trx, env, r.target);
}

export const relayHandlers = {
  [ROUTE_MESSAGE_TYPE]: relayRoute,
  [PROGRESS_MESSAGE_TYPE]: relayProgress,
  [RETURN_MESSAGE_TYPE]: relayReturn,
};
