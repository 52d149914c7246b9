/**
 * The portal side of deposits by reference: the content of a deposited file is pulled from the depositing node
 * (its address in the registry of connected systems, never one named in the message) with a signed
 * `warehouse.file-pull`, checked against the declared SHA-256 and size, and only then kept in the portal's own
 * blob store. A file the portal already holds (same hash) is not pulled again: content is named by its hash.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { findNode } from '../registry/registry.repository.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { WAREHOUSE_FILE_PULL_TYPE } from '../../federation/transport/message-types.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { postSigned, problemOf } from '../../federation/warehouse-remote/channel.ts';

export interface PullDeps {
  db: Db;
  blobs: BlobStore;
  self: NodeIdentity;
  /** Largest file accepted from a node. */
  maxBytes: number;
}

export async function pullFile(deps: PullDeps, node: string, file: { sha256: string; size: number }): Promise<void> {
  if (await deps.blobs.has(file.sha256)) return;
  if (file.size > deps.maxBytes) throw new AppError('file-too-large', { data: { maxBytes: deps.maxBytes } });
  const peer = await findNode(deps.db, node);
  if (!peer?.baseUrl) throw new AppError('warehouse-file-unavailable', { detail: `No address registered for ${node}` });
  const res = await postSigned(deps.self, node, `${peer.baseUrl}/api/v1/federation/files`, WAREHOUSE_FILE_PULL_TYPE, { sha256: file.sha256 }).catch(
    (err: unknown) => {
      throw new AppError('warehouse-file-unavailable', { detail: `${node} is unreachable`, cause: err });
    },
  );
  if (!res.ok) {
    const p = await problemOf(res, `pull from ${node}`);
    throw new AppError('warehouse-file-unavailable', { detail: `${node} refused the pull: ${p.code}`, data: { peerCode: p.code } });
  }
  const bytes = Buffer.from(await res.arrayBuffer());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== file.sha256 || bytes.length !== file.size)
    throw new AppError('warehouse-file-mismatch', { data: { declared: file, received: { sha256, size: bytes.length } } });
  await deps.blobs.put(bytes);
}
