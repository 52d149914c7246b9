/**
 * Keys of the e-ID stand-in, generated at first start and kept in the database (shared by every process; never
 * in the repository): the RS256 signing key, the cookie signing keys and the portal's client secret.
 */
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Db } from '../../db/connect.ts';
import { getOrCreateSecret } from './eid.repository.ts';

export interface StandinSecrets {
  signingKey: JWK;
  cookieKeys: string[];
  clientSecret: string;
}

export async function ensureStandinSecrets(db: Db): Promise<StandinSecrets> {
  const signingKey = await getOrCreateSecret(db, 'signing-key', async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
    const jwk = await exportJWK(privateKey);
    return { ...jwk, alg: 'RS256', use: 'sig', kid: randomBytes(8).toString('hex') };
  });
  const cookieKeys = await getOrCreateSecret(db, 'cookie-keys', async () => [randomBytes(32).toString('base64url')]);
  const clientSecret = await getOrCreateSecret(db, 'client-secret', async () => randomBytes(32).toString('base64url'));
  return { signingKey, cookieKeys, clientSecret };
}

/** The portal's client secret at the stand-in (used when EID_CLIENT_SECRET is not configured). */
export async function standinClientSecret(db: Db): Promise<string> {
  return (await ensureStandinSecrets(db)).clientSecret;
}
