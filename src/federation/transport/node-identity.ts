/**
 * This node's identity in the federation: its code, name, role and Ed25519 key pair. The key pair is generated at
 * first start and kept under DATA_DIR/federation/<code>.ed25519.pem (mode 0600, never in the repository); the
 * public key is served at GET /api/v1/federation/node and registered on the national portal.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, restrictSync } from '../../platform/storage/private-files.ts';
import { AppError } from '../../errors.ts';

export interface NodeIdentity {
  code: string;
  name: string;
  role: Config['ROLE'];
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM of the public key. */
  publicKeyPem: string;
}

export type IdentityConfig = Pick<Config, 'NODE_CODE' | 'NODE_NAME' | 'ROLE' | 'DATA_DIR'>;

/** NODE_CODE, or NATIONAL for the portal (ROLE national or all), LOCAL otherwise. */
export function nodeCodeOf(config: Pick<Config, 'NODE_CODE' | 'ROLE'>): string {
  if (config.NODE_CODE) return config.NODE_CODE;
  return config.ROLE === 'local' ? 'LOCAL' : 'NATIONAL';
}

export function nodeKeyPath(config: IdentityConfig): string {
  return path.join(config.DATA_DIR, 'federation', `${nodeCodeOf(config)}.ed25519.pem`);
}

const cache = new Map<string, NodeIdentity>();

/** Loads this node's key pair, creating it (0600) at first use. Cached per key file. */
export function loadNodeIdentity(config: IdentityConfig): NodeIdentity {
  const code = nodeCodeOf(config);
  const file = path.resolve(nodeKeyPath(config));
  let privateKey: KeyObject;
  const cached = cache.get(file);
  if (cached) privateKey = cached.privateKey;
  else if (existsSync(file)) {
    privateKey = createPrivateKey(readFileSync(file, 'utf8'));
    restrictSync(path.dirname(file), PRIVATE_DIR_MODE); // also when an older version left it more open
    restrictSync(file, PRIVATE_FILE_MODE);
  } else {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    privateKey = generateKeyPairSync('ed25519').privateKey;
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const publicKey = createPublicKey(privateKey);
  const identity: NodeIdentity = {
    code,
    name: config.NODE_NAME || (config.ROLE === 'local' ? `Hệ thống ${code}` : 'Cổng Dịch vụ công quốc gia'),
    role: config.ROLE,
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  cache.set(file, identity);
  return identity;
}

/** Parses an SPKI PEM Ed25519 public key; throws `federation-key-invalid`. */
export function parsePublicKey(pem: string): KeyObject {
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
    return key;
  } catch (err) {
    throw new AppError('federation-key-invalid', { cause: err });
  }
}
