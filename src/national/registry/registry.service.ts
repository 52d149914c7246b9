/** Rules of the registry of connected systems: validated registration, suspension, the key lookup of the receiver. */
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { parsePublicKey } from '../../federation/transport/node-identity.ts';
import type { FederationNodeRow } from '../../federation/transport/sync.table.ts';
import { findNode, setNodeStatus, upsertNode, type NodeInput } from './registry.repository.ts';

export const NODE_CODE_PATTERN = '^[A-Z0-9]{2,20}$';

export async function registerNode(db: Db, input: NodeInput): Promise<FederationNodeRow> {
  if (!new RegExp(NODE_CODE_PATTERN).test(input.code))
    throw new AppError('validation-failed', { errors: [{ path: '/code', message: 'node code: 2–20 capital letters or digits' }] });
  if (input.baseUrl && !/^https?:\/\/[^\s]+$/.test(input.baseUrl))
    throw new AppError('validation-failed', { errors: [{ path: '/baseUrl', message: 'an http(s) URL' }] });
  const key = parsePublicKey(input.publicKey);
  return upsertNode(db, {
    code: input.code,
    name: input.name.normalize('NFC'),
    baseUrl: input.baseUrl.replace(/\/+$/, ''),
    publicKey: key.export({ type: 'spki', format: 'pem' }).toString(),
  });
}

export async function changeNodeStatus(db: Db, code: string, status: 'active' | 'suspended'): Promise<FederationNodeRow> {
  const row = await setNodeStatus(db, code, status);
  if (!row) throw new AppError('federation-node-not-found', { data: { code } });
  return row;
}

/** The receiver's key lookup: the registered, active system's key; suspended → refused; unknown → undefined. */
export function registryKeyOf(db: Db): (sender: string) => Promise<KeyObject | undefined> {
  return async (sender) => {
    const n = await findNode(db, sender);
    if (!n) return undefined;
    if (n.status !== 'active') throw new AppError('message-sender-suspended', { data: { sender } });
    return parsePublicKey(n.publicKey);
  };
}
