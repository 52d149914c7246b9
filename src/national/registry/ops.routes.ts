/**
 * Operators' view on the national portal (permission ops:read): connected systems with status, lag, last error and
 * hourly trends of messages received and refused; the national counters (accounts, synchronised dossiers, online
 * dossiers, share of procedures offered online).
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { errorTitlesOf } from '../../errors.ts';
import { vnToday } from '../catalogue/catalogue.service.ts';
import { hourlyTrends, nationalCounters } from './ops.repository.ts';
import { listNodes } from './registry.repository.ts';
import { unauthenticatedRejectsOn } from '../../federation/transport/rejects.repository.ts';

const problem = { $ref: 'Problem#' };
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const System = Type.Object({
  code: Type.String(),
  name: Type.String(),
  status: Type.String(),
  health: Type.Union([Type.Literal('ok'), Type.Literal('lagging'), Type.Literal('silent'), Type.Literal('failing'), Type.Literal('suspended')]),
  connectedSince: Type.String(),
  lastMessageAt: Nullable(Type.String()),
  syncLagMs: Nullable(Type.Number()),
  eventsApplied: Type.Number(),
  errorCount: Type.Number({ description: 'Messages of this system refused after it authenticated (business refusals)' }),
  unauthenticatedRejectsToday: Type.Number({ description: 'Messages claiming to be from this system refused today before authenticating (not in errorCount)' }),
  lastError: Nullable(Type.String()),
  lastErrorAt: Nullable(Type.String()),
  /** The titles of the last error's stable code, for people (the code itself stays in lastError). */
  lastErrorTitle: Nullable(Type.Object({ code: Type.String(), vi: Type.String(), en: Type.String() })),
  trend: Type.Array(Type.Object({ hour: Type.String(), received: Type.Number(), rejected: Type.Number() })),
});

/** Lag over 15 minutes is `lagging`; no message for a day `silent`; a refusal newer than the last message `failing`. */
function healthOf(n: { status: string; lastMessageAt: string | null; syncLagMs: number | null; lastErrorAt: string | null }, now: Date) {
  if (n.status !== 'active') return 'suspended' as const;
  const last = n.lastMessageAt ? Date.parse(n.lastMessageAt) : 0;
  if (n.lastErrorAt && Date.parse(n.lastErrorAt) > last) return 'failing' as const;
  if (!last || now.getTime() - last > 86_400_000) return 'silent' as const;
  if ((n.syncLagMs ?? 0) > 15 * 60_000) return 'lagging' as const;
  return 'ok' as const;
}

export async function opsRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/federation/ops/systems',
    {
      config: { permission: 'ops:read' },
      schema: {
        tags: ['federation'],
        summary: 'Connected systems: status, health, lag, last error and hourly trends',
        querystring: Type.Object({ hours: Type.Integer({ minimum: 1, maximum: 168, default: 24 }) }, { additionalProperties: false }),
        response: { 200: Type.Array(System), 400: problem, 401: problem, 403: problem },
      },
    },
    async (req) => {
      const now = new Date();
      const [nodes, trends, unauth] = await Promise.all([listNodes(ctx.db), hourlyTrends(ctx.db, req.query.hours, now), unauthenticatedRejectsOn(ctx.db, vnToday())]);
      return nodes.map((n) => ({
        code: n.code,
        name: n.name,
        status: n.status,
        health: healthOf(n, now),
        connectedSince: n.connectedSince,
        lastMessageAt: n.lastMessageAt,
        syncLagMs: n.syncLagMs,
        eventsApplied: n.eventsApplied,
        errorCount: n.errorCount,
        unauthenticatedRejectsToday: unauth.get(n.code) ?? 0,
        lastError: n.lastError,
        lastErrorAt: n.lastErrorAt,
        lastErrorTitle: errorTitlesOf(n.lastError) ?? null,
        trend: trends.filter((t) => t.peer === n.code).map(({ hour, received, rejected }) => ({ hour, received, rejected })),
      }));
    },
  );

  app.get(
    '/api/v1/federation/ops/counters',
    {
      config: { permission: 'ops:read' },
      schema: {
        tags: ['federation'],
        summary: 'National counters: accounts, synchronised and online dossiers, share of procedures offered online',
        response: {
          200: Type.Object({
            accounts: Type.Number(),
            synchronisedDossiers: Type.Number(),
            onlineDossiers: Type.Number(),
            publishedProcedures: Type.Number(),
            onlineProcedures: Type.Number(),
            onlineProcedureShare: Type.Number({ description: '0–1' }),
            connectedSystems: Type.Number(),
          }),
          401: problem,
          403: problem,
        },
      },
    },
    async () => {
      const [c, nodes] = await Promise.all([nationalCounters(ctx.db, vnToday()), listNodes(ctx.db)]);
      return {
        ...c,
        onlineProcedureShare: c.publishedProcedures ? Math.round((c.onlineProcedures / c.publishedProcedures) * 10_000) / 10_000 : 0,
        connectedSystems: nodes.filter((n) => n.status === 'active').length,
      };
    },
  );
}
