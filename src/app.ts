/**
 * buildApp(deps) returns the Fastify instance with every plugin and feature registered; main.ts only listens.
 * Tests drive it through `inject()`.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import ajvFormats from 'ajv-formats';
import type pg from 'pg';
import { sql } from 'kysely';
import { trustedProxies, type Config } from './config.ts';
import type { Db } from './db/connect.ts';
import { AppError } from './errors.ts';
import { registerAuth, type PrincipalResolver } from './http/auth.ts';
import { trustedOrigins } from './http/cross-origin.ts';
import { DB_RETRY_AFTER_SECONDS } from './http/db-unavailable.ts';
import { registerBoundedJsonParser } from './http/json-depth.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerMetrics } from './http/metrics.ts';
import { registerWeb } from './http/web.ts';
import { frameworkErrorHandler, ProblemSchema, registerProblemHandlers } from './http/problem.ts';
import type { AppContext } from './context.ts';
import { nationalPortFor } from './composition/national-port.ts';
import { withLocalComponentTypes } from './composition/component-types-port.ts';
import { modules } from './modules.ts';
import { openBlobStore } from './platform/storage/create.ts';
import { pgRateLimitStore } from './http/rate-limit-store.ts';
import { checkMasterKey } from './platform/signing/node-secrets.ts';
import { primeNodeIdentity } from './federation/transport/node-identity.ts';
import { clockSettable, createLawClock, type LawClock } from './platform/clock/law-clock.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  pool: pg.Pool;
  /** Overrides the logger (tests pass false). */
  logger?: boolean | object;
  /** Extra token resolvers tried after the modules' own (tests use it to act as a given principal). */
  extraResolvers?: PrincipalResolver[];
  /** The law's clock shared with the node's background jobs (default: a new one, settable per config). */
  clock?: LawClock;
  /** The built web app (default dist/web of this checkout). */
  webDir?: string;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: config.BODY_LIMIT,
    trustProxy: trustedProxies(config),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
      plugins: [ajvFormats as never],
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors: frameworkErrorHandler,
  });

  if (config.TRUST_PROXY.trim().toLowerCase() === 'true')
    app.log.warn('TRUST_PROXY=true now trusts X-Forwarded-For from loopback proxies only; list other proxies by address or CIDR');
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerProblemHandlers(app);
  app.addSchema(ProblemSchema);
  await registerSecurityHeaders(app, config);

  // Bodies the API reads: JSON (depth-bounded), and what a route declares in its own scope (uploads, CSV). No form
  // encodings and no text/plain here: those are what a page of another site can post without asking, so only the
  // stand-ins' HTML forms (their own scopes) take them.
  registerBoundedJsonParser(app);
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: pgRateLimitStore(deps.db), // shared by every process of the node
    errorResponseBuilder: (_req, ctx) => new AppError('rate-limited', { data: { retryAfter: Math.ceil(ctx.ttl / 1000) } }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua API',
        version: '0.1.0',
        description:
          'Hệ thống thông tin giải quyết thủ tục hành chính (một cửa, một cửa liên thông). Errors are application/problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: config.SESSION_COOKIE },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => typeof json.$id === 'string' ? json.$id : `def-${i}` },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true } });

  const blobs = await openBlobStore(config);
  // every process of the node: the same master secret, the one federation key (the first process creates it)
  await checkMasterKey(deps.db, config);
  await primeNodeIdentity(config, deps.db);
  if (config.SIGNING_DISABLED)
    app.log.warn('SIGNING_DISABLED=true: signing is disabled; requests that need a signed document answer 503 signing-disabled');
  const clock = deps.clock ?? createLawClock(clockSettable(config));
  // a local system lays its own component → document-type mappings over the national catalogue (once-only)
  const port = nationalPortFor(config, deps.db, blobs);
  const ctx: AppContext = { config, db: deps.db, nationalPort: config.ROLE === 'national' ? port : withLocalComponentTypes(port, deps.db), blobs, clock };
  const resolvers: PrincipalResolver[] = [];
  for (const m of modules) {
    if (m.role !== 'platform' && config.ROLE !== 'all' && config.ROLE !== m.role) continue;
    if (m.principalResolver) resolvers.push(m.principalResolver(ctx));
  }
  resolvers.push(...(deps.extraResolvers ?? []));
  registerAuth(app, async (token) => {
    for (const r of resolvers) {
      const p = await r(token);
      if (p) return p;
    }
    return undefined;
  }, config.SESSION_COOKIE, trustedOrigins(config));
  registerMetrics(app, deps.pool);

  app.get(
    '/healthz',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Liveness and readiness',
        response: { 200: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] } },
      },
    },
    async () => {
      try {
        await sql`select 1`.execute(deps.db);
      } catch (err) {
        throw new AppError('service-unavailable', { detail: 'Database unreachable', data: { retryAfter: DB_RETRY_AFTER_SECONDS }, cause: err });
      }
      return { status: 'ok' };
    },
  );
  app.get('/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());

  for (const m of modules) {
    if (m.role !== 'platform' && config.ROLE !== 'all' && config.ROLE !== m.role) continue;
    const routes = m.routes;
    if (routes) await app.register(async (scope) => routes(scope.withTypeProvider<TypeBoxTypeProvider>(), ctx));
  }
  await registerWeb(app, { config, ...(deps.webDir ? { dir: deps.webDir } : {}) }); // the web app (dist/web) and its client-side routes, after every API route
  await app.ready();
  return app;
}
