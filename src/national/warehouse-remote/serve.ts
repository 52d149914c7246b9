/**
 * The portal's side of the warehouse across nodes: one signed message per WarehousePort call, opened once
 * (channel.ts), its body checked (schemas.ts), the node-level rules applied (guards.ts), then the national
 * warehouse services do what they do in process — every read decided and written to the owner's access log in the
 * read's transaction. Deposits come by reference: the file is pulled from the sender and hash-checked (pull.ts)
 * before the deposit. Answers are signed by the portal (`warehouse.answer` to the sender, naming the call's message
 * id): `{ inReplyTo, result }` plus `content`, base64, for a file read — the node trusts what it reads from the
 * warehouse because the portal signed it, not because of the transport.
 */
import { AppError } from '../../errors.ts';
import { checkCoverage, fetchDocument, findOwnerDocuments } from '../warehouse/access.service.ts';
import { bindConsent, getConsent, recordConsent, withdrawConsent } from '../warehouse/consent.service.ts';
import { confirmCounterConsent, requestCounterConsent } from '../warehouse/counter-consent.service.ts';
import { depositDocument, markDocumentStatus } from '../warehouse/warehouse.service.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { WAREHOUSE_ANSWER_TYPE, WAREHOUSE_MESSAGE_TYPES as T } from '../../federation/transport/message-types.ts';
import { sealEnvelope, type Envelope } from '../../federation/protocol/envelope.ts';
import { openOnce, type OpenDeps } from '../../federation/warehouse-remote/channel.ts';
import { agencyOfNode } from '../../platform/reference/agency-node.ts';
import {
  assertConsentOfNode,
  assertDepositedByNode,
  assertNodeActor,
  nodeReadRefusal,
  ownerOfDocument,
  refuseRead,
} from './guards.ts';
import { pullFile } from './pull.ts';
import {
  BindBody,
  bodyOf,
  ChallengeBody,
  ConfirmBody,
  ConsentBody,
  CoverageBody,
  DepositBody,
  FetchBody,
  FindBody,
  FindConsentBody,
  StatusBody,
  WithdrawBody,
} from '../../federation/warehouse-remote/schemas.ts';

export interface ServeDeps extends OpenDeps {
  blobs: BlobStore;
  maxFileBytes: number;
}

export interface WarehouseAnswer {
  result: unknown;
  content?: string;
}

export interface SignedAnswer extends WarehouseAnswer {
  inReplyTo: string;
}

export async function serveWarehouseMessage(deps: ServeDeps, raw: unknown): Promise<Envelope<SignedAnswer>> {
  const env = await openOnce(deps, raw, Object.values(T));
  const answer = await answerCall(deps, env);
  return sealEnvelope(
    { type: WAREHOUSE_ANSWER_TYPE, sender: deps.self.code, recipient: env.header.sender, body: { inReplyTo: env.header.id, ...answer } },
    deps.self.privateKey,
  );
}

async function answerCall(deps: ServeDeps, env: Envelope): Promise<WarehouseAnswer> {
  const node = env.header.sender;
  const { db } = deps;
  switch (env.header.type) {
    case T.depositDocument: {
      const b = bodyOf(DepositBody, env.body);
      await assertNodeActor(db, node, b.depositor);
      await pullFile({ db, blobs: deps.blobs, self: deps.self, maxBytes: deps.maxFileBytes }, node, b.file);
      return { result: await depositDocument(db, deps.blobs, b) };
    }
    case T.markDocumentStatus: {
      const b = bodyOf(StatusBody, env.body);
      await assertNodeActor(db, node, b.requester);
      await assertDepositedByNode(db, node, b.documentId);
      await markDocumentStatus(db, b);
      return { result: null };
    }
    case T.findOwnerDocuments: {
      const { access, query } = bodyOf(FindBody, env.body);
      const why = await nodeReadRefusal(db, node, access);
      if (why) await refuseRead(db, access, query.owner.id, null, 'metadata', why);
      return { result: await findOwnerDocuments(db, access, query) };
    }
    case T.fetchDocument: {
      const { access, documentId, part } = bodyOf(FetchBody, env.body);
      const why = await nodeReadRefusal(db, node, access);
      if (why) await refuseRead(db, access, await ownerOfDocument(db, documentId), documentId, part, why);
      const doc = await fetchDocument(db, access, documentId, part);
      if (part === 'metadata') return { result: doc };
      return { result: doc, content: (await deps.blobs.read(doc.file.sha256)).toString('base64') };
    }
    case T.checkCoverage: {
      const { access, query } = bodyOf(CoverageBody, env.body);
      const why = await nodeReadRefusal(db, node, access);
      if (why) await refuseRead(db, access, query.owner.id, null, 'check', why);
      return { result: await checkCoverage(db, access, query) };
    }
    case T.recordConsent: {
      const b = bodyOf(ConsentBody, env.body);
      await assertNodeActor(db, node, b.recordedBy, b.agencyCode);
      return { result: await recordConsent(db, b) };
    }
    case T.requestCounterConsent: {
      // the portal makes the code and sends it to the owner's registered contact: the node never sees it
      const b = bodyOf(ChallengeBody, env.body);
      await assertNodeActor(db, node, b.requestedBy, b.agencyCode);
      return { result: await requestCounterConsent(db, b) };
    }
    case T.confirmCounterConsent: {
      const b = bodyOf(ConfirmBody, env.body);
      await assertNodeActor(db, node, b.requester);
      return { result: await confirmCounterConsent(db, b) };
    }
    case T.bindConsent: {
      const b = bodyOf(BindBody, env.body);
      await assertNodeActor(db, node, b.requester);
      await assertConsentOfNode(db, node, b.consentId);
      await bindConsent(db, b);
      return { result: null };
    }
    case T.withdrawConsent: {
      const b = bodyOf(WithdrawBody, env.body);
      await assertNodeActor(db, node, b.requester);
      await assertConsentOfNode(db, node, b.consentId);
      await withdrawConsent(db, b);
      return { result: null };
    }
    case T.findConsent: {
      const { consentId } = bodyOf(FindConsentBody, env.body);
      const c = await getConsent(db, consentId);
      return { result: c && (await agencyOfNode(db, c.agencyCode, node)) ? c : null };
    }
    default:
      throw new AppError('message-malformed', { detail: `Unexpected message type ${env.header.type}` });
  }
}
