/**
 * `npm start`: the demo federation as separate nodes in one process — the national portal (serving
 * the web app) and the local systems of Thanh Hóa (H56), Quảng Ninh (H49) and the Ministry of Justice (G15). Each
 * node has its own database on the ONE embedded PostgreSQL server (DATA_DIR/pg), its own folder for its key, signing
 * keys and files (DATA_DIR/nodes/<code>) and its own port (PORT, PORT+1…); at start the portal registers the local systems (code, address, public key), the
 * local systems sync to the portal and the portal routes online submissions to them.
 */
import type { FastifyInstance } from 'fastify';
import { clockSettable, createLawClock, type LawClock } from '../platform/clock/law-clock.ts';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { createDb, ensureDatabase, withDatabase, type Db } from '../db/connect.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { startFederation } from '../composition/federation.ts';
import { loadNodeIdentity } from '../federation/transport/node-identity.ts';
import type { PollLoop } from '../lib/poll-loop.ts';
import { registerNode } from '../national/registry/registry.service.ts';
import { seedCalendar } from '../platform/calendar/calendar.service.ts';
import { startNotificationDispatcher } from '../platform/notifications/dispatcher.ts';
import { prewarmSandbox } from '../platform/sandbox/pool.ts';
import { startNodeJobs } from '../composition/jobs.ts';
import type { JobRunner } from '../platform/jobs/runner.ts';
import { demoBanner, seedDemo } from './seed.ts';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const DEMO_NODES = [
  { code: 'NATIONAL', role: 'national', name: 'Cổng Dịch vụ công quốc gia' },
  { code: 'H56', role: 'local', name: 'Hệ thống thông tin giải quyết TTHC tỉnh Thanh Hóa' },
  { code: 'H49', role: 'local', name: 'Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ninh' },
  { code: 'G15', role: 'local', name: 'Hệ thống thông tin giải quyết TTHC Bộ Tư pháp' },
] as const;

interface Running {
  code: string;
  url: string;
  db: Db;
  app: FastifyInstance;
  loop: PollLoop | undefined;
  jobs: JobRunner | undefined;
  clock: LawClock;
}

async function main(): Promise<void> {
  const base = loadConfig();
  const server = await startEmbeddedPostgres({
    dir: path.join(base.DATA_DIR, 'pg'),
    port: base.EMBEDDED_PG_PORT,
    settings: base.EMBEDDED_PG_SETTINGS,
  });
  const host = base.HOST === '0.0.0.0' ? 'localhost' : base.HOST;
  const portalUrl = `http://${host}:${base.PORT}`;
  // Citizens log in on every node through the portal's e-ID stand-in: one client per local system (secrets per run).
  const eidClients = DEMO_NODES.slice(1).map((n, i) => ({
    node: n.code,
    clientId: `motcua-${n.code.toLowerCase()}`,
    clientSecret: randomBytes(24).toString('base64url'),
    redirectUri: `http://${host}:${base.PORT + i + 1}/auth/eid/callback`,
    name: n.name,
  }));
  const eidOf = (code: string) => {
    const c = eidClients.find((e) => e.node === code)!;
    return { EID_ISSUER: `${portalUrl}/dev-eid`, EID_CLIENT_ID: c.clientId, EID_CLIENT_SECRET: c.clientSecret };
  };
  const started = await Promise.all(
    DEMO_NODES.map(async (n, i): Promise<Running & { config: Config }> => {
      const name = `motcua_${n.code.toLowerCase()}`;
      await ensureDatabase(server.url, name);
      const port = base.PORT + i;
      const config = loadConfig({
        ...process.env,
        ROLE: n.role,
        NODE_CODE: n.code,
        NODE_NAME: n.name,
        PORT: String(port),
        PUBLIC_URL: `http://${host}:${port}`,
        // a folder of its own per node (key, signing keys, files): nothing reaches another node except over HTTP
        DATA_DIR: path.join(base.DATA_DIR, 'nodes', n.code.toLowerCase()),
        DATABASE_URL: withDatabase(server.url, name),
        DB_POOL_MAX: '4',
        // every node on the same host name: a cookie each, so logging in on one system keeps the others' sessions
        SESSION_COOKIE: `motcua_session_${n.code.toLowerCase()}`,
        ...(n.role === 'local' ? { NATIONAL_URL: portalUrl, NATIONAL_NODE_CODE: 'NATIONAL', ...eidOf(n.code) } : {}),
        ...(n.role === 'national' ? { EID_STANDIN_CLIENTS: JSON.stringify(eidClients.map(({ node: _n, ...c }) => c)) } : {}),
      });
      const { db, pool } = createDb(config.DATABASE_URL, { max: config.DB_POOL_MAX });
      await migrateToLatest(db);
      await seedCalendar(db);
      if (config.DEMO_MODE) await seedDemo(db, () => {}, n.role);
      const clock = createLawClock(clockSettable(config)); // each node's own law clock (routes and jobs)
      const app = await buildApp({ config, db, pool, clock });
      return { code: n.code, url: config.PUBLIC_URL, db, app, loop: undefined, jobs: undefined, config, clock };
    }),
  );
  const portal = started[0]!;
  for (const n of started.slice(1)) {
    await registerNode(portal.db, { code: n.code, name: DEMO_NODES.find((d) => d.code === n.code)!.name, baseUrl: n.url, publicKey: loadNodeIdentity(n.config).publicKeyPem });
  }
  for (const n of started) {
    await n.app.listen({ host: n.config.HOST, port: n.config.PORT });
    n.loop = startFederation(n.db, n.config, n.app.log);
    // each node's periodic jobs (maintenance; a local system's daily close of unanswered supplement requests)
    n.jobs = startNodeJobs(n.db, n.config, n.app.log, { runner: `${n.code}:${process.pid}`, clock: n.clock });
  }
  // Each node sends its own messages (the portal: the one-time codes of counter consents; a ministry or province: the
  // notices of its dossiers), each into its own development mailbox (/dev-mail on that node).
  const dispatchers = await Promise.all(started.map((n) => startNotificationDispatcher(n.db, n.config, n.app.log)));
  void prewarmSandbox(portal.config.DOCUMENT_WORK_HEAP_MB); // the nodes share this process, hence its document workers

  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    for (const d of dispatchers) await d.stop();
    for (const n of started) {
      await n.app.close();
      await n.jobs?.stop();
      await n.loop?.stop();
      await n.db.destroy();
    }
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());

  const nodes = started.slice(1).map((n) => ({ code: n.code, url: n.url }));
  if (portal.config.DEMO_MODE) process.stdout.write(`${demoBanner(portal.url, nodes, portal.clock.settable)}\n`);
  process.stdout.write(
    [
      '',
      '  Demo federation (separate nodes, one database each on the embedded PostgreSQL; citizens log in on any of them',
      '  through the e-ID stand-in on the portal, officers on their own system):',
      ...started.map((n) => `    ${n.code.padEnd(9)} ${n.url}   ${DEMO_NODES.find((d) => d.code === n.code)!.name}`),
      '  One process with every role on one database: npm start -- --all-in-one',
      '',
    ].join('\n') + '\n',
  );
}

await main();
