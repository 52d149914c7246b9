/**
 * Authentication and authorization plumbing. Every route must declare `config.permission`; a route without one
 * makes the server refuse to start. The hook resolves the caller from the session cookie or a bearer token and
 * checks the declared permission before the handler runs.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { hasPermission, permissions, type Permission } from '../platform/identity/policy.ts';
import type { Principal } from '../platform/identity/principal.ts';

/** The session cookie's default name (SESSION_COOKIE in the config: nodes sharing a host name need their own). */
export const SESSION_COOKIE = 'motcua_session';

export type PrincipalResolver = (token: string) => Promise<Principal | undefined>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission this route requires (src/platform/identity/policy.ts). Mandatory. */
    permission?: Permission;
  }
  interface FastifyRequest {
    principal: Principal | undefined;
    /** The raw token that authenticated this request (for logout). */
    authToken: string | undefined;
  }
}

function bearerOrCookie(req: FastifyRequest, cookie: string): string | undefined {
  const h = req.headers.authorization;
  if (h && /^bearer\s+/i.test(h)) return h.replace(/^bearer\s+/i, '').trim() || undefined;
  const c = (req.cookies as Record<string, string | undefined> | undefined)?.[cookie];
  return c || undefined;
}

export function registerAuth(app: FastifyInstance, resolve: PrincipalResolver, cookie = SESSION_COOKIE): void {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('authToken', undefined);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs') || route.url.startsWith('/dev-eid')) return; // third-party plugins, public by nature
    const perm = route.config?.permission;
    if (!perm || !(perm in permissions)) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no known config.permission`);
    }
  });

  app.addHook('onRequest', async (req) => {
    const token = bearerOrCookie(req, cookie);
    if (token) {
      req.principal = await resolve(token);
      if (req.principal) req.authToken = token;
    }
    // Checked before the body is read, so an unauthorised caller learns nothing from validation errors.
    const perm = req.routeOptions.config?.permission;
    if (!perm || perm === 'public') return;
    if (!req.principal) throw new AppError('unauthenticated');
    if (!hasPermission(req.principal, perm)) throw new AppError('forbidden');
  });
}
