/**
 * National portal: the registry of connected systems (national operators) and the message receiver
 * (POST /api/v1/federation/messages — public at the HTTP level, the signature is the authentication; callers whose
 * messages do not authenticate are limited per IP, src/federation/transport/gate.ts).
 */
import { Type } from 'typebox';
import { Delivery } from '../../federation/transport/delivery.schema.ts';
import type { AppContext } from '../../context.ts';
import { receiveMessage, type ReceiverDeps } from '../../federation/transport/receiver.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import type { FederationNodeRow } from '../../federation/transport/sync.table.ts';
import type { Server } from '../../http/types.ts';
import { applySyncMessage, SYNC_MESSAGE_TYPE } from '../sync/mirror.ts';
import { queryMirror } from '../sync/query.ts';
import { opsRoutes } from './ops.routes.ts';
import { portalRoutingRoutes } from '../routing/routing.routes.ts';
import { listNodes, recordApplied, recordError } from './registry.repository.ts';
import { changeNodeStatus, NODE_CODE_PATTERN, registerNode, registryKeyOf } from './registry.service.ts';

const NodeView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  baseUrl: Type.String(),
  publicKey: Type.String(),
  status: Type.String(),
  connectedSince: Type.String(),
  lastMessageAt: Type.Union([Type.String(), Type.Null()]),
  syncLagMs: Type.Union([Type.Number(), Type.Null()]),
  eventsApplied: Type.Number(),
  errorCount: Type.Number(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  lastErrorAt: Type.Union([Type.String(), Type.Null()]),
});

function present(n: FederationNodeRow) {
  return { ...n };
}

const errors = {
  400: { $ref: 'Problem#' },
  401: { $ref: 'Problem#' },
  403: { $ref: 'Problem#' },
  404: { $ref: 'Problem#' },
};
const MirrorStateView = Type.Object({
  dossierId: Type.String(),
  maHoSo: Type.Union([Type.String(), Type.Null()]),
  lastSeq: Type.Number(),
  trangThai: Type.Number(),
});

export async function registryRoutes(app: Server, ctx: AppContext): Promise<void> {
  const self = loadNodeIdentity(ctx.config);
  const gate = federationGate(app, ctx.config);
  const deps: ReceiverDeps = {
    db: ctx.db,
    self,
    windowSeconds: ctx.config.FEDERATION_WINDOW_SECONDS,
    handlers: { [SYNC_MESSAGE_TYPE]: (trx, env) => applySyncMessage(trx, env) },
    keyOf: registryKeyOf(ctx.db),
    onApplied: (trx, sender, r) => recordApplied(trx, sender, r.events, r.lagMs),
    onRejected: (trx, sender, code) => recordError(trx, sender, code),
  };

  app.post(
    '/api/v1/federation/messages',
    {
      config: { permission: 'public' },
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        tags: ['federation'],
        summary: 'Receive a signed message from a connected system (the signature is the authentication)',
        body: Type.Object({}, { additionalProperties: true }),
        response: {
          200: Delivery,
          ...errors,
          409: { $ref: 'Problem#' },
          429: { $ref: 'Problem#' },
        },
      },
    },
    async (req) => gate(req, () => receiveMessage(deps, req.body)),
  );

  app.post(
    '/api/v1/federation/query',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['federation'],
        summary:
          'Signed read-only query: the mirror’s state of the sender’s own dossiers (dossier.query), or count and digest per agency and day (dossier.reconcile)',
        body: Type.Object({}, { additionalProperties: true }),
        response: {
          200: Type.Union([
            Type.Object({
              agencyCode: Type.String(),
              day: Type.String(),
              count: Type.Number(),
              digest: Type.String(),
              match: Type.Boolean(),
              dossiers: Type.Optional(Type.Array(MirrorStateView)),
            }),
            Type.Object({ dossiers: Type.Array(MirrorStateView) }),
          ]),
          ...errors,
          429: { $ref: 'Problem#' },
        },
      },
    },
    async (req) =>
      gate(req, () => queryMirror(
        {
          db: ctx.db,
          self: self.code,
          windowSeconds: ctx.config.FEDERATION_WINDOW_SECONDS,
          keyOf: deps.keyOf,
        },
        req.body,
      )),
  );

  // Public directory: which systems of ministries and provinces are connected, and where (their officers work there).
  app.get(
    '/api/v1/federation/systems',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['federation'],
        summary: 'The connected systems of ministries and provinces and their addresses (public directory)',
        response: {
          200: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), baseUrl: Type.String() })),
        },
      },
    },
    async () =>
      (await listNodes(ctx.db))
        .filter((n) => n.status === 'active' && n.baseUrl !== '')
        .map((n) => ({ code: n.code, name: n.name, baseUrl: n.baseUrl })),
  );

  app.get(
    '/api/v1/federation/nodes',
    {
      config: { permission: 'ops:read' },
      schema: {
        tags: ['federation'],
        summary: 'Connected systems with their health (lag, last message, errors)',
        response: { 200: Type.Array(NodeView) },
      },
    },
    async () => (await listNodes(ctx.db)).map(present),
  );

  app.put(
    '/api/v1/federation/nodes/:code',
    {
      config: { permission: 'federation:manage' },
      schema: {
        tags: ['federation'],
        summary: 'Register a connected system or update its name, address and public key',
        params: Type.Object({ code: Type.String({ pattern: NODE_CODE_PATTERN }) }),
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 300 }),
            baseUrl: Type.String({ maxLength: 500 }),
            publicKey: Type.String({ minLength: 40, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: NodeView, ...errors },
      },
    },
    async (req) => present(await registerNode(ctx.db, { code: req.params.code, ...req.body })),
  );

  app.post(
    '/api/v1/federation/nodes/:code/status',
    {
      config: { permission: 'federation:manage' },
      schema: {
        tags: ['federation'],
        summary: 'Suspend or reactivate a connected system (a suspended system’s messages are refused)',
        params: Type.Object({ code: Type.String({ pattern: NODE_CODE_PATTERN }) }),
        body: Type.Object(
          { status: Type.Union([Type.Literal('active'), Type.Literal('suspended')]) },
          { additionalProperties: false },
        ),
        response: { 200: NodeView, ...errors },
      },
    },
    async (req) => present(await changeNodeStatus(ctx.db, req.params.code, req.body.status)),
  );

  await opsRoutes(app, ctx);
  await portalRoutingRoutes(app, ctx);
}
