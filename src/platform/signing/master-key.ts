/**
 * The node's master secret, which encrypts the keys kept in the database (AES-256-GCM): the agencies' development
 * signing keys and the node's federation key. Every process of a node must be given the same one: MASTER_KEY
 * (base64 of 32 bytes) or MASTER_KEY_FILE (a file holding it, e.g. a Docker / Kubernetes secret). Without either,
 * the single-host default: generated at first use and kept in DATA_DIR/secrets/master.key (mode 0600, folder
 * 0700), shared by the processes that share DATA_DIR. Never in the database or the repository. Creation of the
 * file is atomic across processes: written to a temporary file and hard-linked into place; the loser of a race
 * reads the winner's key.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, restrictSync } from '../storage/private-files.ts';

const cache = new Map<string, Buffer>();

/** DATA_DIR/secrets/master.key; DATA_DIR/signing/master.key where an older version made it there (kept). */
export function masterKeyPath(dataDir: string): string {
  const legacy = path.resolve(dataDir, 'signing', 'master.key');
  return existsSync(legacy) ? legacy : path.resolve(dataDir, 'secrets', 'master.key');
}

export type MasterKeyConfig = Pick<Config, 'DATA_DIR' | 'MASTER_KEY' | 'MASTER_KEY_FILE'>;

function decode(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`The master secret (${where}) is not 32 bytes of base64 (openssl rand -base64 32)`);
  return key;
}

/** The node's master secret: MASTER_KEY, else the file MASTER_KEY_FILE, else the file under DATA_DIR (masterKeyPath). */
export function masterKeyOf(config: MasterKeyConfig): Buffer {
  if (config.MASTER_KEY) return decode(config.MASTER_KEY, 'MASTER_KEY');
  if (config.MASTER_KEY_FILE) {
    const file = path.resolve(config.MASTER_KEY_FILE);
    const cached = cache.get(file);
    if (cached) return cached;
    const key = decode(readFileSync(file, 'utf8'), `MASTER_KEY_FILE ${file}`);
    cache.set(file, key);
    return key;
  }
  return loadMasterKey(config.DATA_DIR);
}

export function loadMasterKey(dataDir: string): Buffer {
  const file = masterKeyPath(dataDir);
  const cached = cache.get(file);
  if (cached) return cached;
  let key: Buffer;
  try {
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    chmodSync(tmp, 0o600);
    try {
      linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      rmSync(tmp, { force: true });
    }
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  }
  if (key.length !== 32) throw new Error(`Signing master key ${file} is not 32 bytes of base64`);
  // readable by the service user only, also when an older version or an operator left it more open
  restrictSync(path.dirname(file), PRIVATE_DIR_MODE);
  restrictSync(file, PRIVATE_FILE_MODE);
  cache.set(file, key);
  return key;
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
export function seal(key: Buffer, plain: Buffer): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return ['v1', iv, c.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function unseal(key: Buffer, sealed: string): Buffer {
  const [v, iv, tag, body] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || !body) throw new Error('Unknown sealed key format');
  const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  d.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([d.update(Buffer.from(body, 'base64url')), d.final()]);
}
