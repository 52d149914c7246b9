/**
 * The portal's side of the citizen relay (issue 13.11): the person's actions on a dossier another system holds,
 * from "Hồ sơ của tôi" without leaving the portal — the evaluation (questionnaire, read, send) here, the dossier, its
 * supplement and its fees in dossier.routes.ts — each relayed as a signed `citizen.relay` to the holding system
 * (src/local/citizen-relay answers it).
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import { assertMirroredOwner, relayPrincipal, relayToSystem } from './client.ts';
import { citizenRelayDossierRoutes } from './dossier.routes.ts';

const problem = { $ref: 'Problem#' };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 502: problem, 503: problem };
const tags = ['federation'];
const Node = Type.String({ pattern: '^[A-Z0-9]{2,20}$' });
const Params = Type.Object({ node: Node, id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const Any = Type.Object({}, { additionalProperties: true });

export async function citizenRelayRoutes(app: Server, ctx: AppContext): Promise<void> {
  if (ctx.config.ROLE !== 'national') return;
  const deps = { db: ctx.db, self: loadNodeIdentity(ctx.config), windowSeconds: ctx.config.FEDERATION_WINDOW_SECONDS };
  app.get(
    '/api/v1/portal/systems/:node/evaluation/criteria',
    {
      config: { permission: 'self' },
      schema: { tags, summary: 'The evaluation questionnaire in force at a connected system', params: Type.Object({ node: Node }, { additionalProperties: false }), response: { 200: Any, ...errors } },
    },
    async (req) => relayToSystem(deps, req.params.node, { action: 'evaluation.criteria' }),
  );
  app.get(
    '/api/v1/portal/systems/:node/dossiers/:id/evaluation',
    { config: { permission: 'self' }, schema: { tags, summary: 'My evaluation of my dossier held by a connected system', params: Params, response: { 200: Any, ...errors } } },
    async (req) => {
      await assertMirroredOwner(ctx.db, req.principal, req.params.node, req.params.id);
      return relayToSystem(deps, req.params.node, { action: 'evaluation.get', dossierId: req.params.id, principal: relayPrincipal(req.principal!) });
    },
  );
  app.post(
    '/api/v1/portal/systems/:node/dossiers/:id/evaluation',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'Evaluate my returned dossier held by a connected system, from the portal (relayed, signed)',
        params: Params,
        body: Type.Object(
          {
            scores: Type.Record(Type.String({ pattern: '^[A-Za-z0-9_.-]{1,20}$' }), Type.Integer({ minimum: -1000, maximum: 1000 }), { maxProperties: 60 }),
            comments: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Any, ...errors },
      },
    },
    async (req, reply) => {
      await assertMirroredOwner(ctx.db, req.principal, req.params.node, req.params.id);
      const input = { scores: req.body.scores, ...(req.body.comments !== undefined ? { comments: req.body.comments } : {}) };
      const result = await relayToSystem<Record<string, unknown>>(deps, req.params.node, { action: 'evaluation.submit', dossierId: req.params.id, principal: relayPrincipal(req.principal!), input });
      return reply.code(201).send(result);
    },
  );
  await citizenRelayDossierRoutes(app, ctx, deps);
}
