/** HTTP of the verification across systems (public at the HTTP level: the signature is the authentication). */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import { verificationServer } from './serve.ts';

const problem = { $ref: 'Problem#' };

export async function verificationRemoteRoutes(app: Server, ctx: AppContext): Promise<void> {
  if (ctx.config.ROLE === 'all') return;
  const gate = federationGate(app, ctx.config);
  const serve = verificationServer(ctx);
  app.post(
    '/api/v1/federation/verification',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['federation'],
        summary: 'Another node asks whether a document was issued in the federation (signed verification.lookup, by code or SHA-256)',
        body: Type.Object({}, { additionalProperties: true }),
        response: {
          200: Type.Object({ header: Type.Object({}, { additionalProperties: true }), body: Type.Object({}, { additionalProperties: true }), signature: Type.String() }),
          400: problem, 401: problem, 403: problem, 409: problem, 429: problem,
        },
      },
    },
    async (req) => gate(req, () => serve(req.body)),
  );
}
