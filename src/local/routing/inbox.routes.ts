/**
 * A local system's inbox (ROLE=local): `POST /api/v1/federation/inbox`, the receiver of signed messages from the
 * national portal (only the portal's key is accepted: NATIONAL_PUBLIC_KEY, or read once from NATIONAL_URL), which
 * applies `dossier.submit` (national → local routing) and the counter-routing messages the portal relays.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { Delivery } from '../../federation/transport/delivery.schema.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import {
  PROGRESS_MESSAGE_TYPE,
  RETURN_MESSAGE_TYPE,
  ROUTE_MESSAGE_TYPE,
  SUBMIT_MESSAGE_TYPE,
} from '../../federation/transport/message-types.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import { receiveMessage, type ReceiverDeps } from '../../federation/transport/receiver.ts';
import type { Server } from '../../http/types.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import { applyProgressMessage } from '../counter-routing/forward.ts';
import { applyReturnMessage, applyRouteMessage, processRoutedInbound } from '../counter-routing/inbound.ts';
import { applySubmitMessage, processInbound } from './inbound.ts';

const problem = { $ref: 'Problem#' };

/** Local system: the inbox of messages from the national portal. */
export async function localInboxRoutes(app: Server, ctx: AppContext): Promise<void> {
  if (ctx.config.ROLE !== 'local') return;
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
      // counter reception across systems, relayed by the portal (src/local/counter-routing)
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
    await processInbound(ctx.db, ctx.nationalPort, 50, { blobs: ctx.blobs, limits: limitsFrom(ctx.config) }, () => ctx.clock.now()).catch((err: unknown) =>
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
      await processInbound(ctx.db, ctx.nationalPort, 50, { blobs: ctx.blobs, limits: limitsFrom(ctx.config) }, () => ctx.clock.now()).catch((err: unknown) =>
        req.log.error({ err }, 'inbound submissions'),
      );
      await processRoutedInbound(ctx.db, ctx.nationalPort, ctx.blobs).catch((err: unknown) =>
        req.log.error({ err }, 'routed counter dossiers'),
      );
      return delivery;
    },
  );
}
