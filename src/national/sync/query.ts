/**
 * A signed, read-only query of the national mirror (POST /api/v1/federation/query): a connected system asks for the
 * state the portal holds of its OWN dossiers (last applied sequence number, status, code) — for the conformance
 * kit's ordering check (`dossier.query`) and for the daily reconciliation (`dossier.reconcile`: count and digest of
 * the mirror for one agency and day, src/federation/protocol/reconcile-digest.ts; on a digest that differs from the
 * sender's, also the list of dossiers with their last applied seq). The envelope is checked like any message (registered active
 * sender, signature, digest, recipient, time window) but not recorded in the inbox: reading twice changes nothing.
 * A reconciliation names one of the sender's agencies (`message-agency-of-another-node` otherwise).
 */
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { openAuthenticated } from '../../federation/transport/authenticate.ts';
import { reconcileDigest } from '../../federation/protocol/reconcile-digest.ts';
import type { Envelope } from '../../federation/protocol/envelope.ts';
import { foreignAgency } from '../../platform/reference/agency-node.ts';
import { QUERY_MESSAGE_TYPE, RECONCILE_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DIGEST = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_QUERY_IDS = 1000;

export interface MirrorState {
  dossierId: string;
  maHoSo: string | null;
  lastSeq: number;
  trangThai: number;
}

export interface QueryDeps {
  db: Db;
  self: string;
  windowSeconds: number;
  keyOf: (sender: string) => Promise<KeyObject | undefined>;
}

export interface ReconcileAnswer {
  agencyCode: string;
  day: string;
  count: number;
  digest: string;
  match: boolean;
  /** Only when the sender's digest differs: the mirror's dossiers of that agency and day. */
  dossiers?: MirrorState[];
}

export async function queryMirror(
  deps: QueryDeps,
  raw: unknown,
  now = new Date(),
): Promise<{ dossiers: MirrorState[] } | ReconcileAnswer> {
  const env = await openAuthenticated(deps.db, raw, { keyOf: deps.keyOf, self: deps.self, now, windowSeconds: deps.windowSeconds });
  if (env.header.type === RECONCILE_MESSAGE_TYPE) return reconcile(deps.db, env);
  if (env.header.type !== QUERY_MESSAGE_TYPE)
    throw new AppError('message-malformed', { detail: `Expected a ${QUERY_MESSAGE_TYPE} or ${RECONCILE_MESSAGE_TYPE} message` });
  const ids = (env.body as { dossierIds?: unknown } | null)?.dossierIds;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_QUERY_IDS || !ids.every((x) => typeof x === 'string' && UUID.test(x)))
    throw new AppError('message-malformed', { detail: `body.dossierIds must be 1–${MAX_QUERY_IDS} UUIDs` });
  const rows = await deps.db
    .selectFrom('nationalDossiers')
    .select(['sourceId as dossierId', 'maHoSo', 'lastSeq', 'trangThai'])
    .where('sourceNode', '=', env.header.sender)
    .where('sourceId', 'in', ids as string[])
    .execute();
  return { dossiers: rows };
}

async function reconcile(db: Db, env: Envelope): Promise<ReconcileAnswer> {
  const b = (env.body ?? {}) as { agencyCode?: unknown; day?: unknown; digest?: unknown };
  const ok =
    typeof b.agencyCode === 'string' && b.agencyCode.length <= 40 &&
    typeof b.day === 'string' && DAY.test(b.day) && Number.isFinite(Date.parse(b.day)) &&
    typeof b.digest === 'string' && DIGEST.test(b.digest);
  if (!ok) throw new AppError('message-malformed', { detail: 'body: {agencyCode, day (YYYY-MM-DD), digest (SHA-256 hex)}' });
  const { agencyCode, day, digest } = b as { agencyCode: string; day: string; digest: string };
  // only the sender's own agencies ('' = its dossiers waiting for dispatch)
  if (await foreignAgency(db, env.header.sender, [{ agencyCode }]))
    throw new AppError('message-agency-of-another-node', { detail: `${agencyCode} is not an agency of ${env.header.sender}`, data: { refusedCode: agencyCode, sender: env.header.sender } });
  const rows = await db
    .selectFrom('nationalDossiers')
    .select(['sourceId as dossierId', 'maHoSo', 'lastSeq', 'trangThai'])
    .where('sourceNode', '=', env.header.sender)
    .where('agencyCode', '=', agencyCode)
    .where('day', '=', day)
    .orderBy('sourceId')
    .execute();
  const mine = reconcileDigest(rows);
  const match = mine === digest;
  return { agencyCode, day, count: rows.length, digest: mine, match, ...(match ? {} : { dossiers: rows }) };
}
