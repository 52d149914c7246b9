/**
 * The portal's relay of counter routing between connected systems (ROLE=national, or all):
 * `POST /api/v1/federation/relay`, the signed-message receiver whose handlers are relay.ts.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import { receiveMessage, type ReceiverDeps } from '../../federation/transport/receiver.ts';
import { registryKeyOf } from '../registry/registry.service.ts';
import { relayHandlers } from './relay.ts';

const problem = { $ref: 'Problem#' };
const tags = ['federation'];

export async function relayRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, config } = ctx;
  const deps: ReceiverDeps = {
    db,
    self: loadNodeIdentity(config),
    windowSeconds: config.FEDERATION_WINDOW_SECONDS,
    handlers: relayHandlers,
    keyOf: registryKeyOf(db),
  };
  const gate = federationGate(app, config);
  app.post(
    '/api/v1/federation/relay',
    {
      config: { permission: 'public' },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Relay a signed counter-routing message between connected systems (dossier.route, dossier.progress, dossier.return)',
        body: Type.Object({}, { additionalProperties: true }),
        response: {
          200: Type.Object({}, { additionalProperties: true }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
          429: problem,
        },
      },
    },
    async (req) => gate(req, () => receiveMessage(deps, req.body)),
  );
}
