/**
 * A signed, read-only query of the national mirror (POST /api/v1/federation/query): a connected system asks for the
 * state the portal holds of its OWN dossiers (last applied sequence number, status, code) — for reconciliation
 * and for the conformance kit's ordering check. The envelope is checked like any message (registered active
 * sender, signature, digest, recipient, time window) but not recorded in the inbox: reading twice changes nothing.
 */
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { openEnvelope } from '../../federation/protocol/envelope.ts';
import { QUERY_MESSAGE_TYPE } from '../../federation/transport/message-types.ts';

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

export async function queryMirror(deps: QueryDeps, raw: unknown, now = new Date()): Promise<{ dossiers: MirrorState[] }> {
  const env = await openEnvelope(raw, { keyOf: deps.keyOf, self: deps.self, now, windowSeconds: deps.windowSeconds });
  if (env.header.type !== QUERY_MESSAGE_TYPE) throw new AppError('message-malformed', { detail: `Expected a ${QUERY_MESSAGE_TYPE} message` });
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
