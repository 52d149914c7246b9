/**
 * This node's identity in the federation: its code, name, role and Ed25519 key pair. ONE key pair per node, whatever
 * the number of processes or hosts: kept in the database sealed with the node's master secret (`node_secrets`,
 * `federation-key:<code>`); the first process to start creates it (a node that had a key file under
 * DATA_DIR/federation/<code>.ed25519.pem keeps that key: it is moved into the database), the others load it
 * (`primeNodeIdentity`, at start). Without a database (a CLI before start) the file is the fallback. The public key
 * is served at GET /api/v1/federation/node and registered on the national portal.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, restrictSync } from '../../platform/storage/private-files.ts';
import type { Db } from '../../db/connect.ts';
import type { MasterKeyConfig } from '../../platform/signing/master-key.ts';
import { sharedSecret } from '../../platform/signing/node-secrets.ts';
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

/**
 * At start: the node's one key pair from the database (created by the first process; an existing key file is
 * adopted), cached so `loadNodeIdentity` returns it in this process.
 */
export async function primeNodeIdentity(config: IdentityConfig & MasterKeyConfig, db: Db): Promise<NodeIdentity> {
  const file = path.resolve(nodeKeyPath(config));
  const der = await sharedSecret(db, config, `federation-key:${nodeCodeOf(config)}`, () => {
    // what this process already uses (another app on the same database in a test), else the node's former key file
    const known = cache.get(file)?.privateKey ?? (existsSync(file) ? createPrivateKey(readFileSync(file, 'utf8')) : undefined);
    const key = known ?? generateKeyPairSync('ed25519').privateKey;
    return key.export({ type: 'pkcs8', format: 'der' });
  });
  return identityOf(config, file, createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
}

/** This node's key pair: the one primed from the database at start, else the key file (created 0600 at first use). */
export function loadNodeIdentity(config: IdentityConfig): NodeIdentity {
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
  return identityOf(config, file, privateKey);
}

function identityOf(config: IdentityConfig, file: string, privateKey: KeyObject): NodeIdentity {
  const code = nodeCodeOf(config);
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
