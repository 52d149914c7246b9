/**
 * Security headers on every answer (pages, API, files, errors, the e-ID stand-in's own responses), production
 * included, through @fastify/helmet (it writes them on the raw response in onRequest, so even a hijacked reply
 * carries them):
 *  - Content-Security-Policy: scripts only from this origin (the Vite build has no inline script); styles from this
 *    origin and inline (Mantine writes its CSS variables in a <style> element and style props as attributes, the
 *    stand-ins' pages and Swagger UI have inline styles); no plugins; forms post to this origin; never framed;
 *  - X-Frame-Options DENY (older browsers), X-Content-Type-Options nosniff, Referrer-Policy
 *    strict-origin-when-cross-origin (`no-referrer` would make browsers send `Origin: null` on same-origin form
 *    posts), Cross-Origin-Opener-Policy / -Resource-Policy same-origin;
 *  - Strict-Transport-Security only when served over TLS: PUBLIC_URL is https, or the request came over https
 *    (X-Forwarded-Proto counts when TRUST_PROXY).
 * A route may widen one thing with the `helmet` route option built by `helmetRoute` (a file shown in the app's
 * own <iframe>; the e-ID login page, whose form ends at the relying party's callback).
 */
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

type Directives = Record<string, string[]>;

const BASE_DIRECTIVES: Readonly<Directives> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** The policy of every answer, with some directives replaced. */
export function cspDirectives(over: Directives = {}): Directives {
  return { ...BASE_DIRECTIVES, ...over };
}

type RouteHelmet = Omit<FastifyHelmetOptions, 'global'>;

/** The `helmet` option of a route whose policy differs: CSP directives replaced, and framing by this origin allowed. */
export function helmetRoute(opts: { directives?: Directives; frameableBySelf?: boolean }): RouteHelmet {
  const directives = cspDirectives({
    ...(opts.frameableBySelf ? { 'frame-ancestors': ["'self'"] } : {}),
    ...opts.directives,
  });
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    ...(opts.frameableBySelf ? { xFrameOptions: { action: 'sameorigin' as const } } : {}),
  };
}

export async function registerSecurityHeaders(app: FastifyInstance, config: Pick<Config, 'PUBLIC_URL'>): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives() },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: false, // below: only over TLS
  });
  const alwaysTls = config.PUBLIC_URL.startsWith('https://');
  app.addHook('onRequest', async (req, reply) => {
    if (alwaysTls || req.protocol === 'https') reply.raw.setHeader('strict-transport-security', HSTS_VALUE);
  });
}
