/**
 * The portal's side of the citizen relay (issue 13.11): the person acts from "Hồ sơ của tôi" on the portal; the
 * portal checks the dossier is theirs in its mirror, then sends the action to the system holding it as one signed
 * `citizen.relay` naming the person, and believes only that system's signed answer to this message. A refusal of
 * the system comes back as the same problem (code and detail).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { registryKeyOf } from '../registry/registry.service.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { openEnvelope } from '../../federation/protocol/envelope.ts';
import { CITIZEN_RELAY_ANSWER_TYPE, CITIZEN_RELAY_TYPE } from '../../federation/transport/message-types.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { postSigned, problemOf } from '../../federation/warehouse-remote/channel.ts';
import type { RelayBody } from '../../federation/citizen-relay/schemas.ts';

export interface RelayDeps {
  db: Db;
  self: NodeIdentity;
  windowSeconds: number;
}

/** The person's own dossier in the mirror (by personal ID / tax code), else `dossier-not-found`. */
export async function assertMirroredOwner(db: Db, p: Principal | undefined, node: string, dossierId: string): Promise<void> {
  if (!p) throw new AppError('unauthenticated');
  if (p.kind === 'officer') throw new AppError('forbidden', { detail: 'For the dossier’s owner' });
  const owner = p.kind === 'citizen' ? p.personalId : p.taxCode;
  const r = await sql<{ ok: number }>`
    select 1 as ok from national_dossiers
    where source_node = ${node} and source_id = ${dossierId}::uuid and payload->>'SoGiayToChuHoSo' = ${owner}`.execute(db);
  if (r.rows.length === 0) throw new AppError('dossier-not-found');
}

export function relayPrincipal(p: Principal) {
  if (p.kind === 'citizen') return { kind: 'citizen' as const, id: p.id, personalId: p.personalId, name: p.name, loa: p.loa };
  if (p.kind === 'organisation') return { kind: 'organisation' as const, id: p.id, taxCode: p.taxCode, name: p.name, loa: p.loa };
  throw new AppError('forbidden');
}

export async function relayToSystem<R>(deps: RelayDeps, node: string, body: RelayBody): Promise<R> {
  const n = await deps.db.selectFrom('federationNodes').select(['code', 'baseUrl', 'status']).where('code', '=', node).executeTakeFirst();
  if (!n || n.status !== 'active' || !n.baseUrl) throw new AppError('federation-node-not-found', { data: { code: node } });
  const id = randomUUID();
  const res = await postSigned(deps.self, node, `${n.baseUrl.replace(/\/+$/, '')}/api/v1/federation/citizen`, CITIZEN_RELAY_TYPE, body, 30_000, id);
  if (!res.ok) throw await problemOf(res, CITIZEN_RELAY_TYPE);
  let answer;
  try {
    answer = await openEnvelope(await res.json(), { keyOf: registryKeyOf(deps.db), self: deps.self.code, now: new Date(), windowSeconds: deps.windowSeconds });
  } catch (err) {
    throw new AppError('federation-answer-invalid', { detail: `${CITIZEN_RELAY_TYPE}: the system's answer is not a valid signed message`, cause: err });
  }
  const b = answer.body as { inReplyTo?: unknown; result?: unknown };
  if (answer.header.sender !== node || answer.header.type !== CITIZEN_RELAY_ANSWER_TYPE || b.inReplyTo !== id)
    throw new AppError('federation-answer-invalid', { detail: `${CITIZEN_RELAY_TYPE}: not the system's answer to this message` });
  return b.result as R;
}
