/**
 * Routes of national → local routing on the portal: `POST /api/v1/portal/submissions` (a citizen's or
 * organisation's online submission for an agency hosted by a connected system; queued and forwarded, 202). A local
 * system's inbox of the portal's messages: src/local/routing/inbox.routes.ts.
 */
import { Type } from 'typebox';
import {
  AgencyCode,
  CaseCode,
  Components,
  Owner,
  ProcedureCode,
  ReuseEntries,
  DeclarationBody,
  Submitter,
} from '../../federation/reception.schemas.ts';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { enqueueSubmission } from './router.ts';
import { submissionReceipt } from './submission-receipt.ts';

const problem = { $ref: 'Problem#' };

const Submission = Type.Object(
  {
    procedureCode: ProcedureCode,
    resolvingAgencyCode: AgencyCode,
    caseCode: Type.Optional(CaseCode),
    owner: Owner,
    /** Who submits for another person ("Hồ sơ này của ai?": another person), with the authorisation. */
    submitter: Type.Optional(Submitter),
    components: Components,
    /** The answers to the version's declaration e-form (checked here and at the competent system). */
    declaration: Type.Optional(DeclarationBody),
    /** The draft this submission came from (deleted here once the submission is queued). */
    draftId: Type.Optional(Type.String({ format: 'uuid' })),
    /** Components taken from the owner's warehouse on the portal (checked, and consented for the agency, here). */
    reuse: Type.Optional(ReuseEntries),
    /** Files the owner uploaded to their warehouse here, each a page of a component (its position in `components`). */
    attachments: Type.Optional(
      Type.Array(
        Type.Object({ componentSeq: Type.Integer({ minimum: 1, maximum: 100 }), documentId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        { maxItems: 100 },
      ),
    ),
  },
  { additionalProperties: false },
);

/** Portal (national role). */
export async function portalRoutingRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.post(
    '/api/v1/portal/submissions',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['federation'],
        summary:
          'Submit online on the portal for an agency hosted by a connected system (forwarded as a signed message)',
        body: Submission,
        response: {
          202: Type.Object({
            submissionId: Type.String(),
            node: Type.String(),
            system: Type.Object({ code: Type.String(), name: Type.String() }),
            reference: Type.String({ description: 'Short reference to quote until the competent system gives the dossier code' }),
            expectedAt: Type.Union([Type.String(), Type.Null()], { description: 'Expected date of the result (Vietnam time)' }),
          }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          422: problem,
        },
      },
    },
    async (req, reply) =>
      reply.code(202).send(await submissionReceipt(ctx.db, ctx.nationalPort, await enqueueSubmission(ctx.db, ctx.nationalPort, req.principal, req.body), req.body)),
  );
}
