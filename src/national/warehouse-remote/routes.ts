/**
 * HTTP of the warehouse across nodes on the portal (ROLE national or all; public at the HTTP level: the signature is
 * the authentication): POST /api/v1/federation/warehouse, a connected system's warehouse call. A local system's
 * side (POST /api/v1/federation/files): src/federation/warehouse-remote/files.routes.ts.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { recordError } from '../registry/registry.repository.ts';
import { registryKeyOf } from '../registry/registry.service.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import { serveWarehouseMessage } from './serve.ts';

const problem = { $ref: 'Problem#' };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 413: problem, 422: problem, 429: problem, 502: problem, 503: problem };
/** Largest file the portal pulls from a node (a digitised copy of many scanned pages). */
const MAX_PULL_BYTES = 100 * 1024 * 1024;

export async function warehouseRemoteRoutes(app: Server, ctx: AppContext): Promise<void> {
  const gate = federationGate(app, ctx.config);
  const deps = {
    db: ctx.db,
    self: loadNodeIdentity(ctx.config),
    windowSeconds: ctx.config.FEDERATION_WINDOW_SECONDS,
    keyOf: registryKeyOf(ctx.db),
    onRejected: recordError,
    blobs: ctx.blobs,
    maxFileBytes: MAX_PULL_BYTES,
  };
  app.post(
    '/api/v1/federation/warehouse',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['federation'],
        summary: 'A connected system’s call on the Electronic Data Warehouse (signed warehouse.* message; reads are logged in the owner’s access log)',
        body: Type.Object({}, { additionalProperties: true }),
        // the answer is a message signed by the portal: { header, body: { inReplyTo, result, content? }, signature }
        response: { 200: Type.Object({ header: Type.Object({}, { additionalProperties: true }), body: Type.Object({}, { additionalProperties: true }), signature: Type.String() }), ...errors },
      },
    },
    async (req) => gate(req, () => serveWarehouseMessage(deps, req.body)),
  );
}
