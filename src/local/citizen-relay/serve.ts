/**
 * The local side of the citizen relay (issue 13.11): the portal's signed `citizen.relay` (only the portal's key
 * opens it; each id once) is done here as the person it names — the same owner checks as on this system's own
 * pages (`isDossierOwner`: the dossier's personal ID / tax code) — and answered signed: the evaluation (questionnaire,
 * read, send), the dossier as its owner sees it, the supplement (a file for a component, then the answer) and the
 * fees (the payment requests, and INIT at this system's payment platform: the clock resumes when its callback
 * confirms the payment, exactly as for a payment started on this system's own pages).
 */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { criteriaInForce, getEvaluation, submitEvaluation } from '../evaluation/evaluation.service.ts';
import { sealEnvelope, type Envelope } from '../../federation/protocol/envelope.ts';
import { CITIZEN_RELAY_ANSWER_TYPE, CITIZEN_RELAY_TYPE } from '../../federation/transport/message-types.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import { openOnce } from '../../federation/warehouse-remote/channel.ts';
import { portalKeyOf } from '../../federation/warehouse-remote/files.ts';
import { bodyOf } from '../../federation/warehouse-remote/schemas.ts';
import { RelayBody } from '../../federation/citizen-relay/schemas.ts';
import { act } from '../dossiers/dossier.actions.ts';
import { getDossierView, presentDossier } from '../dossiers/dossier.query.ts';
import { initPayment } from '../payments/payments.service.ts';
import { myDossierPayments, uploadMyFile } from '../portal/portal.service.ts';
import { relayedUpload } from './relayed-file.ts';

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
      case 'dossier.get':
        result = await getDossierView(db, b.principal, b.dossierId, ctx.clock.now());
        break;
      case 'supplement.file': {
        const s = await uploadMyFile(db, b.principal, b.dossierId, b.componentSeq, () => relayedUpload(ctx, b));
        result = { id: s.id, position: s.position, pages: s.pages, size: s.size, fileName: s.fileName };
        break;
      }
      case 'supplement.send': {
        const now = ctx.clock.now();
        const input = { action: 'supplement_received' as const, expectedVersion: b.expectedVersion, ...(b.note !== undefined ? { note: b.note } : {}) };
        result = await presentDossier(db, await act(db, b.principal, b.dossierId, input, now), undefined, now);
        break;
      }
      case 'payments.list':
        result = { items: await myDossierPayments(db, b.principal, b.dossierId) };
        break;
      case 'payment.init': {
        // the request must belong to this dossier (and the payer be the person: initPayment checks it)
        const mine = await myDossierPayments(db, b.principal, b.dossierId);
        if (!mine.some((m) => m.id === b.paymentId)) throw new AppError('payment-not-found');
        result = await initPayment(db, config, b.paymentId, { principal: b.principal });
        break;
      }
    }
    return sealEnvelope({ type: CITIZEN_RELAY_ANSWER_TYPE, sender: self.code, recipient: env.header.sender, body: { inReplyTo: env.header.id, result } }, self.privateKey);
  };
}
