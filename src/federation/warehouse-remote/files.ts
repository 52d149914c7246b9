/**
 * The local side of deposits by reference: the portal pulls the content of a file this node offered with a signed
 * `warehouse.file-pull` (POST /api/v1/federation/files). Only the portal's key opens it (NATIONAL_NODE_CODE, key from
 * NATIONAL_PUBLIC_KEY or read once from NATIONAL_URL), each pull id is used once, and only a file this node has
 * queued for deposit (a pending deposit in the warehouse outbox, or a deposit being sent right now) is served.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { sql } from 'kysely';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { WAREHOUSE_FILE_PULL_TYPE } from '../transport/message-types.ts';
import { loadNodeIdentity } from '../transport/node-identity.ts';
import { openOnce } from './channel.ts';
import { bodyOf, FilePullBody } from './schemas.ts';

/** Deposits in flight (remote port → portal), per blob store: the portal may pull these files meanwhile. */
const inFlight = new WeakMap<BlobStore, Map<string, number>>();

/** Offers a file for the duration of one deposit call; returns the release. */
export function offerFile(blobs: BlobStore, sha256: string): () => void {
  let m = inFlight.get(blobs);
  if (!m) inFlight.set(blobs, (m = new Map()));
  const map = m;
  map.set(sha256, (map.get(sha256) ?? 0) + 1);
  return () => {
    const n = (map.get(sha256) ?? 1) - 1;
    if (n > 0) map.set(sha256, n);
    else map.delete(sha256);
  };
}

/** Has this node queued the file for deposit (pending in the warehouse outbox, or being deposited now)? */
export async function isOffered(db: Db, blobs: BlobStore, sha256: string): Promise<boolean> {
  if (inFlight.get(blobs)?.has(sha256)) return true;
  const row = await db
    .selectFrom('warehouseOutbox')
    .select('seq')
    .where('op', '=', 'deposit')
    .where('deliveredAt', 'is', null)
    .where(sql<string>`payload->'file'->>'sha256'`, '=', sha256)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The national portal's key as this local node knows it (NATIONAL_PUBLIC_KEY, else read once from NATIONAL_URL). */
export function portalKeyOf(config: Config): (sender: string) => Promise<KeyObject | undefined> {
  let key: KeyObject | undefined = config.NATIONAL_PUBLIC_KEY ? createPublicKey(config.NATIONAL_PUBLIC_KEY) : undefined;
  return async (sender) => {
    if (sender !== config.NATIONAL_NODE_CODE || !config.NATIONAL_URL) return undefined;
    if (!key) {
      const r = await fetch(`${config.NATIONAL_URL}/api/v1/federation/node`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      const info = ((await r?.json().catch(() => undefined)) ?? {}) as { code?: string; publicKeyPem?: string };
      if (info.code === sender && info.publicKeyPem) key = createPublicKey(info.publicKeyPem);
    }
    return key;
  };
}

export interface FileServeDeps {
  db: Db;
  blobs: BlobStore;
  config: Config;
  keyOf: (sender: string) => Promise<KeyObject | undefined>;
}

/** Opens a pull from the portal and answers the file's bytes; `not-found` for a file this node did not offer. */
export async function servePull(deps: FileServeDeps, raw: unknown): Promise<Buffer> {
  const self = loadNodeIdentity(deps.config);
  const env = await openOnce({ db: deps.db, self, windowSeconds: deps.config.FEDERATION_WINDOW_SECONDS, keyOf: deps.keyOf }, raw, [WAREHOUSE_FILE_PULL_TYPE]);
  const { sha256 } = bodyOf(FilePullBody, env.body);
  if (!(await isOffered(deps.db, deps.blobs, sha256)) || !(await deps.blobs.has(sha256)))
    throw new AppError('not-found', { detail: 'No file queued for deposit under this hash' });
  return deps.blobs.read(sha256);
}
