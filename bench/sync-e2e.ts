/**
 * End-to-end sync benchmark with two REAL nodes, each its own server process and its own embedded PostgreSQL:
 * a local system (ROLE=local, H56, demo data, its own sync sender as in production) and the national portal
 * (ROLE=national). Nothing of the sync path runs in this process.
 * 1. Lag under load: BENCH_E2E_RATE dossier actions per second (counter receptions, POST /api/v1/dossiers on the
 *    local node) for BENCH_E2E_SECONDS. Lag = time the portal applied the event (national_dossiers.applied_at) −
 *    time of the local action (the event's changedAt, stamped in the action's transaction), p50/p95/max; also from
 *    the moment the local node's HTTP answer reached us (after the commit), a lower bound.
 *    Baseline in the same run: the sender's idle poll interval (SYNC_POLL_MS), the floor of the lag when idle.
 * 2. Catch-up: the portal is stopped; a backlog of B events (5 per dossier; `--backlog N` or BENCH_E2E_BACKLOG,
 *    default 100,000) is written into the local node's outbox with bulk SQL, each a copy of a real event the
 *    action path wrote in phase 1 (new dossier id, seq, code and time); the portal is started again and we wait
 *    until the local node has every event acknowledged (checked once a second). Reported: seconds from the portal
 *    start command and from its first healthy answer with events/s, and the drain rate from the first
 *    acknowledgement (the wait before it is the sender's back-off). The local sender's back-off is capped at BENCH_E2E_RETRY_MAX_MS
 *    (default 5 s, production default 5 min) so the wait after the outage does not dominate.
 * Run alone: `node --import tsx bench/sync-e2e.ts [--backlog 1000000]`; in the suite: `npm run bench -- sync-e2e`.
 */
import { loadConfig } from '../src/config.ts';
import { loadNodeIdentity } from '../src/federation/transport/node-identity.ts';
import {
  cleanUp,
  DEMO_OFFICER,
  demoToken,
  embeddedDatabaseUrl,
  freePort,
  pgPool,
  receptionBody,
  sleep,
  startServer,
  stopServer,
  tempDataDir,
  type ServerProcess,
} from '../test/reliability/server-process.ts';

function argNumber(flag: string, env: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  const v = i >= 0 ? process.argv[i + 1] : process.env[env];
  const n = Number(v ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} / ${env}: a positive integer`);
  return n;
}

const RATE = argNumber('--rate', 'BENCH_E2E_RATE', 20);
const SECONDS = argNumber('--seconds', 'BENCH_E2E_SECONDS', 30);
const BACKLOG = argNumber('--backlog', 'BENCH_E2E_BACKLOG', 100_000);
const RETRY_MAX_MS = argNumber('--retry-max-ms', 'BENCH_E2E_RETRY_MAX_MS', 5000);
const PER_DOSSIER = 5;
/** Events per bulk INSERT statement (one transaction each). */
const CHUNK_EVENTS = 50_000;
/** Requests in flight at most: beyond this the generator is behind and says so. */
const MAX_IN_FLIGHT = 64;

type Pool = ReturnType<typeof pgPool>;

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : NaN);
function summary(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50ms: Math.round(pct(s, 0.5)), p95ms: Math.round(pct(s, 0.95)), maxMs: Math.round(s[s.length - 1] ?? NaN) };
}

/** Open-loop load: RATE receptions per second for SECONDS; returns each created dossier's id and answer time. */
async function generateLoad(url: string, token: string): Promise<{ answered: Map<string, number>; errors: number; skipped: number; p95ResponseMs: number }> {
  const answered = new Map<string, number>();
  const responseMs: number[] = [];
  let errors = 0;
  let skipped = 0;
  let inFlight = 0;
  let sent = 0;
  const pending = new Set<Promise<void>>();
  const one = async (i: number) => {
    inFlight++;
    const t0 = Date.now();
    try {
      const r = await fetch(`${url}/api/v1/dossiers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(receptionBody(`Người thử tải ${i}`)),
      });
      const at = Date.now();
      if (r.status !== 201) errors++;
      else answered.set(((await r.json()) as { id: string }).id, at);
      responseMs.push(at - t0);
    } catch {
      errors++;
    } finally {
      inFlight--;
    }
  };
  const start = Date.now();
  while (Date.now() - start < SECONDS * 1000) {
    const due = Math.floor(((Date.now() - start) / 1000) * RATE) - sent - skipped;
    for (let k = 0; k < due; k++) {
      if (inFlight >= MAX_IN_FLIGHT) {
        skipped++;
        continue;
      }
      const p = one(sent++);
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }
    await sleep(10);
  }
  await Promise.all(pending);
  return { answered, errors, skipped, p95ResponseMs: summary(responseMs).p95ms };
}

/**
 * Watches the local node's unacknowledged events once a second until none is left (bounded): when the first was
 * acknowledged and when the last, in seconds from `t0`.
 */
async function watchCatchUp(local: Pool, t0: number, total: number, timeoutMs: number): Promise<{ firstAckSeconds: number; doneSeconds: number; drained: boolean }> {
  const deadline = Date.now() + timeoutMs;
  let first = NaN;
  while (Date.now() < deadline) {
    const left = ((await local.query(`select coalesce(sum(last_seq - acked_seq), 0)::int n from sync_streams where last_seq > acked_seq`)).rows[0] as { n: number }).n;
    const at = (performance.now() - t0) / 1000;
    if (left < total && Number.isNaN(first)) first = at;
    if (left === 0) return { firstAckSeconds: first, doneSeconds: at, drained: true };
    await sleep(1000);
  }
  return { firstAckSeconds: first, doneSeconds: (performance.now() - t0) / 1000, drained: false };
}

/** Waits until the local node has no unacknowledged event (bounded); returns whether it got there. */
async function drained(local: Pool, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const r = await local.query(`select count(*)::int n from sync_streams where last_seq > acked_seq`);
    if ((r.rows[0] as { n: number }).n === 0) return true;
    await sleep(250);
  }
  return false;
}

/**
 * B events copied from `template` (a real outbox event): B/5 new dossiers with seq 1..5, their own id, code and
 * time; streams due now. Bulk SQL in chunks of CHUNK_EVENTS.
 */
async function writeBacklog(local: Pool, template: Record<string, unknown>, events: number): Promise<number> {
  const dossiers = Math.ceil(events / PER_DOSSIER);
  const perChunk = CHUNK_EVENTS / PER_DOSSIER;
  const t0 = performance.now();
  for (let from = 0; from < dossiers; from += perChunk) {
    const n = Math.min(perChunk, dossiers - from);
    await local.query(
      `with d as (select gen_random_uuid() as id, '000.00.06.H56-991231-' || lpad(g::text, 7, '0') as code from generate_series($2::int + 1, $2::int + $3::int) g),
       o as (
         insert into sync_outbox (dossier_id, seq, event)
         select d.id, s.seq,
           jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set($1::jsonb,
             '{dossierId}', to_jsonb(d.id::text)), '{seq}', to_jsonb(s.seq)),
             '{changedAt}', to_jsonb(to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
             '{DongBoHoSoMC,MaHoSo}', to_jsonb(d.code)), '{CapNhatTienDoHoSoMC,0,MaHoSo}', to_jsonb(d.code))
         from d cross join generate_series(1, $4::int) s(seq)
         returning dossier_id)
       insert into sync_streams (dossier_id, last_seq) select distinct dossier_id, $4::int from o`,
      [JSON.stringify(template), from, n, PER_DOSSIER],
    );
  }
  return (performance.now() - t0) / 1000;
}

export async function benchSyncE2e(): Promise<Record<string, unknown>> {
  const portalDir = tempDataDir('bench-e2e-portal');
  const localDir = tempDataDir('bench-e2e-local');
  const servers: ServerProcess[] = [];
  const pools: Pool[] = [];
  try {
    const [portalPort, portalPg, localPort, localPg] = [await freePort(), await freePort(), await freePort(), await freePort()];
    // Both key pairs made here, in the nodes' own data folders: the portal's is pinned on the local node, the
    // local node's is registered on the portal.
    const portalKey = loadNodeIdentity(loadConfig({ ROLE: 'national', DATA_DIR: portalDir })).publicKeyPem;
    const localKey = loadNodeIdentity(loadConfig({ ROLE: 'local', NODE_CODE: 'H56', DATA_DIR: localDir })).publicKeyPem;
    const portalEnv = { port: portalPort, pgPort: portalPg, dataDir: portalDir, extra: { ROLE: 'national', DEMO_MODE: 'false', LOG_LEVEL: 'error' } };
    let portal = await startServer(portalEnv);
    servers.push(portal);
    const national = pgPool(embeddedDatabaseUrl(portalDir, portalPg), 2);
    pools.push(national);
    await national.query(`insert into federation_nodes (code, name, base_url, public_key) values ('H56', 'Hệ thống thử tải H56', $1, $2)`, [
      `http://127.0.0.1:${localPort}`,
      localKey,
    ]);
    const localConfig = loadConfig({ ROLE: 'local', NODE_CODE: 'H56', DATA_DIR: localDir });
    const localNode = await startServer(
      {
        port: localPort,
        pgPort: localPg,
        dataDir: localDir,
        extra: {
          ROLE: 'local',
          NODE_CODE: 'H56',
          LOG_LEVEL: 'error',
          NATIONAL_URL: portal.url,
          NATIONAL_PUBLIC_KEY: portalKey,
          SYNC_RETRY_MAX_MS: String(RETRY_MAX_MS),
        },
      },
      240_000,
    );
    servers.push(localNode);
    const local = pgPool(embeddedDatabaseUrl(localDir, localPg), 2);
    pools.push(local);

    // 1. lag under load
    const token = await demoToken(localNode.url, DEMO_OFFICER);
    const load = await generateLoad(localNode.url, token);
    const lagDrained = await drained(local, 120_000);
    const ids = [...load.answered.keys()];
    const rows = (
      await national.query(
        `select source_id::text id, extract(epoch from applied_at) * 1000 applied, extract(epoch from changed_at) * 1000 changed
         from national_dossiers where source_node = 'H56' and source_id = any($1::uuid[])`,
        [ids],
      )
    ).rows as { id: string; applied: string; changed: string }[];
    const fromAction = rows.map((r) => Number(r.applied) - Number(r.changed));
    const fromAnswer = rows.map((r) => Number(r.applied) - load.answered.get(r.id)!);
    const template = (await local.query(`select event from sync_outbox order by seq desc, created_at desc limit 1`)).rows[0] as { event: Record<string, unknown> } | undefined;
    if (!template) throw new Error('no event written by the action path');

    // 2. catch-up after an outage
    await stopServer(portal);
    servers.splice(servers.indexOf(portal), 1);
    national.end().catch(() => {});
    pools.splice(pools.indexOf(national), 1);
    const insertSeconds = await writeBacklog(local, template.event, BACKLOG);
    const backlog = ((await local.query(`select coalesce(sum(last_seq - acked_seq), 0)::int n from sync_streams`)).rows[0] as { n: number }).n;
    const t0 = performance.now();
    portal = await startServer(portalEnv);
    servers.push(portal);
    const healthyAfter = (performance.now() - t0) / 1000;
    const watch = await watchCatchUp(local, t0, backlog, 3 * 3600_000);
    const catchUpSeconds = watch.doneSeconds;
    const national2 = pgPool(embeddedDatabaseUrl(portalDir, portalPg), 2);
    pools.push(national2);
    const applied = Number(((await national2.query(`select count(*) n from national_dossier_progress where source_node = 'H56'`)).rows[0] as { n: string }).n);

    return {
      nodes: 'local H56 (ROLE=local, demo data) and portal (ROLE=national): separate server processes and embedded PostgreSQL servers',
      senderConfig: { SYNC_POLL_MS: localConfig.SYNC_POLL_MS, SYNC_BATCH_SIZE: localConfig.SYNC_BATCH_SIZE, SYNC_RETRY_MAX_MS: RETRY_MAX_MS },
      lagUnderLoad: {
        what: 'counter receptions (POST /api/v1/dossiers) on the local node; lag = applied at the portal − local action time',
        targetActionsPerSecond: RATE,
        seconds: SECONDS,
        actions: load.answered.size,
        achievedActionsPerSecond: +(load.answered.size / SECONDS).toFixed(1),
        httpErrors: load.errors,
        skippedGeneratorBehind: load.skipped,
        localResponseP95ms: load.p95ResponseMs,
        appliedAtPortal: rows.length,
        drained: lagDrained,
        fromAction: summary(fromAction),
        fromCommittedAnswer: summary(fromAnswer),
        baselineIdlePollMs: localConfig.SYNC_POLL_MS,
      },
      catchUp: {
        backlogEvents: backlog,
        eventsPerDossier: PER_DOSSIER,
        backlogInsertSeconds: +insertSeconds.toFixed(1),
        portalHealthyAfterSeconds: +healthyAfter.toFixed(1),
        secondsFromPortalStart: +catchUpSeconds.toFixed(1),
        secondsFromPortalHealthy: +(catchUpSeconds - healthyAfter).toFixed(1),
        eventsPerSecond: Math.round(backlog / (catchUpSeconds - healthyAfter)),
        firstAckAfterHealthySeconds: +(watch.firstAckSeconds - healthyAfter).toFixed(1),
        drainEventsPerSecond: Math.round(backlog / (catchUpSeconds - watch.firstAckSeconds)),
        drained: watch.drained,
        progressRowsAtPortal: applied,
      },
      note: `catch-up on ${backlog} events; the full 1M: npm run bench -- sync-e2e --backlog 1000000 (or BENCH_E2E_BACKLOG)`,
    };
  } finally {
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    await cleanUp(servers, portalDir);
    await cleanUp([], localDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSyncE2e(), null, 2));
  process.exit(0);
}
