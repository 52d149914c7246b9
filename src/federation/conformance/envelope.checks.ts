/**
 * The checks every receiver of motcua's signed messages must pass, whatever it receives: the national portal
 * (`dossier.sync` at /api/v1/federation/messages) or a local system (`dossier.submit` and the other messages from
 * the portal at /api/v1/federation/inbox). A `Profile` says where to send and how to make a valid body of that
 * receiver's message type; the checks then probe signature, receipt, idempotency, replay, time window, sender,
 * recipient and body validation.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { sealEnvelope, type Envelope } from '../protocol/envelope.ts';
import { parsePublicKey } from '../transport/node-identity.ts';
import { verifyReceipt } from '../transport/receipt.ts';
import { describe, http, isRefusal, type Check, type HttpAnswer } from './kit.ts';

export interface Profile {
  /** What the report calls the target, e.g. "national portal". */
  label: string;
  /** Path of the receiver, e.g. /api/v1/federation/messages. */
  path: string;
  /** The message type sent. */
  type: string;
  /** A fresh valid body (new ids every call). */
  body(): unknown;
  /** Change one field of a sealed body so that it no longer matches its digest. */
  tamper(body: unknown): void;
  /** A body of the right type that the receiver must refuse as malformed. */
  malformed(): unknown;
}

export interface MotcuaContext {
  target: string;
  nodeCode: string;
  privateKey: KeyObject;
  profile: Profile;
  /** Portal checks: the agency of the test dossiers — one the target hosts under `nodeCode` (default 000.00.00.H99). */
  agencyCode?: string;
  /** Filled by the identity check. */
  peer?: { code: string; key: KeyObject };
  /** The first message sent (resent by the idempotency and replay checks). */
  first?: Envelope;
}

export function peerOf(ctx: MotcuaContext): { code: string; key: KeyObject } {
  if (!ctx.peer) throw new Error('the node identity check failed first');
  return ctx.peer;
}

export function seal(
  ctx: MotcuaContext,
  body: unknown,
  over: {
    id?: string;
    sentAt?: Date;
    sender?: string;
    recipient?: string;
    type?: string;
    key?: KeyObject;
  } = {},
): Envelope {
  return sealEnvelope(
    {
      type: over.type ?? ctx.profile.type,
      sender: over.sender ?? ctx.nodeCode,
      recipient: over.recipient ?? peerOf(ctx).code,
      body,
      ...(over.id ? { id: over.id } : {}),
      ...(over.sentAt ? { sentAt: over.sentAt } : {}),
    },
    over.key ?? ctx.privateKey,
  );
}

export const send = (ctx: MotcuaContext, env: unknown) => http(`${ctx.target}${ctx.profile.path}`, env);

export function applied(
  ctx: MotcuaContext,
  a: HttpAnswer,
  id: string,
  outcome: string,
): { ok: boolean; detail: string } {
  const r = a.json?.receipt;
  if (a.status !== 200 || a.json?.outcome !== outcome)
    return {
      ok: false,
      detail: `expected 200 ${outcome}, got ${describe(a)} outcome=${String(a.json?.outcome)}`,
    };
  if (!verifyReceipt(r, peerOf(ctx).key))
    return { ok: false, detail: 'the receipt is missing or its signature does not verify with the node key' };
  if (r.messageId !== id || r.receiver !== peerOf(ctx).code)
    return { ok: false, detail: `the receipt names ${r.messageId} / ${r.receiver}` };
  return { ok: true, detail: `${outcome}, signed receipt verified` };
}

export function refused(a: HttpAnswer, expectCode?: string): { ok: boolean; detail: string } {
  if (!isRefusal(a)) return { ok: false, detail: `accepted or not a problem+json refusal: ${describe(a)}` };
  if (expectCode && a.json?.code !== expectCode)
    return { ok: true, detail: `refused (${describe(a)}; ${expectCode} expected but any 4xx passes)` };
  return { ok: true, detail: `refused (${describe(a)})` };
}

export const envelopeChecks: Check<MotcuaContext>[] = [
  {
    name: 'node-identity',
    async run(ctx) {
      const a = await http(`${ctx.target}/api/v1/federation/node`);
      const code = a.json?.code;
      const pem = a.json?.publicKeyPem;
      if (a.status !== 200 || typeof code !== 'string' || typeof pem !== 'string')
        return { ok: false, detail: describe(a) };
      ctx.peer = { code, key: parsePublicKey(pem) };
      return { ok: true, detail: `${code} (${ctx.profile.label}), Ed25519 key` };
    },
  },
  {
    name: 'signed-message-applied-with-receipt',
    async run(ctx) {
      ctx.first = seal(ctx, ctx.profile.body());
      return applied(ctx, await send(ctx, ctx.first), ctx.first.header.id, 'applied');
    },
  },
  {
    name: 'idempotency-same-message-twice',
    async run(ctx) {
      if (!ctx.first) return { ok: false, detail: 'no first message' };
      return applied(ctx, await send(ctx, ctx.first), ctx.first.header.id, 'duplicate');
    },
  },
  {
    name: 'replay-same-id-other-body-refused',
    async run(ctx) {
      if (!ctx.first) return { ok: false, detail: 'no first message' };
      return refused(
        await send(ctx, seal(ctx, ctx.profile.body(), { id: ctx.first.header.id })),
        'message-replayed',
      );
    },
  },
  {
    name: 'tampered-body-refused',
    async run(ctx) {
      const env = seal(ctx, ctx.profile.body());
      ctx.profile.tamper(env.body);
      return refused(await send(ctx, env), 'message-body-mismatch');
    },
  },
  {
    name: 'unsigned-refused',
    async run(ctx) {
      const { signature: _unused, ...unsigned } = seal(ctx, ctx.profile.body());
      return refused(await send(ctx, unsigned), 'message-malformed');
    },
  },
  {
    name: 'forged-signature-refused',
    async run(ctx) {
      const other = generateKeyPairSync('ed25519').privateKey;
      return refused(await send(ctx, seal(ctx, ctx.profile.body(), { key: other })), 'message-bad-signature');
    },
  },
  {
    name: 'expired-refused',
    async run(ctx) {
      return refused(
        await send(ctx, seal(ctx, ctx.profile.body(), { sentAt: new Date(Date.now() - 86_400_000) })),
        'message-expired',
      );
    },
  },
  {
    name: 'unknown-sender-refused',
    async run(ctx) {
      const key = generateKeyPairSync('ed25519').privateKey;
      return refused(
        await send(ctx, seal(ctx, ctx.profile.body(), { sender: 'ZZCONFORMANCE', key })),
        'message-unknown-sender',
      );
    },
  },
  {
    name: 'wrong-recipient-refused',
    async run(ctx) {
      return refused(
        await send(ctx, seal(ctx, ctx.profile.body(), { recipient: 'NOBODY' })),
        'message-wrong-recipient',
      );
    },
  },
  {
    name: 'malformed-body-refused',
    async run(ctx) {
      return refused(await send(ctx, seal(ctx, ctx.profile.malformed())), 'message-malformed');
    },
  },
];
