/**
 * The registry's trust anchors of each connected system's signatures (table federation_node_signing_cas, portal).
 * A system's CA certificates are recorded from its own answers — signed with the key the registry holds for it —
 * and only for documents whose issuing agency the portal knows to be that system's (`agencyOfNode`). Recorded
 * anchors are never replaced by a later answer: a verification uses what the registry holds.
 */
import { createHash, X509Certificate } from 'node:crypto';
import type { Db } from '../../db/connect.ts';

function fingerprintOf(pem: string): string | undefined {
  try {
    const cert = new X509Certificate(pem);
    return cert.ca ? createHash('sha256').update(cert.raw).digest('hex') : undefined;
  } catch {
    return undefined;
  }
}

/** Records the CA certificates a system vouched for (CA certificates only; already recorded ones stay). */
export async function recordNodeCas(db: Db, node: string, pems: readonly string[]): Promise<void> {
  const rows = pems.flatMap((certPem) => {
    const fingerprint = fingerprintOf(certPem);
    return fingerprint ? [{ nodeCode: node, fingerprint, certPem }] : [];
  });
  if (rows.length === 0) return;
  await db
    .insertInto('federationNodeSigningCas')
    .values(rows)
    .onConflict((oc) => oc.columns(['nodeCode', 'fingerprint']).doNothing())
    .execute();
}

/** The CA certificates the registry holds for a system. */
export async function nodeCas(db: Db, node: string): Promise<string[]> {
  const rows = await db.selectFrom('federationNodeSigningCas').select('certPem').where('nodeCode', '=', node).orderBy('recordedAt').execute();
  return rows.map((r) => r.certPem);
}
