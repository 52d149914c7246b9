/**
 * Cross-site request forgery: a browser sends the session cookie with a form posted from any page, including a
 * page on another port of the same host (same-site, not same-origin). A write (POST, PUT, PATCH, DELETE) that
 * the session cookie authenticates must come from this node's own pages: `Sec-Fetch-Site` must say
 * `same-origin` (or `none`, typed by the user), and without it `Origin` must be this node's origin or one of
 * TRUSTED_ORIGINS. A request carrying neither header is not from a browser and passes (the cookie was not sent
 * by a page). Bearer-token callers are not concerned: no page can make a browser add that header.
 * Same algorithm as Go's net/http CrossOriginProtection.
 */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `scheme://host[:port]` of a URL, lowercased; undefined for anything that is not an http(s) URL. */
export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** The origins whose pages may write with the session cookie: PUBLIC_URL's and TRUSTED_ORIGINS (comma-separated). */
export function trustedOrigins(config: Pick<Config, 'PUBLIC_URL' | 'TRUSTED_ORIGINS'>): Set<string> {
  const out = new Set<string>();
  for (const v of [config.PUBLIC_URL, ...config.TRUSTED_ORIGINS.split(',')]) {
    const o = originOf(v.trim());
    if (o) out.add(o);
  }
  return out;
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v)?.trim().toLowerCase() || undefined;
}

/**
 * Why this write must be refused as cross-origin, or undefined when it may proceed. `trusted` holds this node's
 * public origin and the configured allow-list; the request's own Host counts as same-origin too.
 */
export function crossOriginReason(req: FastifyRequest, trusted: ReadonlySet<string>): string | undefined {
  if (SAFE_METHODS.has(req.method)) return undefined;
  const origin = header(req, 'origin');
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined) {
    if (site === 'same-origin' || site === 'none') return undefined;
    if (origin && trusted.has(origin)) return undefined;
    return `Sec-Fetch-Site: ${site}`;
  }
  if (origin === undefined) return undefined;
  if (trusted.has(origin)) return undefined;
  const host = header(req, 'host');
  if (host && originOf(origin)?.replace(/^https?:\/\//, '') === host) return undefined;
  return `Origin: ${origin}`;
}

/** Throws 403 `cross-origin-refused` for a cookie-authenticated write sent by another site's page. */
export function refuseCrossOrigin(req: FastifyRequest, trusted: ReadonlySet<string>): void {
  const reason = crossOriginReason(req, trusted);
  if (!reason) return;
  req.log.warn({ method: req.method, url: req.url, reason }, 'cookie-authenticated write from another origin refused');
  throw new AppError('cross-origin-refused', { detail: `A write with the session cookie must come from this system's own pages (${reason})` });
}
