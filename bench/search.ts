/**
 * Catalogue search benchmark (product.md targets: p95 ≤ 10 ms through HTTP over 6,400+ procedures; the
 * intended procedure in the top 3 for ≥ 95% of diacritic-less queries). Starts its own PostgreSQL (embedded
 * in a temp folder, or DATABASE_URL's server with a fresh database), migrates, seeds the real procedures plus
 * 6,400 synthetic ones, serves the real app on 127.0.0.1:0, and measures with autocannon against a bare
 * Fastify route as the baseline, and the app's own floor (GET /healthz: the same HTTP stack and one `select 1`,
 * as a search reads the catalogue revision). `inProcess` splits the cost: the in-memory search alone and the
 * revision read alone. Stops everything it started. Run alone: `node --import tsx bench/search.ts`.
 */
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb, ensureDatabase, withDatabase } from '../src/db/connect.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { fold } from '../src/lib/fold.ts';
import { seedCatalogue } from '../src/national/catalogue/seed/seed.ts';
import { seedProcedures } from '../src/national/catalogue/seed/procedures.data.ts';
import { generateSyntheticProcedures, insertSyntheticProcedures } from '../src/national/catalogue/synthetic.ts';
import { currentSearchIndex, prepareQuery, searchProcedures } from '../src/national/catalogue/search.service.ts';
import { searchIndex } from '../src/national/catalogue/search.index.ts';
import { readRevision } from '../src/national/catalogue/search.repository.ts';
import { vnToday } from '../src/national/catalogue/catalogue.service.ts';
import { searchQueries } from './search-queries.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
}

async function measure(url: string, paths: string[]): Promise<Measured> {
  let i = 0;
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  const lat = r.latency;
  return { p50: lat.p50 ?? 0, p95: lat.p97_5 ?? 0, p99: lat.p99 ?? 0, rps: r.requests.average, errors: r.errors, non2xx: r.non2xx };
}

export async function benchSearch(): Promise<Record<string, unknown>> {
  const stops: (() => Promise<void>)[] = [];
  try {
    let serverUrl = process.env.DATABASE_URL ?? '';
    if (!serverUrl) {
      const dir = mkdtempSync(path.join(tmpdir(), 'motcua-bench-search-'));
      chmodSync(dir, 0o755);
      const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(), persistent: false });
      stops.push(async () => {
        await pg.stop();
        rmSync(dir, { recursive: true, force: true });
      });
      serverUrl = pg.url;
    }
    const dbName = `bench_search_${process.pid}`;
    await ensureDatabase(serverUrl, dbName);
    const { db, pool } = createDb(withDatabase(serverUrl, dbName), { max: 10 });
    stops.unshift(async () => {
      await db.destroy();
      if (process.env.DATABASE_URL) {
        const admin = createDb(serverUrl, { max: 1 });
        await admin.pool.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
        await admin.db.destroy();
      }
    });
    await migrateToLatest(db);
    const seeded = await seedCatalogue(db);
    const synthetic = await insertSyntheticProcedures(db, generateSyntheticProcedures(6400, 42));

    // hit rate: the seeded real procedures typed without diacritics, plus hand-written citizen queries
    const cases = [
      ...seedProcedures.map((p) => ({ q: fold(p.name).split(/\s+/).slice(0, 6).join(' '), code: p.code })),
      ...searchQueries,
    ];
    let hits = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const r = await searchProcedures(db, { q: c.q, limit: 3, offset: 0 });
      if (r.items.some((i) => i.code === c.code)) hits++;
      else misses.push(c.q);
    }

    // where the time goes: the in-memory search alone, the revision read alone (sequential, no HTTP)
    const ix = await currentSearchIndex(db);
    const day = vnToday();
    const times: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const c of cases) {
        const t0 = performance.now();
        searchIndex(ix, prepareQuery(c.q), { q: c.q, limit: 10, offset: 0 }, day);
        if (round >= 5) times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    const t1 = performance.now();
    for (let i = 0; i < 200; i++) await readRevision(db);
    const inProcess = {
      searchMeanMs: times.reduce((a, b) => a + b, 0) / times.length,
      searchP99Ms: times[Math.floor(times.length * 0.99)] ?? 0,
      revisionReadMs: (performance.now() - t1) / 200,
    };

    const config = loadConfig({ NODE_ENV: 'production', SIGNING_DISABLED: 'true', LOG_LEVEL: 'silent', DATA_DIR: path.join(tmpdir(), 'motcua-bench-data') });
    const app = await buildApp({ config, db, pool, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    stops.unshift(() => app.close());
    const bare = Fastify({ logger: false });
    bare.get('/bare', async () => ({ items: [], total: 0 }));
    await bare.listen({ host: '127.0.0.1', port: 0 });
    stops.unshift(() => bare.close());
    const addr = (s: { server: { address(): unknown } }) => `http://127.0.0.1:${(s.server.address() as { port: number }).port}`;

    const searchPaths = cases.map((c) => `/api/v1/procedures?q=${encodeURIComponent(c.q)}&limit=10`);
    const baseline = await measure(addr(bare), ['/bare']);
    // the app's own floor: the same HTTP stack and one tiny query (GET /healthz runs `select 1`), as a search
    // does (it reads the catalogue revision)
    const appFloor = await measure(addr(app), ['/healthz']);
    const search = await measure(addr(app), searchPaths);
    return {
      benchmark: 'catalogue-search',
      procedures: { seeded: seeded.procedures, synthetic, total: seeded.procedures + synthetic },
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      note: 'p95 is autocannon p97.5 (autocannon reports p97.5, not p95): a slightly stricter figure',
      baseline,
      appFloor,
      search,
      inProcess,
      ratio: { p50: search.p50 / Math.max(baseline.p50, 1e-3), p99: search.p99 / Math.max(baseline.p99, 1e-3), rps: baseline.rps / Math.max(search.rps, 1e-3) },
      hitRateTop3: { queries: cases.length, hits, rate: hits / cases.length, misses: misses.slice(0, 20) },
    };
  } finally {
    for (const stop of stops) await stop().catch(() => {});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSearch(), null, 2));
}
