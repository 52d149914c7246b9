/**
 * Whole-dossier read benchmark (product.md targets at 1M dossiers: one dossier with 20 components and a full
 * history p95 ≤ 20 ms; a citizen's list of 1,000 dossiers, first page p95 ≤ 50 ms). Starts the real server process
 * (demo mode, embedded PostgreSQL), bulk-generates N dossiers in SQL (default 1,000,000; `--n 200000` or
 * BENCH_READ_N to reduce; generation stops at BENCH_GEN_BUDGET seconds, default 180, and the N reached is
 * reported), then measures with autocannon: random dossiers, the big dossier, the citizen's first page as an officer
 * finds it (`?q=` personal ID) and as the citizen sees it ("Hồ sơ của tôi", `/api/v1/my/dossiers`), and a
 * bare Fastify process answering the big dossier's JSON as the baseline. autocannon reports p97.5, not p95: the
 * figures given are the stricter p97.5. Run alone: `node --import tsx bench/dossier-read.ts [--n N]`.
 */
import { addFullHistory, generateDossiers } from './dossier-generate.ts';
import { measure, startBare, type Bare } from './dossier-bare.ts';
import { compareQueries } from './dossier-read-sql.ts';
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

function requestedN(): number {
  const i = process.argv.indexOf('--n');
  const v = i >= 0 ? process.argv[i + 1] : process.env.BENCH_READ_N;
  const n = Number(v ?? 1_000_000);
  if (!Number.isInteger(n) || n < 1000) throw new Error('--n must be an integer ≥ 1000');
  return n;
}

export async function benchDossierRead(): Promise<Record<string, unknown>> {
  const dataDir = tempDataDir('bench-read');
  const servers: ServerProcess[] = [];
  let bare: Bare | undefined;
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
    let generated;
    let ids: string[];
    let queries: Record<string, unknown>;
    try {
      await addFullHistory(pool, big.id);
      generated = await generateDossiers(pool, {
        templateId: template.id,
        n: requestedN(),
        budgetSeconds: Number(process.env.BENCH_GEN_BUDGET ?? 180),
        citizenId: CITIZEN,
        onProgress: (done) => process.stderr.write(`  generated ${done}\n`),
      });
      ids = (await pool.query<{ id: string }>('select id from dossiers tablesample system (1) limit 5000')).rows.map((r) => r.id);
      // the citizen who owns 1,000 of them, as a portal account ("Hồ sơ của tôi": GET /api/v1/my/dossiers)
      await pool.query(
        `insert into accounts (kind, personal_id, name, loa) values ('citizen', $1, 'Công dân đo tải', 2)
         on conflict (personal_id) where kind = 'citizen' do nothing`,
        [CITIZEN],
      );
      const accountId = (await pool.query<{ id: string }>(`select id from accounts where kind = 'citizen' and personal_id = $1`, [CITIZEN])).rows[0]!.id;
      process.stderr.write('  comparing the query shapes\n');
      queries = await compareQueries(pool, { ids, citizenId: CITIZEN, accountId, rounds: Number(process.env.BENCH_SQL_ROUNDS ?? 300) });

    } finally {
      await pool.end();
    }

    const bigPath = `/api/v1/dossiers/${big.id}`;
    const bigRes = await fetch(`${server.url}${bigPath}`, { headers });
    const bigJson = (await bigRes.json()) as { components: unknown[]; history: unknown[] };
    const listPath = `/api/v1/dossiers?q=${CITIZEN}&limit=20`;
    const list = (await (await fetch(`${server.url}${listPath}`, { headers })).json()) as { total: number; items: unknown[] };
    const citizenHeaders = { authorization: `Bearer ${await citizenToken(server.url)}` };
    const myPath = '/api/v1/my/dossiers?limit=20';
    const my = (await (await fetch(`${server.url}${myPath}`, { headers: citizenHeaders })).json()) as Record<string, unknown> & { items: unknown[] };
    bare = await startBare(JSON.stringify(bigJson));

    let i = 0;
    const random = [{ setupRequest: (req: { path: string }) => ({ ...req, headers, path: `/api/v1/dossiers/${ids[i++ % ids.length]!}` }) }];
    await measure(server.url, { connections: 2, duration: 2, requests: random }); // warm-up
    const baseline = await measure(bare.url, { connections: CONNECTIONS, duration: DURATION_S, requests: [{ path: '/x' }] });
    const randomRead = await measure(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests: random });
    const bigRead = await measure(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests: [{ path: bigPath, headers }] });
    const citizenList = await measure(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests: [{ path: listPath, headers }] });
    const myList = await measure(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests: [{ path: myPath, headers: citizenHeaders }] });
    const ratio = (m: { p97_5: number; rps: number }) => ({
      p97_5VsBare: +(m.p97_5 / Math.max(baseline.p97_5, 1)).toFixed(1),
      bareRpsPerRps: +(baseline.rps / Math.max(m.rps, 1e-3)).toFixed(1),
    });
    return {
      benchmark: 'dossier-read',
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      data: { ...generated, totalDossiers: generated.inserted + 2, componentsPerDossier: 3, actionsPerDossier: 2 },
      bigDossier: { components: bigJson.components.length, actions: bigJson.history.length },
      citizenListTotal: list.total,
      citizenListFirstPage: list.items.length,
      myDossiersTotal: { total: my.total, totalCapped: my.totalCapped ?? null, firstPage: my.items.length },
      note: 'p97_5 is autocannon p97.5 (it reports no p95): a slightly stricter figure than the p95 target',
      baselineBareRoute: baseline,
      randomRead: { ...randomRead, ratio: ratio(randomRead) },
      bigDossierRead: { ...bigRead, ratio: ratio(bigRead) },
      citizenListFirstPage20: { ...citizenList, ratio: ratio(citizenList) },
      /** The citizen's own first page ("Hồ sơ của tôi"), logged in as that citizen. */
      myDossiersFirstPage20: { ...myList, ratio: ratio(myList) },
      /** Old statement shapes against the new, on the same data in this run (ms, sequential, no HTTP). */
      queries,
      target: { bigDossierP95Ms: 20, citizenListP95Ms: 20, myDossiersP95Ms: 20, atDossiers: 1_000_000 },
    };
  } finally {
    await bare?.stop();
    await cleanUp(servers, dataDir);
  }
}

async function citizenToken(url: string): Promise<string> {
  const r = await fetch(`${url}/api/v1/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personalId: CITIZEN }),
  });
  if (!r.ok) throw new Error(`demo-login citizen: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { token: string }).token;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDossierRead(), null, 2));
}
