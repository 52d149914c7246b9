/**
 * A local system's side of the citizen relay (issue 13.11): `POST /api/v1/federation/citizen`, the portal's signed
 * `citizen.relay`, done as that person (src/national/citizen-relay sends it).
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import { citizenRelayServer } from './serve.ts';

const problem = { $ref: 'Problem#' };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 502: problem, 503: problem };
const tags = ['federation'];
const Any = Type.Object({}, { additionalProperties: true });

export async function citizenRelayInboxRoutes(app: Server, ctx: AppContext): Promise<void> {
  if (ctx.config.ROLE !== 'local') return;
  const gate = federationGate(app, ctx.config);
  const serve = citizenRelayServer(ctx);
  app.post(
    '/api/v1/federation/citizen',
    {
      config: { permission: 'public' },
      // a relayed supplement page travels inside the message (base64, MAX_RELAYED_FILE_BYTES)
      bodyLimit: 8 * 1024 * 1024,
      schema: { tags, summary: 'A citizen’s action relayed by the national portal, done as that person (signed citizen.relay)', body: Any, response: { 200: Any, ...errors } },
    },
    async (req) => gate(req, () => serve(req.body)),
  );
}
