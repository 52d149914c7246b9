// temporary profiling script (not committed)
import { generateDossiers, typicalCitizen } from './dossier-generate.ts';
import { timed } from './dossier-read-http.ts';
import { cleanUp, DEMO_OFFICER, demoToken, embeddedDatabaseUrl, freePort, pgPool, receptionBody, startServer, tempDataDir } from '../test/reliability/server-process.ts';
const dataDir = tempDataDir('prof-read');
const pgPort = await freePort();
const prof = process.env.PROF === '1';
const server = await startServer({ port: await freePort(), pgPort, dataDir, nodeArgs: prof ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'] : [] });
try {
  const token = await demoToken(server.url, DEMO_OFFICER);
  const headers = { authorization: `Bearer ${token}` };
  const post = async (body: unknown) => {
    const r = await fetch(`${server.url}/api/v1/dossiers`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await r.json()) as { id: string };
  };
  const template = await post(receptionBody('Mẫu Hồ Sơ', 3));
  const pool = pgPool(embeddedDatabaseUrl(dataDir, pgPort), 2);
  const acc = (await pool.query(`insert into accounts (kind, personal_id, name, loa) values ('citizen', '001099012345', 'X', 2) returning id`)).rows[0].id;
  await generateDossiers(pool, { templateId: template.id, n: 20000, budgetSeconds: 300, citizenId: '001099012345', accountId: acc });
  const ids = (await pool.query<{ id: string }>('select id from dossiers limit 2000')).rows.map((r) => r.id);
  await pool.end();
  let i = 0;
  const route = process.env.ROUTE ?? 'whole';
  const reqs = route === 'me' ? [{ path: '/api/v1/auth/me', headers }] : [{ setupRequest: (req: any) => ({ ...req, path: `/api/v1/dossiers/${ids[i++ % ids.length]}`, headers }) }];
  await timed(server.url, { connections: 2, duration: 3, requests: reqs as any });
  console.error('MARK start', Date.now());
  const r = await timed(server.url, { connections: 10, duration: Number(process.env.D ?? 10), requests: reqs as any });
  console.error('MARK end', Date.now());
  console.log(route, JSON.stringify(r));
} finally {
  await cleanUp([server], dataDir);
}
