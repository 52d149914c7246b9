/** Prometheus metrics at GET /metrics: HTTP latency histograms, the DB pool, and the process. */
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function registerMetrics(app: FastifyInstance, pool: pg.Pool): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status code',
    labelNames: ['method', 'route', 'code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const poolGauge = (name: string, help: string, read: () => number): void => {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  };
  poolGauge('db_pool_connections_total', 'PostgreSQL pool: open connections', () => pool.totalCount);
  poolGauge('db_pool_connections_idle', 'PostgreSQL pool: idle connections', () => pool.idleCount);
  poolGauge('db_pool_requests_waiting', 'PostgreSQL pool: queued checkouts', () => pool.waitingCount);

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    httpDuration.observe({ method: req.method, route, code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get(
    '/metrics',
    {
      config: { permission: 'public' },
      schema: { tags: ['operations'], summary: 'Prometheus metrics', hide: false },
    },
    async (_req, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
  return registry;
}
