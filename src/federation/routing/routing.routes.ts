/**
 * Routes of national → local routing. On the portal: `POST /api/v1/portal/submissions` (a citizen's or
 * organisation's online submission for an agency hosted by a connected system; queued and forwarded, 202). On a
 * local system: `POST /api/v1/federation/inbox`, the receiver of signed messages from the national portal (only the
 * portal's key is accepted: NATIONAL_PUBLIC_KEY, or read once from NATIONAL_URL), which applies `dossier.submit`.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { Type } from 'typebox';
import { Delivery } from '../transport/delivery.schema.ts';
import {
  AgencyCode,
  CaseCode,
  Components,
  Owner,
  ProcedureCode,
  ReuseEntries,
  DeclarationBody,
  Submitter,
} from '../../local/dossiers/reception.schemas.ts';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { applyProgressMessage } from '../counter-routing/forward.ts';
import { applyReturnMessage, applyRouteMessage, processRoutedInbound } from '../counter-routing/inbound.ts';
import {
  PROGRESS_MESSAGE_TYPE,
  RETURN_MESSAGE_TYPE,
  ROUTE_MESSAGE_TYPE,
  SUBMIT_MESSAGE_TYPE,
} from '../transport/message-types.ts';
import { loadNodeIdentity } from '../transport/node-identity.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import { receiveMessage, type ReceiverDeps } from '../transport/receiver.ts';
import { federationGate } from '../transport/gate.ts';
import { applySubmitMessage, processInbound } from './inbound.ts';
import { enqueueSubmission } from './router.ts';

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
          202: Type.Object({ submissionId: Type.String(), node: Type.String() }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          422: problem,
        },
      },
    },
    async (req, reply) => reply.code(202).send(await enqueueSubmission(ctx.db, ctx.nationalPort, req.principal, req.body)),
  );
}

/** Local system: the inbox of messages from the national portal. */
export async function localInboxRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { config } = ctx;
  let portalKey: KeyObject | undefined = config.NATIONAL_PUBLIC_KEY
    ? createPublicKey(config.NATIONAL_PUBLIC_KEY)
    : undefined;
  const gate = federationGate(app, ctx.config);
  const deps: ReceiverDeps = {
    db: ctx.db,
    self: loadNodeIdentity(config),
    windowSeconds: config.FEDERATION_WINDOW_SECONDS,
    handlers: {
      [SUBMIT_MESSAGE_TYPE]: applySubmitMessage,
      // counter reception across systems, relayed by the portal (src/federation/counter-routing)
      [ROUTE_MESSAGE_TYPE]: applyRouteMessage,
      [PROGRESS_MESSAGE_TYPE]: applyProgressMessage,
      [RETURN_MESSAGE_TYPE]: applyReturnMessage,
    },
    keyOf: async (sender) => {
      if (sender !== config.NATIONAL_NODE_CODE || !config.NATIONAL_URL) return undefined;
      if (!portalKey) {
        const r = await fetch(`${config.NATIONAL_URL}/api/v1/federation/node`, {
          signal: AbortSignal.timeout(10_000),
        });
        const info = (await r.json()) as { code?: string; publicKeyPem?: string };
        if (info.code === sender && info.publicKeyPem) portalKey = createPublicKey(info.publicKeyPem);
      }
      return portalKey;
    },
  };
  // Submissions kept but not yet turned into dossiers when the process stopped are created at start.
  app.addHook('onReady', async () => {
    await processInbound(ctx.db, ctx.nationalPort, 50, { blobs: ctx.blobs, limits: limitsFrom(ctx.config) }).catch((err: unknown) =>
      app.log.error({ err }, 'inbound submissions'),
    );
    await processRoutedInbound(ctx.db, ctx.nationalPort, ctx.blobs).catch((err: unknown) =>
      app.log.error({ err }, 'routed counter dossiers'),
    );
  });
  app.post(
    '/api/v1/federation/inbox',
    {
      config: { permission: 'public' },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: ['federation'],
        summary: 'Receive a signed message from the national portal (e.g. a forwarded online submission)',
        body: Type.Object({}, { additionalProperties: true }),
        response: {
          200: Delivery,
          400: problem,
          401: problem,
          403: problem,
          409: problem,
          429: problem,
        },
      },
    },
    async (req) => {
      const delivery = await gate(req, () => receiveMessage(deps, req.body));
      // Create the dossiers now (and any left pending by an earlier crash); a refusal is kept on the row.
      await processInbound(ctx.db, ctx.nationalPort, 50, { blobs: ctx.blobs, limits: limitsFrom(ctx.config) }).catch((err: unknown) =>
        req.log.error({ err }, 'inbound submissions'),
      );
      await processRoutedInbound(ctx.db, ctx.nationalPort, ctx.blobs).catch((err: unknown) =>
        req.log.error({ err }, 'routed counter dossiers'),
      );
      return delivery;
    },
  );
}
