import { cleanUp, DEMO_OFFICER, demoToken, freePort, receptionBody, startServer, tempDataDir } from '../test/reliability/server-process.ts';
import fs from 'node:fs';
const dataDir = tempDataDir('qlog-read');
const server = await startServer({ port: await freePort(), pgPort: await freePort(), dataDir, nodeArgs: ['--import', '/work/main/bench/_qlog.mjs'] });
try {
  const token = await demoToken(server.url, DEMO_OFFICER);
  const headers = { authorization: `Bearer ${token}` };
  const r = await fetch(`${server.url}/api/v1/dossiers`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ ...receptionBody('Mẫu Hồ Sơ', 3), owner: { ...(receptionBody('x',1) as any).owner, idNumber: '038087012345' } }) });
  const { id, code } = await r.json() as any;
  const cit = await (await fetch(`${server.url}/api/v1/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personalId: '038087012345' }) })).json() as any;
  const ch = { authorization: `Bearer ${cit.token}` };
  const paths: [string, Record<string,string>][] = [['/api/v1/auth/me', headers], [`/api/v1/dossiers/${id}`, headers], ['/api/v1/my/dossiers?limit=20', ch], [`/api/v1/dossiers?q=${code}&limit=20`, headers]];
  for (const [p, h] of paths) { await fetch(server.url + p, { headers: h }); await fetch(server.url + p, { headers: h }); }
  const pid = (server as any).child?.pid ?? (server as any).pid;
  for (const [p, h] of paths) {
    fs.appendFileSync('/tmp/prof2/q.log', `=== ${p}\n`);
    process.kill(pid, 'SIGUSR2'); await new Promise((r) => setTimeout(r, 100));
    const s = await fetch(server.url + p, { headers: h }); fs.appendFileSync('/tmp/prof2/q.log', `status ${s.status}\n`);
    await new Promise((r) => setTimeout(r, 100)); process.kill(pid, 'SIGUSR2'); await new Promise((r) => setTimeout(r, 100));
  }
} finally { await cleanUp([server], dataDir); }
