/**
 * The per-IP gate of the signed federation endpoints (public at the HTTP level: the signature is the
 * authentication). A caller whose messages fail to authenticate (authenticate.ts) is counted by IP with
 * @fastify/rate-limit's store; past FEDERATION_UNAUTH_RATE_LIMIT a minute, each of its requests is answered 429
 * (with Retry-After) before anything is read or written. Authenticated messages — applied or refused for a
 * business reason — never count, so a busy connected system is never slowed down by this gate.
 */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import type { Server } from '../../http/types.ts';
import { isUnauthenticated } from './authenticate.ts';

export type FederationGate = <T>(req: FastifyRequest, fn: () => Promise<T>) => Promise<T>;

type Limiter = ReturnType<Server['createRateLimit']>;
/** One counter per server (every federation endpoint of a node shares it). */
const limiters = new WeakMap<object, Limiter>();

export function federationGate(app: Server, config: Pick<Config, 'FEDERATION_UNAUTH_RATE_LIMIT'>): FederationGate {
  let limiter = limiters.get(app.server);
  if (!limiter) {
    limiter = app.createRateLimit({ max: config.FEDERATION_UNAUTH_RATE_LIMIT, timeWindow: 60_000, keyGenerator: (req) => req.ip });
    limiters.set(app.server, limiter);
  }
  const limit = limiter;
  return async (req, fn) => {
    const seen = await limit(req, { increment: false });
    if (!seen.isAllowed && seen.remaining <= 0)
      throw new AppError('rate-limited', { data: { retryAfter: Math.max(1, seen.ttlInSeconds) } });
    try {
      return await fn();
    } catch (err) {
      if (isUnauthenticated(err)) await limit(req);
      throw err;
    }
  };
}
