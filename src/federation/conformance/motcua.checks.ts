/**
 * Checks of the motcua federation protocol (signed envelopes, receipts, inbox): run as a registered connected
 * system (its node code and Ed25519 private key) against a receiver's /api/v1/federation/messages and /query.
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { sealEnvelope, type Envelope } from '../protocol/envelope.ts';
import { QUERY_MESSAGE_TYPE, SYNC_MESSAGE_TYPE } from '../transport/message-types.ts';
import { parsePublicKey } from '../transport/node-identity.ts';
import { verifyReceipt } from '../transport/receipt.ts';
import { describe, http, isRefusal, wireDate, type Check, type HttpAnswer } from './kit.ts';

export interface MotcuaContext {
  target: string;
  nodeCode: string;
  privateKey: KeyObject;
  /** Filled by the identity check. */
  peer?: { code: string; key: KeyObject };
  /** The first message sent (resent by the idempotency and replay checks). */
  first?: Envelope;
}

function event(dossierId: string, seq: number, status: number, at: Date) {
  const d = wireDate(at);
  const ma = `000.00.00.H99-${d.slice(2, 8)}-${String(seq).padStart(4, '0')}`;
  return {
    dossierId,
    seq,
    changedAt: at.toISOString(),
    DongBoHoSoMC: { MaHoSo: ma, MaTTHC: '1.001193', TenTTHC: 'Kiểm tra tuân thủ', KenhThucHien: '1', ChuHoSo: 'Kiểm Tra', NgayTiepNhan: d, TrangThaiHoSo: String(status) },
    CapNhatTienDoHoSoMC: [{ MaHoSo: ma, NguoiXuLy: 'Bộ kiểm tra', ThoiDiemXuLy: d, NoiDungXuLy: 'Kiểm tra', TrangThai: String(status) }],
  };
}

function peerOf(ctx: MotcuaContext): { code: string; key: KeyObject } {
  if (!ctx.peer) throw new Error('the node identity check failed first');
  return ctx.peer;
}

function seal(ctx: MotcuaContext, body: unknown, over: { id?: string; sentAt?: Date; sender?: string; recipient?: string; type?: string; key?: KeyObject } = {}): Envelope {
  return sealEnvelope(
    { type: over.type ?? SYNC_MESSAGE_TYPE, sender: over.sender ?? ctx.nodeCode, recipient: over.recipient ?? peerOf(ctx).code, body, ...(over.id ? { id: over.id } : {}), ...(over.sentAt ? { sentAt: over.sentAt } : {}) },
    over.key ?? ctx.privateKey,
  );
}

const send = (ctx: MotcuaContext, env: unknown) => http(`${ctx.target}/api/v1/federation/messages`, env);

function applied(ctx: MotcuaContext, a: HttpAnswer, id: string, outcome: string): { ok: boolean; detail: string } {
  const r = a.json?.receipt;
  if (a.status !== 200 || a.json?.outcome !== outcome) return { ok: false, detail: `expected 200 ${outcome}, got ${describe(a)} outcome=${String(a.json?.outcome)}` };
  if (!verifyReceipt(r, peerOf(ctx).key)) return { ok: false, detail: 'the receipt is missing or its signature does not verify with the node key' };
  if (r.messageId !== id || r.receiver !== peerOf(ctx).code) return { ok: false, detail: `the receipt names ${r.messageId} / ${r.receiver}` };
  return { ok: true, detail: `${outcome}, signed receipt verified` };
}

function refused(a: HttpAnswer, expectCode?: string): { ok: boolean; detail: string } {
  if (!isRefusal(a)) return { ok: false, detail: `accepted or not a problem+json refusal: ${describe(a)}` };
  if (expectCode && a.json?.code !== expectCode) return { ok: true, detail: `refused (${describe(a)}; ${expectCode} expected but any 4xx passes)` };
  return { ok: true, detail: `refused (${describe(a)})` };
}

async function query(ctx: MotcuaContext, ids: string[]) {
  const a = await http(`${ctx.target}/api/v1/federation/query`, seal(ctx, { dossierIds: ids }, { type: QUERY_MESSAGE_TYPE }));
  const list = Array.isArray(a.json?.dossiers) ? (a.json.dossiers as { dossierId: string; lastSeq: number; trangThai: number }[]) : undefined;
  return { a, list };
}

export const motcuaChecks: Check<MotcuaContext>[] = [
  {
    name: 'node-identity',
    async run(ctx) {
      const a = await http(`${ctx.target}/api/v1/federation/node`);
      const code = a.json?.code;
      const pem = a.json?.publicKeyPem;
      if (a.status !== 200 || typeof code !== 'string' || typeof pem !== 'string') return { ok: false, detail: describe(a) };
      ctx.peer = { code, key: parsePublicKey(pem) };
      return { ok: true, detail: `${code}, Ed25519 key` };
    },
  },
  {
    name: 'signed-message-applied-with-receipt',
    async run(ctx) {
      ctx.first = seal(ctx, { events: [event(randomUUID(), 1, 2, new Date())] });
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
      return refused(await send(ctx, seal(ctx, { events: [event(randomUUID(), 1, 2, new Date())] }, { id: ctx.first.header.id })), 'message-replayed');
    },
  },
  {
    name: 'tampered-body-refused',
    async run(ctx) {
      const env = seal(ctx, { events: [event(randomUUID(), 1, 2, new Date())] });
      const body = env.body as { events: { DongBoHoSoMC: Record<string, unknown> }[] };
      body.events[0]!.DongBoHoSoMC.TrangThaiHoSo = '10';
      return refused(await send(ctx, env), 'message-body-mismatch');
    },
  },
  {
    name: 'unsigned-refused',
    async run(ctx) {
      const { signature: _unused, ...unsigned } = seal(ctx, { events: [event(randomUUID(), 1, 2, new Date())] });
      return refused(await send(ctx, unsigned), 'message-malformed');
    },
  },
  {
    name: 'forged-signature-refused',
    async run(ctx) {
      const other = generateKeyPairSync('ed25519').privateKey;
      return refused(await send(ctx, seal(ctx, { events: [event(randomUUID(), 1, 2, new Date())] }, { key: other })), 'message-bad-signature');
    },
  },
  {
    name: 'expired-refused',
    async run(ctx) {
      return refused(await send(ctx, seal(ctx, { events: [event(randomUUID(), 1, 2, new Date())] }, { sentAt: new Date(Date.now() - 86_400_000) })), 'message-expired');
    },
  },
  {
    name: 'unknown-sender-refused',
    async run(ctx) {
      const key = generateKeyPairSync('ed25519').privateKey;
      return refused(await send(ctx, seal(ctx, { events: [event(randomUUID(), 1, 2, new Date())] }, { sender: 'ZZCONFORMANCE', key })), 'message-unknown-sender');
    },
  },
  {
    name: 'wrong-recipient-refused',
    async run(ctx) {
      return refused(await send(ctx, seal(ctx, { events: [event(randomUUID(), 1, 2, new Date())] }, { recipient: 'NOBODY' })), 'message-wrong-recipient');
    },
  },
  {
    name: 'ordering-older-seq-does-not-regress',
    async run(ctx) {
      const id = randomUUID();
      const now = Date.now();
      const a3 = await send(ctx, seal(ctx, { events: [event(id, 3, 5, new Date(now))] }));
      const a2 = await send(ctx, seal(ctx, { events: [event(id, 2, 4, new Date(now - 60_000))] }));
      if (a3.status !== 200 || a2.status !== 200) return { ok: false, detail: `seq 3: ${describe(a3)}, seq 2: ${describe(a2)}` };
      const { a, list } = await query(ctx, [id]);
      const d = list?.find((x) => x.dossierId === id);
      if (!d) return { ok: false, detail: `the mirror query did not return the dossier (${describe(a)})` };
      return d.lastSeq === 3 && d.trangThai === 5
        ? { ok: true, detail: 'seq 3 kept after seq 2 arrived late' }
        : { ok: false, detail: `regressed: lastSeq ${d.lastSeq}, status ${d.trangThai} (expected 3, 5)` };
    },
  },
  {
    name: 'outage-recovery-backlog-accepted',
    async run(ctx) {
      // What a system sends after hours offline: many changes per dossier, all old, in one batch.
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      const start = Date.now() - 6 * 3600_000;
      const events = ids.flatMap((id, i) => [1, 2, 3].map((seq) => event(id, seq, seq + 1, new Date(start + (i * 3 + seq) * 60_000))));
      const env = seal(ctx, { events });
      const r = applied(ctx, await send(ctx, env), env.header.id, 'applied');
      if (!r.ok) return r;
      const { a, list } = await query(ctx, ids);
      const ok = list?.length === 3 && list.every((d) => d.lastSeq === 3 && d.trangThai === 4);
      return ok ? { ok: true, detail: '9 backlog events of 3 dossiers applied in order' } : { ok: false, detail: `mirror after the backlog: ${JSON.stringify(list ?? describe(a)).slice(0, 200)}` };
    },
  },
];
