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

/**
 * Receptions for every agency of the shipped demo that offers a procedure (each the counter of its own system's
 * one-stop officer), all at once: one autocannon per agency with `BENCH_MANY_CONNECTIONS` (2) connections. Throughput
 * is the sum; p99 the worst agency's. An agency whose reception is refused by the probe is left out (counted).
 */
async function manyAgencies(url: string, dbUrl: string) {
  const pool = pgPool(dbUrl, 1);
  const offered = await pool.query<{ code: string; node: string; procedure: string }>(`
    select distinct on (a.code) a.code, a.node_code as node, o.procedure_code as procedure
    from local_procedure_offerings o join agencies a on a.id = o.agency_id
    where o.valid_to is null and a.valid_to is null order by a.code, o.procedure_code`);
  await pool.end();
  const tokens = new Map<string, string>();
  const targets: { agency: string; headers: Record<string, string>; body: string }[] = [];
  let refused = 0;
  for (const o of offered.rows) {
    const officer = `mc.${o.node.toLowerCase()}`;
    if (!tokens.has(officer)) tokens.set(officer, await demoToken(url, officer).catch(() => ''));
    const token = tokens.get(officer)!;
    const body = JSON.stringify({ ...receptionBody('Trần Thị Bình', 2), procedureCode: o.procedure, resolvingAgencyCode: o.code });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const probe = token ? await fetch(`${url}/api/v1/dossiers`, { method: 'POST', headers, body }) : undefined;
    if (probe?.status === 201) targets.push({ agency: o.code, headers, body });
    else refused++;
  }
  const perAgency = Number(process.env.BENCH_MANY_CONNECTIONS ?? 2);
  const runs = await Promise.all(
    targets.map((t) =>
      measure(url, { connections: perAgency, duration: DURATION_S, requests: [{ method: 'POST', path: '/api/v1/dossiers', headers: t.headers, body: t.body }] }),
    ),
  );
  const rps = runs.reduce((a, r) => a + r.rps, 0);
  return {
    what: 'the same reception at the counter of every demo agency that offers a procedure, at once',
    agencies: targets.map((t) => t.agency),
    refusedByProbe: refused,
    connections: targets.length * perAgency,
    dossiersPerSecond: Math.round(rps * 10) / 10,
    p50Worst: Math.max(0, ...runs.map((r) => r.p50)),
    p99Worst: Math.max(0, ...runs.map((r) => r.p99)),
    errors: runs.reduce((a, r) => a + r.errors + r.non2xx, 0),
  };
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

    const many = await manyAgencies(server.url, dbUrl);

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
      manyAgencies: {
        ...many,
        rawInsertsPerDossier: +(baseline.rps / Math.max(many.dossiersPerSecond, 1e-3)).toFixed(2),
        target: { dossiersPerSecond: 1000 },
        meetsTarget: many.dossiersPerSecond >= 1000,
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
