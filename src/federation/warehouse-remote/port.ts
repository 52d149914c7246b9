/**
 * Which NationalPort a node uses. A local system connected to a remote portal (ROLE=local, NATIONAL_URL set, the
 * motcua protocol) reaches the Electronic Data Warehouse over signed HTTP (client.ts); the catalogue methods
 * (findPublishedProcedure(s)) stay on the in-process adapter over the node's own copy of the published catalogue
 * (seeded/imported on the node; not yet fetched from the portal). ROLE=all and ROLE=national — and a local system
 * whose portal speaks the DVCQG API, which has no warehouse — keep the in-process port.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { inProcessNationalPort } from '../in-process.ts';
import type { NationalPort } from '../national-port.ts';
import { loadNodeIdentity } from '../transport/node-identity.ts';
import { remoteWarehousePort } from './client.ts';

export function nationalPortFor(config: Config, db: Db, blobs: BlobStore): NationalPort {
  const local = inProcessNationalPort(db, blobs);
  if (config.ROLE !== 'local' || !config.NATIONAL_URL || config.NATIONAL_PROTOCOL !== 'motcua') return local;
  const warehouse = remoteWarehousePort({
    self: loadNodeIdentity(config),
    nationalUrl: config.NATIONAL_URL,
    nationalCode: config.NATIONAL_NODE_CODE,
    blobs,
  });
  return {
    ...warehouse,
    findPublishedProcedure: (code, at) => local.findPublishedProcedure(code, at),
    findPublishedProcedures: (codes, at) => local.findPublishedProcedures(codes, at),
  };
}
