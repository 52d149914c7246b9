/**
 * `POST /api/v1/federation/verification`: another node's signed `verification.lookup`, opened once (its id spent,
 * logged), answered with a `verification.answer` signed by this node naming the look-up's id. A local system
 * answers for its own registry only (and only the portal may ask it); the portal answers for its own registry,
 * else for the connected system that issued the document (the asking system excepted).
 */
import type { AppContext } from '../../context.ts';
import { recordError } from '../registry/registry.repository.ts';
import { registryKeyOf } from '../registry/registry.service.ts';
import { findOwnEntry } from '../../platform/signing/registry.service.ts';
import { trustedCaPems } from '../../platform/signing/keys.service.ts';
import { sealEnvelope, type Envelope } from '../../federation/protocol/envelope.ts';
import { VERIFICATION_ANSWER_TYPE, VERIFICATION_LOOKUP_TYPE } from '../../federation/transport/message-types.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import { openOnce } from '../../federation/warehouse-remote/channel.ts';
import { portalKeyOf } from '../../federation/warehouse-remote/files.ts';
import { bodyOf } from '../../federation/warehouse-remote/schemas.ts';
import { lookupAcrossSystems } from './lookup.ts';
import { LookupBody, type VerificationAnswer } from './schemas.ts';

export function verificationServer(ctx: AppContext): (raw: unknown) => Promise<Envelope<VerificationAnswer>> {
  const { db, config } = ctx;
  const self = loadNodeIdentity(config);
  const windowSeconds = config.FEDERATION_WINDOW_SECONDS;
  const portal = config.ROLE !== 'local';
  const open = { db, self, windowSeconds, keyOf: portal ? registryKeyOf(db) : portalKeyOf(config), ...(portal ? { onRejected: recordError } : {}) };
  return async (raw) => {
    const env = await openOnce(open, raw, [VERIFICATION_LOOKUP_TYPE]);
    const query = bodyOf(LookupBody, env.body);
    const own = await findOwnEntry(db, query);
    let found: VerificationAnswer['found'] = null;
    if (own) found = { entry: own, node: self.code, cas: (await trustedCaPems(ctx)).slice(0, 20) };
    else if (portal) found = await lookupAcrossSystems({ db, self, windowSeconds }, query, env.header.sender);
    return sealEnvelope(
      { type: VERIFICATION_ANSWER_TYPE, sender: self.code, recipient: env.header.sender, body: { inReplyTo: env.header.id, found } },
      self.privateKey,
    );
  };
}
