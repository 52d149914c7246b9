/**
 * Intake benchmark (product.md target: ≥ 500 dossiers/s on 2 cores with embedded PostgreSQL, p99 ≤ 50 ms).
 * Starts the real server process (demo mode, fresh data folder, its embedded PostgreSQL) and measures counter
 * receptions — create + accept in one transaction: code from the agency's daily counter, due date, components,
 * fee lines, first action, audit row — with autocannon for a fixed duration, all for ONE agency (the counter row
 * is the hot spot). Baseline in the same run: raw single-row INSERTs into a comparable table through `pg` at the
 * same concurrency. Stops everything it started. Run alone: `node --import tsx bench/intake.ts`.
 */
import { measure, percentile } from './dossier-bare.ts';
import {
  cleanUp,
  DEMO_OFFICER,
  demoToken,
  embeddedDatabaseUrl,
  freePort,
  pgPool,
  receptionBody,
  startServer,
  tempDataDir,
  type ServerProcess,
} from '../test/reliability/server-process.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function rawInserts(url: string): Promise<{ rps: number; rows: number; p50: number; p99: number }> {
  const pool = pgPool(url, CONNECTIONS);
  try {
    await pool.query(`
      drop table if exists bench_raw_intake;
      create table bench_raw_intake (
        id uuid primary key default gen_random_uuid(),
        code text not null unique,
        owner_id_number text not null,
        owner_name text not null,
        state jsonb not null,
        created_at timestamptz not null default now()
      )`);
    const latencies: number[] = [];
    let n = 0;
    const end = performance.now() + DURATION_S * 1000;
    const state = JSON.stringify({ status: 2, receivedAt: new Date().toISOString(), pauses: [] });
    const worker = async (w: number) => {
      for (let i = 0; performance.now() < end; i++) {
        const t0 = performance.now();
        await pool.query(
          'insert into bench_raw_intake (code, owner_id_number, owner_name, state) values ($1, $2, $3, $4)',
          [`RAW-${w}-${i}`, '038087042028', 'Nguyễn Văn An', state],
        );
        latencies.push(performance.now() - t0);
        n++;
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w)));
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    await pool.query('drop table bench_raw_intake');
    return {
      rps: Math.round((n / seconds) * 10) / 10,
      rows: n,
      p50: +percentile(latencies, 50).toFixed(2),
      p99: +percentile(latencies, 99).toFixed(2),
    };
  } finally {
    await pool.end();
  }
}

export async function benchIntake(): Promise<Record<string, unknown>> {
  const dataDir = tempDataDir('bench-intake');
  const servers: ServerProcess[] = [];
  try {
    const pgPort = await freePort();
    const server = await startServer({ port: await freePort(), pgPort, dataDir });
    servers.push(server);
    const token = await demoToken(server.url, DEMO_OFFICER);
    const body = JSON.stringify(receptionBody('Nguyễn Văn An', 2));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    // warm-up: JIT, connection pool, caches
    await measure(server.url, { connections: 2, duration: 2, requests: [{ method: 'POST', path: '/api/v1/dossiers', headers, body }] });
    const dbUrl = embeddedDatabaseUrl(dataDir, pgPort);

    const baseline = await rawInserts(dbUrl);
    const intake = await measure(server.url, {
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [{ method: 'POST', path: '/api/v1/dossiers', headers, body }],
    });

    // sanity: what was acknowledged is in the database, each code once
    const pool = pgPool(dbUrl, 1);
    const check = await pool.query<{ n: string; codes: string }>(
      `select count(*) as n, count(distinct code) as codes from dossiers`,
    );
    await pool.end();

    return {
      benchmark: 'intake',
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      what: 'POST /api/v1/dossiers (counter reception, one agency): code, due date, components, fees, action, audit',
      intake: { dossiersPerSecond: intake.rps, ...intake },
      baselineRawInsert: baseline,
      ratio: {
        rawInsertsPerDossier: +(baseline.rps / Math.max(intake.rps, 1e-3)).toFixed(2),
        p99VsRawInsertP99: +(intake.p99 / Math.max(baseline.p99, 1e-3)).toFixed(1),
      },
      database: { dossiers: Number(check.rows[0]!.n), distinctCodes: Number(check.rows[0]!.codes) },
      target: { dossiersPerSecond: 500, p99Ms: 50 },
      meetsTarget: intake.rps >= 500 && intake.p99 <= 50,
    };
  } finally {
    await cleanUp(servers, dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchIntake(), null, 2));
}
