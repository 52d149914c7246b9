/**
 * The WarehousePort of a local system whose portal is elsewhere (ROLE=local with NATIONAL_URL): every call is one
 * signed message from this node to the portal (POST {NATIONAL_URL}/api/v1/federation/warehouse, a new message id
 * each time). The portal's refusals come back as the same AppError (code, reason), so callers behave as with the
 * in-process port. Answers are believed only when signed by the portal for this call (`warehouse.answer` naming
 * the call's id; a forged or replayed answer is `federation-answer-invalid`, 502). Deposits go by reference — the file stays here, offered to the portal's signed pull while the
 * deposit is sent (files.ts) — and a file read puts the returned content, hash-checked, in this node's blob store.
 */
import { createHash, randomUUID, type KeyObject } from 'node:crypto';
import { openEnvelope, type Envelope } from '../protocol/envelope.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { WAREHOUSE_ANSWER_TYPE, WAREHOUSE_MESSAGE_TYPES as T } from '../transport/message-types.ts';
import type { NodeIdentity } from '../transport/node-identity.ts';
import type { PortAccess, PortConsent, PortDepositInput, PortRequester, PortWarehouseDocument, WarehousePort } from '../warehouse-port.ts';
import { postSigned, problemOf } from './channel.ts';
import { offerFile } from './files.ts';

export interface RemoteWarehouseOptions {
  self: NodeIdentity;
  /** The portal's base URL and node code. */
  nationalUrl: string;
  nationalCode: string;
  blobs: BlobStore;
  /** The portal's public key (the registry's, or NATIONAL_PUBLIC_KEY): answers are checked against it. */
  keyOf: (sender: string) => Promise<KeyObject | undefined>;
  windowSeconds?: number;
  timeoutMs?: number;
}

// The wire carries exactly the fields of warehouse-port.ts (the portal refuses unknown ones): callers' objects are
// copied field by field, so an extra property on a caller's object never turns into a refused message.
const req = (r: PortRequester): PortRequester => ({ kind: r.kind, id: r.id, name: r.name, agencyCode: r.agencyCode ?? null });
const acc = (a: PortAccess): PortAccess => ({
  requester: req(a.requester),
  dossierRef: a.dossierRef ?? null,
  dossierCode: a.dossierCode ?? null,
  purpose: a.purpose,
  consentId: a.consentId ?? null,
  legalBasis: a.legalBasis ?? null,
});
const deposit = (d: PortDepositInput): PortDepositInput => ({
  typeCode: d.typeCode,
  name: d.name,
  numberSymbol: d.numberSymbol ?? null,
  abstract: d.abstract ?? null,
  issuer: { code: d.issuer.code ?? null, name: d.issuer.name ?? null },
  signer: d.signer ?? null,
  issueDate: d.issueDate ?? null,
  validUntil: d.validUntil ?? null,
  permanent: d.permanent,
  validityScope: d.validityScope,
  provenance: d.provenance,
  signatureStatus: d.signatureStatus,
  origin: { dossierCode: d.origin.dossierCode ?? null, procedureCode: d.origin.procedureCode ?? null, sectorCode: d.origin.sectorCode ?? null },
  verificationCode: d.verificationCode ?? null,
  owner: { kind: d.owner.kind, id: d.owner.id },
  file: { sha256: d.file.sha256, size: d.file.size, mime: d.file.mime },
  depositor: req(d.depositor),
  idempotencyKey: d.idempotencyKey ?? null,
});

export function remoteWarehousePort(o: RemoteWarehouseOptions): WarehousePort {
  const url = `${o.nationalUrl.replace(/\/+$/, '')}/api/v1/federation/warehouse`;
  async function call<R>(type: string, body: unknown): Promise<{ result: R; content?: string }> {
    const id = randomUUID();
    const res = await postSigned(o.self, o.nationalCode, url, type, body, o.timeoutMs, id);
    if (!res.ok) throw await problemOf(res, type);
    // Only an answer the portal signed, to this node, for this call, within the time window is believed.
    let answer: Envelope;
    try {
      answer = await openEnvelope(await res.json(), { keyOf: o.keyOf, self: o.self.code, now: new Date(), windowSeconds: o.windowSeconds ?? 300 });
    } catch (err) {
      throw new AppError('federation-answer-invalid', { detail: `${type}: the portal's answer is not a valid signed message`, cause: err });
    }
    const b = answer.body as { inReplyTo?: unknown; result?: unknown; content?: unknown };
    if (answer.header.sender !== o.nationalCode || answer.header.type !== WAREHOUSE_ANSWER_TYPE || b.inReplyTo !== id)
      throw new AppError('federation-answer-invalid', { detail: `${type}: the answer is not the portal's answer to this call` });
    return { result: b.result as R, ...(typeof b.content === 'string' ? { content: b.content } : {}) };
  }
  return {
    async depositDocument(input) {
      const release = offerFile(o.blobs, input.file.sha256);
      try {
        return (await call<{ documentId: string; created: boolean }>(T.depositDocument, deposit(input))).result;
      } finally {
        release();
      }
    },
    async markDocumentStatus(input) {
      await call(T.markDocumentStatus, { requester: req(input.requester), documentId: input.documentId, status: input.status, reason: input.reason });
    },
    async findOwnerDocuments(access, query) {
      return (await call<PortWarehouseDocument[]>(T.findOwnerDocuments, { access: acc(access), query: { owner: { kind: query.owner.kind, id: query.owner.id }, ...(query.typeCodes ? { typeCodes: query.typeCodes } : {}) } })).result;
    },
    async fetchDocument(access, documentId, part) {
      const r = await call<PortWarehouseDocument>(T.fetchDocument, { access: acc(access), documentId, part });
      if (part === 'file') {
        const bytes = Buffer.from(r.content ?? '', 'base64');
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        if (sha256 !== r.result.file.sha256 || bytes.length !== r.result.file.size)
          throw new AppError('warehouse-file-mismatch', { data: { declared: r.result.file, received: { sha256, size: bytes.length } } });
        await o.blobs.put(bytes);
      }
      return r.result;
    },
    async checkCoverage(access, query) {
      return (await call<Awaited<ReturnType<WarehousePort['checkCoverage']>>>(T.checkCoverage, { access: acc(access), query: { owner: { kind: query.owner.kind, id: query.owner.id }, typeCodes: query.typeCodes } })).result;
    },
    async recordConsent(input) {
      return (await call<{ consentId: string }>(T.recordConsent, {
        owner: { kind: input.owner.kind, id: input.owner.id },
        channel: input.channel,
        dossierRef: input.dossierRef,
        dossierCode: input.dossierCode ?? null,
        agencyCode: input.agencyCode,
        purpose: input.purpose,
        documentIds: input.documentIds ?? null,
        recordedBy: req(input.recordedBy),
      })).result;
    },
    async requestCounterConsent(input) {
      return (await call<Awaited<ReturnType<WarehousePort['requestCounterConsent']>>>(T.requestCounterConsent, {
        owner: { kind: input.owner.kind, id: input.owner.id },
        dossierRef: input.dossierRef,
        agencyCode: input.agencyCode,
        purpose: input.purpose,
        requestedBy: req(input.requestedBy),
      })).result;
    },
    async confirmCounterConsent(input) {
      return (await call<{ consentId: string; dossierRef: string }>(T.confirmCounterConsent, { challengeId: input.challengeId, code: input.code, requester: req(input.requester) })).result;
    },
    async bindConsent(input) {
      await call(T.bindConsent, { consentId: input.consentId, requester: req(input.requester), dossierRef: input.dossierRef, dossierCode: input.dossierCode ?? null });
    },
    async withdrawConsent(input) {
      await call(T.withdrawConsent, { consentId: input.consentId, requester: req(input.requester) });
    },
    async findConsent(consentId) {
      return (await call<PortConsent | null>(T.findConsent, { consentId })).result ?? undefined;
    },
  };
}
