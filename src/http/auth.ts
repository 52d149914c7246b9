/**
 * Authentication and authorization plumbing. Every route must declare `config.permission`; a route without one
 * makes the server refuse to start. The hook resolves the caller from the session cookie or a bearer token and
 * checks the declared permission before the handler runs. A write authenticated by the cookie must come from this
 * node's own pages (cross-origin.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { refuseCrossOrigin } from './cross-origin.ts';
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

function bearerOrCookie(req: FastifyRequest, cookie: string): { token: string; from: 'bearer' | 'cookie' } | undefined {
  const h = req.headers.authorization;
  if (h && /^bearer\s+/i.test(h)) {
    const token = h.replace(/^bearer\s+/i, '').trim();
    return token ? { token, from: 'bearer' } : undefined;
  }
  const c = (req.cookies as Record<string, string | undefined> | undefined)?.[cookie];
  return c ? { token: c, from: 'cookie' } : undefined;
}

/**
 * `trustedOrigins`: the origins (besides the request's own host) whose pages may write with the session cookie
 * (src/http/cross-origin.ts); a cookie-authenticated write from any other page is refused with 403.
 */
export function registerAuth(
  app: FastifyInstance,
  resolve: PrincipalResolver,
  cookie = SESSION_COOKIE,
  trustedOrigins: ReadonlySet<string> = new Set(),
): void {
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
    const auth = bearerOrCookie(req, cookie);
    if (auth) {
      // A browser adds the cookie to a form posted from any page: writes it authenticates must come from ours.
      if (auth.from === 'cookie') refuseCrossOrigin(req, trustedOrigins);
      req.principal = await resolve(auth.token);
      if (req.principal) req.authToken = auth.token;
    }
    // Checked before the body is read, so an unauthorised caller learns nothing from validation errors.
    const perm = req.routeOptions.config?.permission;
    if (!perm || perm === 'public') return;
    if (!req.principal) throw new AppError('unauthenticated');
    if (!hasPermission(req.principal, perm)) throw new AppError('forbidden');
  });
}
