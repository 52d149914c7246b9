/**
 * The request rate limits (@fastify/rate-limit: officer login per IP and name, tracking, message checks, DVCQG
 * logins…) counted in PostgreSQL (`rate_limit_hits`), so every process of a node counts the same hits: three
 * processes allow what one does. One statement per counted request: the window's row is created, counted, or
 * restarted when it has expired, atomically (INSERT … ON CONFLICT DO UPDATE). Expired rows are swept now and then.
 */
import { sql } from 'kysely';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../db/connect.ts';

/** About one counted request in SWEEP_EVERY sweeps the expired rows (bounded). */
const SWEEP_EVERY = 500;

export function pgRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class PgRateLimitStore implements FastifyRateLimitStore {
    private children = 0;

    constructor(private readonly prefix = '') {}

    incr(key: string, cb: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const k = `${this.prefix}${key}`.slice(0, 500);
      sql<{ hits: number; ttl: number }>`
        insert into rate_limit_hits as r (key, hits, expires_at)
        values (${k}, 1, clock_timestamp() + ${timeWindow} * interval '1 millisecond')
        on conflict (key) do update set
          hits = case when r.expires_at <= clock_timestamp() then 1 else r.hits + 1 end,
          expires_at = case when r.expires_at <= clock_timestamp() then excluded.expires_at else r.expires_at end
        returning hits, greatest(0, ceil(extract(epoch from expires_at - clock_timestamp()) * 1000))::int as ttl`
        .execute(db)
        .then((r) => {
          const row = r.rows[0]!;
          cb(null, { current: row.hits, ttl: row.ttl });
          if (Math.random() * SWEEP_EVERY < 1)
            void sql`delete from rate_limit_hits where key in (select key from rate_limit_hits where expires_at < clock_timestamp() limit 1000)`
              .execute(db)
              .catch(() => undefined);
        })
        .catch((err: unknown) => cb(err as Error));
    }

    /** The window's count without counting (`{ increment: false }`: the federation gate's look before a message). */
    read(key: string, cb: (error: Error | null, result?: { current: number; ttl: number }) => void): void {
      const k = `${this.prefix}${key}`.slice(0, 500);
      sql<{ hits: number; ttl: number }>`
        select hits, greatest(0, ceil(extract(epoch from expires_at - clock_timestamp()) * 1000))::int as ttl
        from rate_limit_hits where key = ${k} and expires_at > clock_timestamp()`
        .execute(db)
        .then((r) => cb(null, { current: r.rows[0]?.hits ?? 0, ttl: r.rows[0]?.ttl ?? 0 }))
        .catch((err: unknown) => cb(err as Error));
    }

    child(options: object): FastifyRateLimitStore {
      // the plugin hands the route's merged limit settings, with the route as `routeInfo` ({} for app.rateLimit())
      const routeInfo = (options as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      const m = routeInfo.method;
      // a route's limit is named by its method and path; a limiter made with app.rateLimit() (no route) by its rank,
      // the same in every process of one version (registration runs in one order)
      const name = routeInfo.url ? `${Array.isArray(m) ? m.join(',') : (m ?? '')}${routeInfo.url}` : `#${++this.children}`;
      return new PgRateLimitStore(`${this.prefix}${name}|`);
    }
  }
  return PgRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
