/**
 * The portal's side of the citizen relay for the owner's open dossier held by another system (issue 13.11): read it
 * as its owner sees it there, answer a supplement request (a file per asked paper, then the answer) and pay its fees
 * (the payment requests; INIT at the holding system's payment platform, whose page the person opens — the holding
 * system receives the platform's callback and resumes the clock). Each call: the mirror's owner check here, then
 * one signed `citizen.relay`; the holding system applies its own checks and its refusals come back as they are.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { receiveUpload, registerUploadParser } from '../../platform/documents/upload.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import { MAX_RELAYED_FILE_BYTES } from '../../federation/citizen-relay/schemas.ts';
import { assertMirroredOwner, relayPrincipal, relayToSystem, type RelayDeps } from './client.ts';

const problem = { $ref: 'Problem#' };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem, 502: problem, 503: problem };
const tags = ['federation'];
const Node = Type.String({ pattern: '^[A-Z0-9]{2,20}$' });
const Uuid = Type.String({ format: 'uuid' });
const Params = Type.Object({ node: Node, id: Uuid }, { additionalProperties: false });
const Any = Type.Object({}, { additionalProperties: true });

export async function citizenRelayDossierRoutes(app: Server, ctx: AppContext, deps: RelayDeps): Promise<void> {
  const owner = async (req: { principal?: Parameters<typeof relayPrincipal>[0] | undefined; params: { node: string; id: string } }) => {
    await assertMirroredOwner(ctx.db, req.principal, req.params.node, req.params.id);
    return { dossierId: req.params.id, principal: relayPrincipal(req.principal!) };
  };

  app.get(
    '/api/v1/portal/systems/:node/dossiers/:id',
    { config: { permission: 'self' }, schema: { tags, summary: 'My dossier held by a connected system, as I see it there', params: Params, response: { 200: Any, ...errors } } },
    async (req) => relayToSystem(deps, req.params.node, { action: 'dossier.get', ...(await owner(req)) }),
  );

  app.post(
    '/api/v1/portal/systems/:node/dossiers/:id/supplement',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'Answer the supplement request of my dossier held by a connected system (after uploading the asked papers)',
        params: Params,
        body: Type.Object({ expectedVersion: Type.Integer({ minimum: 1 }), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
        response: { 200: Any, ...errors },
      },
    },
    async (req) =>
      relayToSystem(deps, req.params.node, {
        action: 'supplement.send',
        ...(await owner(req)),
        expectedVersion: req.body.expectedVersion,
        ...(req.body.note !== undefined ? { note: req.body.note } : {}),
      }),
  );

  app.get(
    '/api/v1/portal/systems/:node/dossiers/:id/payments',
    { config: { permission: 'self' }, schema: { tags, summary: 'The fee payment requests of my dossier held by a connected system', params: Params, response: { 200: Any, ...errors } } },
    async (req) => relayToSystem(deps, req.params.node, { action: 'payments.list', ...(await owner(req)) }),
  );

  app.post(
    '/api/v1/portal/systems/:node/dossiers/:id/payments/:paymentId/init',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'Start paying a fee of my dossier held by a connected system: its payment platform’s page (URL) to open',
        params: Type.Object({ node: Node, id: Uuid, paymentId: Uuid }, { additionalProperties: false }),
        response: { 200: Type.Object({ paymentUrl: Type.String(), reference: Type.String() }), ...errors },
      },
    },
    async (req) =>
      relayToSystem<{ paymentUrl: string; reference: string }>(deps, req.params.node, { action: 'payment.init', ...(await owner(req)), paymentId: req.params.paymentId }),
  );

  // a page of the supplement: the body streamed here (type checked by content), then relayed in the signed message
  await app.register(async (plain) => {
    const scope = plain as unknown as Server;
    registerUploadParser(scope);
    const base = limitsFrom(ctx.config);
    const limits = { ...base, maxBytes: Math.min(base.maxBytes, MAX_RELAYED_FILE_BYTES) };
    scope.post(
      '/api/v1/portal/systems/:node/dossiers/:id/components/:seq/files',
      {
        config: { permission: 'self' },
        bodyLimit: limits.maxBytes,
        schema: {
          tags,
          summary: 'Upload a file (PDF, JPEG, PNG, TIFF; the body) to a component of my open dossier held by a connected system, as the next page',
          params: Type.Object({ node: Node, id: Uuid, seq: Type.Integer({ minimum: 1, maximum: 32767 }) }, { additionalProperties: false }),
          response: { 201: Any, ...errors, 413: problem, 415: problem },
        },
      },
      async (req, reply) => {
        const who = await owner(req);
        const up = await receiveUpload(req, ctx.blobs, limits);
        const page = await relayToSystem<Record<string, unknown>>(deps, req.params.node, {
          action: 'supplement.file',
          ...who,
          componentSeq: req.params.seq,
          fileName: up.fileName,
          contentType: up.inspected.mime,
          dataBase64: up.bytes.toString('base64'),
        });
        return reply.code(201).send(page);
      },
    );
  });
}
