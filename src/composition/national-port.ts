/**
 * Which NationalPort a node uses. A local system connected to a remote portal (ROLE=local, NATIONAL_URL set, the
 * motcua protocol) reaches the Electronic Data Warehouse over signed HTTP (client.ts); the catalogue methods
 * (findPublishedProcedure(s)) stay on the in-process adapter over the node's own copy of the published catalogue
 * (seeded/imported on the node; not yet fetched from the portal). ROLE=all and ROLE=national — and a local system
 * whose portal speaks the DVCQG API, which has no warehouse — keep the in-process port. Public tracking of a code
 * this system does not hold asks the portal's tracking (masked, public).
 */
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { BlobStore } from '../platform/storage/blob-store.ts';
import { inProcessNationalPort } from '../national/port/in-process.ts';
import type { NationalPort } from '../federation/national-port.ts';
import { loadNodeIdentity } from '../federation/transport/node-identity.ts';
import { remoteWarehousePort } from '../federation/warehouse-remote/client.ts';
import { portalKeyOf } from '../federation/warehouse-remote/files.ts';

export function nationalPortFor(config: Config, db: Db, blobs: BlobStore): NationalPort {
  const local = inProcessNationalPort(db, blobs);
  if (config.ROLE !== 'local' || !config.NATIONAL_URL || config.NATIONAL_PROTOCOL !== 'motcua') return local;
  const warehouse = remoteWarehousePort({
    self: loadNodeIdentity(config),
    nationalUrl: config.NATIONAL_URL,
    nationalCode: config.NATIONAL_NODE_CODE,
    blobs,
    keyOf: portalKeyOf(config),
    windowSeconds: config.FEDERATION_WINDOW_SECONDS,
  });
  return {
    ...warehouse,
    findPublishedProcedure: (code, at) => local.findPublishedProcedure(code, at),
    findPublishedProcedures: (codes, at) => local.findPublishedProcedures(codes, at),
    trackElsewhere: (code) => trackOnPortal(config.NATIONAL_URL, code),
  };
}

/** The portal's public tracking (`GET /api/v1/tracking/{code}`, masked); undefined when unknown or unreachable. */
async function trackOnPortal(nationalUrl: string, code: string): Promise<Record<string, unknown> | undefined> {
  try {
    const res = await fetch(`${nationalUrl.replace(/\/$/, '')}/api/v1/tracking/${encodeURIComponent(code)}`, { signal: AbortSignal.timeout(5_000) });
    if (res.status !== 200) {
      await res.arrayBuffer();
      return undefined;
    }
    const body = (await res.json());
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // the portal is unreachable: the caller answers "not found here"
  }
}
