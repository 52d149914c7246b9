/**
 * The sync sender for a national endpoint that speaks the DVCQG integration API instead of motcua's signed
 * messages (NATIONAL_PROTOCOL=dvcqg; domain-vn.md §6.1). Same outbox, same claims and back-off as sender.ts; per
 * claimed dossier stream, in sequence order: log in once (dstcode, cached session, re-login on an expired one),
 * `TraCuuHoSo` for a dossier never acknowledged (decides isUpdating), `DongBoHoSoMC` with the newest snapshot of the
 * pending events (a "-3 … đã tồn tại" answer to a create is retried as an update), then the pending progress rows
 * with `CapNhatTienDoHoSoMC` in chunks of 10, oldest first. The stream is acknowledged only when every call
 * succeeded; any failure reschedules that stream alone (the others go on). A redelivery after a lost answer is an
 * update and the same progress rows again, which a DVCQG-compatible receiver keeps once.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { appendMessageLog } from '../../federation/protocol/message-log.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { jitteredBackoff } from '../../lib/backoff.ts';
import { startPollLoop } from '../../lib/poll-loop.ts';
import { verificationUrl } from '../../platform/signing/registry.service.ts';
import { dvcqgFields } from './dvcqg-fields.ts';
import { loadDvcqgFacts } from './dvcqg-fields.repository.ts';
import type { SyncEvent } from './payload.ts';
import { ackStreams, claimStreams, failStreams, pendingEvents, type ClaimedStream } from './sync.repository.ts';
import type { PassResult, SenderLog, SyncSender } from './sender.ts';
import { EVENTS_PER_STREAM } from './sender.ts';

export const PROGRESS_CHUNK = 10;

export type DvcqgSenderConfig = Pick<
  Config,
  | 'PUBLIC_URL' | 'NATIONAL_URL' | 'NATIONAL_NODE_CODE' | 'SYNC_BATCH_SIZE' | 'SYNC_POLL_MS' | 'SYNC_RETRY_MS' | 'SYNC_RETRY_MAX_MS' | 'SYNC_LEASE_SECONDS'
  | 'DVCQG_USERNAME' | 'DVCQG_PASSWORD' | 'DVCQG_DSTCODE' | 'DVCQG_MADONVI' | 'DVCQG_LOGIN_PATH' | 'DVCQG_INTEGRATION_PATH'
>;

export interface DvcqgSenderDeps {
  db: Db;
  self: NodeIdentity;
  config: DvcqgSenderConfig;
  log?: SenderLog;
  timeoutMs?: number;
}

interface Answer {
  error_code?: unknown;
  message?: unknown;
  session?: unknown;
  result?: unknown;
}

/** A failed DVCQG call: its error_code and message. */
export class DvcqgCallError extends Error {
  constructor(readonly errorCode: string, message: string) {
    super(`dvcqg ${errorCode}: ${message}`.slice(0, 500));
  }
}

const sessions = new Map<string, string>();

async function postJson(deps: DvcqgSenderDeps, path: string, body: unknown): Promise<Answer> {
  const res = await fetch(`${deps.config.NATIONAL_URL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', dstcode: deps.config.DVCQG_DSTCODE },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000),
  });
  const text = await res.text();
  let answer: Answer;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    throw new DvcqgCallError(`http-${res.status}`, 'not JSON');
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  const code = String(answer.error_code ?? `http-${res.status}`);
  if (code !== '0') throw new DvcqgCallError(code, typeof answer.message === 'string' ? answer.message : '');
  return answer;
}

async function session(deps: DvcqgSenderDeps, fresh = false): Promise<string> {
  const key = `${deps.config.NATIONAL_URL}|${deps.config.DVCQG_USERNAME}`;
  const cached = sessions.get(key);
  if (cached && !fresh) return cached;
  const a = await postJson(deps, deps.config.DVCQG_LOGIN_PATH, { username: deps.config.DVCQG_USERNAME, password: deps.config.DVCQG_PASSWORD });
  if (typeof a.session !== 'string' || !a.session) throw new DvcqgCallError('login', 'no session in the answer');
  sessions.set(key, a.session);
  return a.session;
}

/** One integration call; an expired session ("-2") is renewed once. */
async function call(deps: DvcqgSenderDeps, service: string, params: Record<string, unknown>): Promise<Answer> {
  const body = (s: string) => ({ session: s, madonvi: deps.config.DVCQG_MADONVI || deps.self.code, service, ...params });
  try {
    return await postJson(deps, deps.config.DVCQG_INTEGRATION_PATH, body(await session(deps)));
  } catch (err) {
    if (!(err instanceof DvcqgCallError) || err.errorCode !== '-2') throw err;
    return postJson(deps, deps.config.DVCQG_INTEGRATION_PATH, body(await session(deps, true)));
  }
}

/**
 * The `DongBoHoSoMC` item sent: the newest snapshot plus the fields the production clients always send (sector,
 * return method, Decision 766 flags, submitted files, results, fees), read from the dossier's current stored facts.
 */
export async function outgoingDossier(deps: Pick<DvcqgSenderDeps, 'db' | 'config'>, dossierId: string, snapshot: Record<string, unknown>): Promise<Record<string, unknown>> {
  const facts = await loadDvcqgFacts(deps.db, dossierId);
  if (!facts) return snapshot;
  return { ...snapshot, ...dvcqgFields(facts, (code) => verificationUrl(deps.config, code)) };
}

/** Sends one dossier's pending events; returns the number of DVCQG calls made. */
async function sendStream(deps: DvcqgSenderDeps, stream: ClaimedStream, events: SyncEvent[]): Promise<number> {
  const last = events[events.length - 1];
  const maHoSo = last?.DongBoHoSoMC.MaHoSo;
  // A dossier without a code yet (e.g. an online submission not received) is not a DVCQG dossier: its next change
  // carries the whole snapshot again.
  if (!last || typeof maHoSo !== 'string' || !maHoSo) return 0;
  let calls = 0;
  let updating = stream.ackedSeq > 0;
  if (!updating) {
    // `mahoso` in lower case, as both production clients send it (opencps-v2 DVCQGIntegrationActionImpl.searchDossier,
    // and the Thanh Hóa client).
    const found = await call(deps, 'TraCuuHoSo', { mahoso: maHoSo });
    calls++;
    updating = Array.isArray(found.result) && found.result.length > 0;
  }
  const body = await outgoingDossier(deps, stream.dossierId, last.DongBoHoSoMC);
  try {
    await call(deps, 'DongBoHoSoMC', { isUpdating: updating ? 'True' : 'False', data: [body] });
  } catch (err) {
    if (updating || !(err instanceof DvcqgCallError) || !['3', '-3'].includes(err.errorCode)) throw err;
    await call(deps, 'DongBoHoSoMC', { isUpdating: 'True', data: [body] });
    calls++;
  }
  calls++;
  const rows = events.flatMap((e) => e.CapNhatTienDoHoSoMC).filter((r) => r.MaHoSo === maHoSo || !r.MaHoSo).map((r) => ({ ...r, MaHoSo: maHoSo }));
  for (let i = 0; i < rows.length; i += PROGRESS_CHUNK) {
    await call(deps, 'CapNhatTienDoHoSoMC', { data: rows.slice(i, i + PROGRESS_CHUNK) });
    calls++;
  }
  return calls;
}

export async function syncOnceDvcqg(deps: DvcqgSenderDeps, now: Date = new Date()): Promise<PassResult> {
  const { db, config } = deps;
  const streams = await claimStreams(db, now, config.SYNC_BATCH_SIZE, config.SYNC_LEASE_SECONDS);
  if (streams.length === 0) return { claimed: 0, events: 0, outcome: 'idle' };
  const events = await pendingEvents(db, streams, EVENTS_PER_STREAM);
  const peer = config.DVCQG_DSTCODE || config.NATIONAL_NODE_CODE;
  let failed: string | undefined;
  for (const s of streams) {
    const mine = events.filter((e) => e.dossierId === s.dossierId);
    const seq = Math.max(s.ackedSeq, ...mine.map((e) => e.seq));
    const header = { type: 'dvcqg.sync', dossierId: s.dossierId, seqFrom: s.ackedSeq + 1, seqTo: seq, maHoSo: mine.at(-1)?.DongBoHoSoMC.MaHoSo ?? '' };
    try {
      const calls = await sendStream(deps, s, mine);
      await db.transaction().execute(async (trx) => {
        await ackStreams(trx, [{ dossierId: s.dossierId, seq }], new Date());
        await appendMessageLog(trx, [{ direction: 'sent', peer, header: { ...header, calls }, outcome: calls ? 'applied' : 'skipped' }]);
      });
    } catch (err) {
      const detail = err instanceof Error ? (err.name === 'TimeoutError' ? 'timeout' : err.message) : String(err);
      failed ??= detail;
      await db.transaction().execute(async (trx) => {
        const retryAt = new Date(now.getTime() + jitteredBackoff(s.attempts, config.SYNC_RETRY_MS, config.SYNC_RETRY_MAX_MS));
        await failStreams(trx, [{ dossierId: s.dossierId, retryAt }], detail, now);
        await appendMessageLog(trx, [{ direction: 'sent', peer, header, outcome: `failed:${detail.slice(0, 200)}` }]);
      });
    }
  }
  if (failed) deps.log?.warn({ streams: streams.length, err: failed }, 'DVCQG sync failed for some dossiers, will retry');
  return { claimed: streams.length, events: events.length, outcome: failed ? 'failed' : 'applied', ...(failed ? { error: failed } : {}) };
}

export function startDvcqgSender(deps: DvcqgSenderDeps): SyncSender {
  const loop = startPollLoop({
    pass: async () => {
      const r = await syncOnceDvcqg(deps);
      return r.outcome === 'applied';
    },
    intervalMs: deps.config.SYNC_POLL_MS,
    onError: (err) => deps.log?.error({ err }, 'DVCQG sync sender pass failed'),
  });
  return { ...loop, runOnce: (now) => syncOnceDvcqg(deps, now) };
}
