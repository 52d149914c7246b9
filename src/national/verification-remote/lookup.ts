/**
 * Verification across the federation. The portal asks every active connected system at once (but the one asking)
 * for a code or a file hash; the first system that issued it answers with its registry entry. The portal keeps
 * the answer only when the issuing agency is that system's (`agencyOfNode`), records the system's CA certificates
 * in its registry (trust.ts) and hands on the registry's anchors. A local system asks the portal, which answers
 * for every connected system. One process (ROLE=all) has no other system to ask.
 */
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/connect.ts';
import { listNodes } from '../registry/registry.repository.ts';
import { registryKeyOf } from '../registry/registry.service.ts';
import { agencyOfNode } from '../../platform/reference/agency-node.ts';
import type { RemoteEntry, RemoteVerification } from '../../platform/signing/registry.service.ts';
import { loadNodeIdentity, type NodeIdentity } from '../../federation/transport/node-identity.ts';
import { portalKeyOf } from '../../federation/warehouse-remote/files.ts';
import { askNode } from './client.ts';
import type { LookupQuery } from './schemas.ts';
import { nodeCas, recordNodeCas } from './trust.ts';

export interface PortalLookupDeps {
  db: Db;
  self: NodeIdentity;
  windowSeconds: number;
}

/** The portal asks the connected systems (all at once; `exclude`: the system that asked the portal). */
export async function lookupAcrossSystems(deps: PortalLookupDeps, query: LookupQuery, exclude?: string): Promise<RemoteEntry | null> {
  const nodes = (await listNodes(deps.db)).filter((n) => n.status === 'active' && n.baseUrl && n.code !== exclude && n.code !== deps.self.code);
  if (nodes.length === 0) return null;
  const keyOf = registryKeyOf(deps.db);
  const answers = await Promise.all(
    nodes.map((n) => askNode({ self: deps.self, node: n.code, baseUrl: n.baseUrl, keyOf, windowSeconds: deps.windowSeconds }, query)),
  );
  for (const [i, found] of answers.entries()) {
    const node = nodes[i]!.code;
    if (!found || found.node !== node) continue;
    if ('code' in query && found.entry.verificationCode.replace(/-/g, '') !== query.code) continue;
    if ('sha256' in query && found.entry.sha256 !== query.sha256) continue;
    // a system answers for its own agencies only (the portal's agency table decides, never the system's word)
    if (!(await agencyOfNode(deps.db, found.entry.issuer.code, node))) continue;
    await recordNodeCas(deps.db, node, found.cas);
    return { entry: found.entry, node, cas: await nodeCas(deps.db, node) };
  }
  return null;
}

/** The verification of other systems' documents for this node, or undefined when it is not federated. */
export function federatedVerification(ctx: AppContext): RemoteVerification | undefined {
  const { config, db } = ctx;
  const self = loadNodeIdentity(config);
  const windowSeconds = config.FEDERATION_WINDOW_SECONDS;
  if (config.ROLE === 'national') return { lookup: (q) => lookupAcrossSystems({ db, self, windowSeconds }, q) };
  if (config.ROLE !== 'local' || !config.NATIONAL_URL || config.NATIONAL_PROTOCOL !== 'motcua') return undefined;
  const keyOf = portalKeyOf(config);
  return {
    async lookup(q) {
      const found = await askNode({ self, node: config.NATIONAL_NODE_CODE, baseUrl: config.NATIONAL_URL, keyOf, windowSeconds }, q);
      return found && found.node !== self.code ? found : null;
    },
  };
}
