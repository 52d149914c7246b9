/**
 * HTTP of the catalogue feed: the portal's `POST /api/v1/federation/catalogue` (a connected system's signed
 * `catalogue.pull`; public at the HTTP level: the signature is the authentication).
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import { serveCataloguePull } from './feed.ts';

const problem = { $ref: 'Problem#' };

export async function catalogueFeedRoutes(app: Server, ctx: AppContext): Promise<void> {
  const gate = federationGate(app, ctx.config);
  const deps = { db: ctx.db, self: loadNodeIdentity(ctx.config), windowSeconds: ctx.config.FEDERATION_WINDOW_SECONDS };
  app.post(
    '/api/v1/federation/catalogue',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['federation'],
        summary: 'A connected system pulls the national catalogue’s published and retired versions after a feed number (signed catalogue.pull)',
        body: Type.Object({}, { additionalProperties: true }),
        response: {
          200: Type.Object({ header: Type.Object({}, { additionalProperties: true }), body: Type.Object({}, { additionalProperties: true }), signature: Type.String() }),
          400: problem, 401: problem, 403: problem, 409: problem, 429: problem,
        },
      },
    },
    async (req) => gate(req, () => serveCataloguePull(deps, req.body)),
  );
}
