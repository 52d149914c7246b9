/**
 * The local side of the citizen relay (issue 13.11): the portal's signed `citizen.relay` (only the portal's key
 * opens it; each id once) is done here as the person it names — the same owner checks as on this system's own
 * pages (`isDossierOwner`: the dossier's personal ID / tax code) — and answered signed. Today: the evaluation
 * questionnaire, a dossier's evaluation, and the evaluation itself.
 */
import type { AppContext } from '../../context.ts';
import { criteriaInForce, getEvaluation, submitEvaluation } from '../evaluation/evaluation.service.ts';
import { sealEnvelope, type Envelope } from '../../federation/protocol/envelope.ts';
import { CITIZEN_RELAY_ANSWER_TYPE, CITIZEN_RELAY_TYPE } from '../../federation/transport/message-types.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import { openOnce } from '../../federation/warehouse-remote/channel.ts';
import { portalKeyOf } from '../../federation/warehouse-remote/files.ts';
import { bodyOf } from '../../federation/warehouse-remote/schemas.ts';
import { RelayBody } from '../../federation/citizen-relay/schemas.ts';

export function citizenRelayServer(ctx: AppContext): (raw: unknown) => Promise<Envelope<{ inReplyTo: string; result: unknown }>> {
  const { db, config } = ctx;
  const self = loadNodeIdentity(config);
  const open = { db, self, windowSeconds: config.FEDERATION_WINDOW_SECONDS, keyOf: portalKeyOf(config) };
  return async (raw) => {
    const env = await openOnce(open, raw, [CITIZEN_RELAY_TYPE]);
    const b = bodyOf(RelayBody, env.body);
    let result: unknown;
    switch (b.action) {
      case 'evaluation.criteria':
        result = await criteriaInForce(db);
        break;
      case 'evaluation.get':
        result = await getEvaluation(db, b.principal, b.dossierId);
        break;
      case 'evaluation.submit':
        result = await submitEvaluation(db, b.principal, b.dossierId, b.input);
        break;
    }
    return sealEnvelope({ type: CITIZEN_RELAY_ANSWER_TYPE, sender: self.code, recipient: env.header.sender, body: { inReplyTo: env.header.id, result } }, self.privateKey);
  };
}
