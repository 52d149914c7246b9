/**
 * One process of a local node running only its counter-routing sender, for counter-routing-senders.test.ts (which
 * SIGKILLs it mid-lease). Environment: DATABASE_URL, PORTAL_URL, PORTAL_CODE, PORTAL_KEY_PEM, NODE_CODE,
 * NODE_KEY_PEM (PKCS#8), HOLDER, LEASE_SECONDS.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { createDb } from '../../src/db/connect.ts';
import { sendToPortalOnce } from '../../src/local/counter-routing/sender.ts';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
const privateKey = createPrivateKey(env('NODE_KEY_PEM'));
const publicKey = createPublicKey(privateKey);
const self = {
  code: env('NODE_CODE'),
  name: env('NODE_CODE'),
  role: 'local' as const,
  privateKey,
  publicKey,
  publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
};
const { db } = createDb(env('DATABASE_URL'), { max: 2, applicationName: 'counter-sender-child' });
const config = {
  NATIONAL_URL: env('PORTAL_URL'),
  NATIONAL_NODE_CODE: env('PORTAL_CODE'),
  NATIONAL_PUBLIC_KEY: env('PORTAL_KEY_PEM'),
  SYNC_RETRY_MS: 100,
  SYNC_RETRY_MAX_MS: 1000,
  SYNC_POLL_MS: 50,
  SYNC_LEASE_SECONDS: Number(env('LEASE_SECONDS')),
};
process.stdout.write('ready\n');
for (;;) {
  const r = await sendToPortalOnce({ db, self, config, holder: env('HOLDER') });
  if (r.delivered === 0) await new Promise((res) => setTimeout(res, 50));
}
