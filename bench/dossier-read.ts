/**
 * Read benchmark (issue 16.2: p95 ≤ 20 ms at 10 connections with 1M dossiers, a whole dossier and a citizen's first
 * page). Starts the real server process (demo mode, embedded PostgreSQL), bulk-generates N dossiers in set-based SQL
 * (dossier-generate.ts; default 1,000,000, `--n 200000` or BENCH_READ_N to reduce, at most 10,000,000; generation
 * stops at BENCH_GEN_BUDGET seconds, default 900, and the N reached is reported), reports the plans of the routes'
 * statements (EXPLAIN ANALYZE BUFFERS, dossier-read-plans.ts), then measures over HTTP at 10 connections with
 * exact p50 / p95 / p99 (dossier-read-http.ts), each against a same-run baseline on the same server — the bare
 * authenticated route GET /api/v1/auth/me (session lookup, no dossier read):
 * - a whole dossier by id (random ids), and the one with 20 components and 31 actions;
 * - "Hồ sơ của tôi" first page (GET /api/v1/my/dossiers?limit=20) of random typical citizens (~5–50 dossiers each),
 *   and of the citizen with 1,000;
 * - an officer's search by code (random codes) and by personal ID (random typical citizens, and the one with 1,000).
 * Run alone: `node --import tsx bench/dossier-read.ts [--n N]`, or `npm run bench -- dossier-read [--n N]`.
 */
import os from 'node:os';
import { addFullHistory, generateDossiers, typicalCitizen, type Generated } from './dossier-generate.ts';
import { compareQueries } from './dossier-read-sql.ts';
import { ratios, timed } from './dossier-read-http.ts';
import { readPlans } from './dossier-read-plans.ts';
import type { CannonRequest } from './dossier-bare.ts';
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
const CONNECTIONS = 10;
const CITIZEN = '001099012345';
/** Typical citizens given a portal account and a session, for "Hồ sơ của tôi". */
const TYPICAL_LOGINS = 50;

function requestedN(): number {
  const i = process.argv.indexOf('--n');
  const v = i >= 0 ? process.argv[i + 1] : process.env.BENCH_READ_N;
  const n = Number(v ?? 1_000_000);
  if (!Number.isInteger(n) || n < 1000 || n > 10_000_000) throw new Error('--n must be an integer from 1000 to 10000000');
  return n;
}

/** A request list that walks `paths` in turn (each connection takes the next), with `headers` (or the path's own). */
function rotating(paths: string[], headers: (i: number) => Record<string, string>): CannonRequest[] {
  let i = 0;
  return [
    {
      setupRequest: (req) => {
        const k = i++;
        return { ...req, path: paths[k % paths.length]!, headers: headers(k % paths.length) };
      },
    },
  ];
}

export async function benchDossierRead(): Promise<Record<string, unknown>> {
  const dataDir = tempDataDir('bench-read');
  const servers: ServerProcess[] = [];
  try {
    const pgPort = await freePort();
    const server = await startServer({ port: await freePort(), pgPort, dataDir });
    servers.push(server);
    const token = await demoToken(server.url, DEMO_OFFICER);
    const headers = { authorization: `Bearer ${token}` };
    const post = async (body: unknown) => {
      const r = await fetch(`${server.url}/api/v1/dossiers`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (r.status !== 201) throw new Error(`reception answered ${r.status}: ${await r.text()}`);
      return (await r.json()) as { id: string };
    };
    const template = await post(receptionBody('Mẫu Hồ Sơ', 3));
    const big = await post(receptionBody('Hồ Sơ Đầy Đủ', 20));

    const pool = pgPool(embeddedDatabaseUrl(dataDir, pgPort), 2);
    let generated: Generated;
    let sample: { ids: string[]; codes: string[]; citizens: string[] };
    let plans: Record<string, unknown>;
    let queries: Record<string, unknown>;
    try {
      // the citizen who owns 1,000 of them, as a portal account ("Hồ sơ của tôi"); half of those submitted from it
      const account = async (personalId: string, name: string) => {
        await pool.query(
          `insert into accounts (kind, personal_id, name, loa) values ('citizen', $1, $2, 2)
           on conflict (personal_id) where kind = 'citizen' do nothing`,
          [personalId, name],
        );
        return (await pool.query<{ id: string }>(`select id from accounts where kind = 'citizen' and personal_id = $1`, [personalId])).rows[0]!.id;
      };
      const accountId = await account(CITIZEN, 'Công dân đo tải');
      await addFullHistory(pool, big.id);
      const n = requestedN();
      generated = await generateDossiers(pool, {
        templateId: template.id,
        n,
        budgetSeconds: Number(process.env.BENCH_GEN_BUDGET ?? 900),
        citizenId: CITIZEN,
        accountId,
        onProgress: (done, s) => process.stderr.write(`  generated ${done} in ${s} s\n`),
      });
      const rows = (await pool.query<{ id: string; code: string | null }>('select id, code from dossiers tablesample system (1) limit 5000')).rows;
      const citizens = Array.from({ length: 500 }, (_, i) => typicalCitizen(Math.floor(((i * 7919) % 1000) / 1000 * generated.citizens)));
      sample = { ids: rows.map((r) => r.id), codes: rows.flatMap((r) => (r.code ? [r.code] : [])), citizens };
      for (let i = 0; i < TYPICAL_LOGINS; i++) await account(citizens[i]!, `Công dân ${i}`);
      const agencyIds = (await pool.query<{ id: string }>(`select id from agencies where valid_to is null and node_code = 'H56'`)).rows.map((r) => r.id);
      process.stderr.write('  explaining the routes\' statements\n');
      plans = await readPlans(pool, {
        dossierId: sample.ids[0]!,
        code: sample.codes[0]!,
        agencyIds,
        typicalCitizen: citizens[0]!,
        heavyCitizen: CITIZEN,
        heavyAccountId: accountId,
        typicalAccountId: await account(citizens[0]!, 'Công dân 0'),
      });
      process.stderr.write('  comparing the query shapes\n');
      queries = await compareQueries(pool, { ids: sample.ids, citizenId: CITIZEN, accountId, rounds: Number(process.env.BENCH_SQL_ROUNDS ?? 100) });
    } finally {
      await pool.end();
    }

    const bigPath = `/api/v1/dossiers/${big.id}`;
    const bigJson = (await (await fetch(`${server.url}${bigPath}`, { headers })).json()) as { components: unknown[]; history: unknown[] };
    const heavyHeaders = { authorization: `Bearer ${await citizenToken(server.url, CITIZEN)}` };
    const typicalHeaders: Record<string, string>[] = [];
    for (let i = 0; i < TYPICAL_LOGINS; i++) typicalHeaders.push({ authorization: `Bearer ${await citizenToken(server.url, sample.citizens[i]!)}` });
    const my = async (h: Record<string, string>) =>
      (await (await fetch(`${server.url}/api/v1/my/dossiers?limit=20`, { headers: h })).json()) as { total: number; totalCapped?: boolean; items: unknown[] };
    const search = async (q: string) =>
      (await (await fetch(`${server.url}/api/v1/dossiers?q=${q}&limit=20`, { headers })).json()) as { total: number; items: unknown[] };
    const checks = {
      bigDossier: { components: bigJson.components.length, actions: bigJson.history.length },
      myDossiersHeavy: await my(heavyHeaders).then((r) => ({ total: r.total, totalCapped: r.totalCapped, firstPage: r.items.length })),
      myDossiersTypical: await my(typicalHeaders[0]!).then((r) => ({ total: r.total, firstPage: r.items.length })),
      searchHeavy: await search(CITIZEN).then((r) => ({ total: r.total, firstPage: r.items.length })),
      searchTypical: await search(sample.citizens[0]!).then((r) => ({ total: r.total, firstPage: r.items.length })),
      searchCode: await search(sample.codes[0]!).then((r) => ({ total: r.total, firstPage: r.items.length })),
    };

    const officer = () => headers;
    const run = (requests: CannonRequest[]) => timed(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests });
    const byId = rotating(sample.ids.map((id) => `/api/v1/dossiers/${id}`), officer);
    await timed(server.url, { connections: 2, duration: 2, requests: byId }); // warm-up
    // each route right after its own baseline (the shared machine's load swings within a run): ratios to the adjacent one
    const me = [{ path: '/api/v1/auth/me', headers }];
    const routes: Record<string, CannonRequest[]> = {
      wholeDossierRandom: byId,
      wholeDossierBig: [{ path: bigPath, headers }],
      myDossiersTypical: rotating(typicalHeaders.map(() => '/api/v1/my/dossiers?limit=20'), (i) => typicalHeaders[i]!),
      myDossiersHeavy: [{ path: '/api/v1/my/dossiers?limit=20', headers: heavyHeaders }],
      officerSearchByCode: rotating(sample.codes.map((c) => `/api/v1/dossiers?q=${c}&limit=20`), officer),
      officerSearchByPersonalIdTypical: rotating(sample.citizens.map((c) => `/api/v1/dossiers?q=${c}&limit=20`), officer),
      officerSearchByPersonalIdHeavy: [{ path: `/api/v1/dossiers?q=${CITIZEN}&limit=20`, headers }],
    };
    const measured: Record<string, unknown> = {};
    for (const [name, requests] of Object.entries(routes)) {
      const loadBefore = os.loadavg()[0]!;
      const baseline = await timed(server.url, { connections: CONNECTIONS, duration: Math.max(2, Math.round(DURATION_S / 2)), requests: me });
      const route = await run(requests);
      measured[name] = { ...route, overBaseline: ratios(route, baseline), baselineAuthMe: baseline, loadAverage1m: [loadBefore, os.loadavg()[0]!] };
    }
    return {
      benchmark: 'dossier-read',
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      data: { ...generated, totalDossiers: generated.inserted + 2 },
      checks,
      /** Each route, with GET /api/v1/auth/me (same server, same kind of token, no dossier read) measured just before it. */
      routes: measured,
      plans,
      /** Old statement shapes against the new, on the same data in this run (ms, sequential, no HTTP). */
      queries,
      target: { p95Ms: 20, connections: 10, atDossiers: 1_000_000 },
    };
  } finally {
    await cleanUp(servers, dataDir);
  }
}

async function citizenToken(url: string, personalId: string): Promise<string> {
  const r = await fetch(`${url}/api/v1/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personalId }),
  });
  if (!r.ok) throw new Error(`demo-login citizen: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { token: string }).token;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDossierRead(), null, 2));
}
