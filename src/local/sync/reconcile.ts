/**
 * Daily reconciliation, local → national (issue 6): for one day (Vietnam time) and each agency with dossiers
 * created that day, compare the count and digest (src/federation/protocol/reconcile-digest.ts) of this system's
 * dossiers with the portal's mirror through the signed read-only `dossier.reconcile` query; where they differ,
 * re-send every dossier whose mirrored status or seq differs or is missing: its current snapshot goes back into
 * its ordered sync stream (sync.repository.ts `requeueEvent`) marked `repair`, and the sender delivers it once.
 * A dossier whose events are still waiting in the outbox is left to the sender. Idempotent: a second run after
 * delivery finds every group matching.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { sealEnvelope } from '../../federation/protocol/envelope.ts';
import { reconcileDigest } from '../../federation/protocol/reconcile-digest.ts';
import { RECONCILE_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { buildSyncEvent, vnDayOf } from './payload.ts';
import { dossierFacts } from '../monitoring/facts.repository.ts';
import { localReconcileRows, lockStreamPending, requeueEvent, snapshotSource, type LocalReconcileRow } from './sync.repository.ts';

export interface ReconcileDeps {
  db: Db;
  self: NodeIdentity;
  config: Pick<Config, 'NATIONAL_URL' | 'NATIONAL_NODE_CODE'>;
  log?: { info(obj: object, msg: string): void };
  /** Request timeout, ms (default 30 s). */
  timeoutMs?: number;
}

export interface AgencyDayReport {
  agencyCode: string;
  localCount: number;
  portalCount: number;
  match: boolean;
  /** Dossier ids put back into their sync stream. */
  resent: string[];
  /** Differing dossiers with events still in the outbox (the sender delivers them). */
  pending: number;
  /** Mirror rows of this agency and day this system does not have (reported, not changed). */
  unknownOnPortal: number;
}

export interface ReconcileReport {
  day: string;
  runId: string;
  groups: AgencyDayReport[];
  resent: number;
}

interface PortalAnswer {
  count: number;
  digest: string;
  match: boolean;
  dossiers?: { dossierId: string; lastSeq: number; trangThai: number }[];
}

/** The day before `now` in Vietnam time: what the daily run reconciles. */
export function previousVnDay(now: Date = new Date()): string {
  return vnDayOf(new Date(now.getTime() - 86_400_000).toISOString());
}

async function ask(deps: ReconcileDeps, body: { agencyCode: string; day: string; digest: string }): Promise<PortalAnswer> {
  const { config, self } = deps;
  const envelope = sealEnvelope({ type: RECONCILE_MESSAGE_TYPE, sender: self.code, recipient: config.NATIONAL_NODE_CODE, body }, self.privateKey);
  const res = await fetch(`${config.NATIONAL_URL}/api/v1/federation/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(envelope),
    signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`reconcile query ${body.agencyCode} ${body.day}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as PortalAnswer;
}

/** Put the dossier's current snapshot back into its stream; false when its events are still pending. */
async function resend(db: Db, dossierId: string, runId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const src = await snapshotSource(trx, dossierId);
    if (!src || (await lockStreamPending(trx, dossierId))) return false;
    const { dossier, action, agency } = src;
    const event = buildSyncEvent(dossier, { seq: action.seq, kind: action.kind, at: action.at, actorName: action.actorName }, agency?.name ?? '', agency?.code ?? '');
    await requeueEvent(trx, { ...event, repair: runId, monitoring: await dossierFacts(trx, dossierId) });
    return true;
  });
}

async function reconcileGroup(deps: ReconcileDeps, day: string, agencyCode: string, rows: LocalReconcileRow[], runId: string): Promise<AgencyDayReport> {
  const answer = await ask(deps, { agencyCode, day, digest: reconcileDigest(rows) });
  const report: AgencyDayReport = { agencyCode, localCount: rows.length, portalCount: answer.count, match: answer.match, resent: [], pending: 0, unknownOnPortal: 0 };
  if (answer.match) return report;
  const mirror = new Map((answer.dossiers ?? []).map((m) => [m.dossierId, m]));
  for (const r of rows) {
    const m = mirror.get(r.dossierId);
    mirror.delete(r.dossierId);
    if (m && m.lastSeq === r.lastSeq && m.trangThai === r.trangThai) continue;
    if (r.pending || !(await resend(deps.db, r.dossierId, runId))) report.pending++;
    else report.resent.push(r.dossierId);
  }
  report.unknownOnPortal = mirror.size;
  return report;
}

/** Reconcile one day (default: yesterday, Vietnam time) with the portal; prints nothing, logs one line per group. */
export async function reconcileDay(deps: ReconcileDeps, day: string = previousVnDay()): Promise<ReconcileReport> {
  const runId = randomUUID();
  const rows = await localReconcileRows(deps.db, day);
  const byAgency = new Map<string, LocalReconcileRow[]>();
  for (const r of rows) byAgency.set(r.agencyCode, [...(byAgency.get(r.agencyCode) ?? []), r]);
  const groups: AgencyDayReport[] = [];
  for (const [agencyCode, list] of [...byAgency].sort(([a], [b]) => a.localeCompare(b))) {
    const g = await reconcileGroup(deps, day, agencyCode, list, runId);
    deps.log?.info({ day, ...g, resent: g.resent.length }, g.match ? 'reconcile: agency and day match the portal' : 'reconcile: differences re-sent');
    groups.push(g);
  }
  return { day, runId, groups, resent: groups.reduce((n, g) => n + g.resent.length, 0) };
}

/** One line per agency, for the CLI. */
export function formatReconcileReport(r: ReconcileReport): string {
  const lines = r.groups.map(
    (g) =>
      `${r.day} ${g.agencyCode || '(chờ chuyển)'}: local ${g.localCount}, portal ${g.portalCount} — ` +
      (g.match ? 'OK' : `re-sent ${g.resent.length}, pending ${g.pending}, unknown on portal ${g.unknownOnPortal}`),
  );
  if (lines.length === 0) lines.push(`${r.day}: no dossiers`);
  lines.push(`${r.day}: ${r.resent} dossier(s) re-sent`);
  return lines.join('\n');
}
