/**
 * The local system's side of the warehouse across nodes (ROLE local only; public at the HTTP level: the signature
 * is the authentication): POST /api/v1/federation/files, the portal's pull of a file queued for deposit (files.ts).
 * The portal's side: src/national/warehouse-remote/routes.ts.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { federationGate } from '../transport/gate.ts';
import { portalKeyOf, servePull } from './files.ts';

const problem = { $ref: 'Problem#' };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 413: problem, 422: problem, 429: problem, 502: problem, 503: problem };

export async function warehouseFileRoutes(app: Server, ctx: AppContext): Promise<void> {
  if (ctx.config.ROLE !== 'local') return;
  const gate = federationGate(app, ctx.config);
  const keyOf = portalKeyOf(ctx.config);
  app.post(
    '/api/v1/federation/files',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['federation'],
        summary: 'The national portal pulls a file this system queued for deposit in an owner’s warehouse (signed warehouse.file-pull)',
        body: Type.Object({}, { additionalProperties: true }),
        response: errors,
      },
    },
    async (req, reply) => reply.type('application/octet-stream').send(await gate(req, () => servePull({ db: ctx.db, blobs: ctx.blobs, config: ctx.config, keyOf }, req.body))),
  );
}
