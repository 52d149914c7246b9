/**
 * Soak of bounded growth (issue 16.3, "outboxes stay bounded in a soak of 100k receptions"). Two REAL nodes, each its
 * own server process and embedded PostgreSQL, as in bench/sync-e2e.ts: a local system (ROLE=local, H56, demo data,
 * its sync sender delivering to the portal, its notification dispatcher sending into the development catcher) and
 * the national portal (ROLE=national), which acknowledges the sync events. Counter receptions
 * (POST /api/v1/dossiers) arrive at a steady rate (`--rate`, default 200/s) until `--receptions` (default 5,000).
 *   Phase 1, the baseline (the first `--baseline-share` of the receptions, default 10 %): maintenance as shipped
 *   (daily only): the outboxes grow with every reception.
 *   Phase 2, the soak: the local node restarted with OUTBOX_KEEP_DAYS=0, NOTIFICATION_KEEP_DAYS=0 and
 *   MAINTENANCE_EVERY_SECONDS (`--maintenance-every`, default 5), the portal the same from the start.
 * Every `--sample-every` seconds (default 3) both databases are sampled: rows (exact) and bytes of sync_outbox,
 * notification_outbox, routing_outbox, rows and bytes of federation_message_log, the database's size. Reported: the
 * series, the outboxes' maximum rows, their rows at the soak's middle and end (bounded: end ≈ middle), against the
 * baseline's growth per reception projected to the whole run; and every table that grew with the receptions in the
 * soak's second half (rows and bytes per reception), to find what else grows without bound.
 * `--max-minutes` caps the soak phase on a loaded machine (each half gets half of it; the receptions done are reported).
 * Run alone: `node --import tsx bench/soak.ts --receptions 100000`; in the suite: `npm run bench -- soak --receptions 100000`.
 */
import os from 'node:os';
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

function arg(flag: string, env: string, fallback: number, max: number): number {
  const i = process.argv.indexOf(flag);
  const v = i >= 0 ? process.argv[i + 1] : process.env[env];
  const n = Number(v ?? fallback);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new Error(`${flag} / ${env}: a number in (0, ${max}]`);
  return n;
}

const RECEPTIONS = Math.round(arg('--receptions', 'BENCH_SOAK_RECEPTIONS', 5000, 1_000_000));
const RATE = arg('--rate', 'BENCH_SOAK_RATE', 200, 5000);
const MAINTENANCE_EVERY = Math.round(arg('--maintenance-every', 'BENCH_SOAK_MAINTENANCE_EVERY', 5, 3600));
const SAMPLE_EVERY = arg('--sample-every', 'BENCH_SOAK_SAMPLE_EVERY', 3, 600);
const BASELINE_SHARE = arg('--baseline-share', 'BENCH_SOAK_BASELINE_SHARE', 0.1, 0.5);
/** A cap on the soak phase (a loaded machine): each half stops at half of it, with the receptions it managed. */
const MAX_MINUTES = arg('--max-minutes', 'BENCH_SOAK_MAX_MINUTES', 600, 600);
/** Requests in flight at most: beyond this the generator waits (the achieved rate is reported). */
const MAX_IN_FLIGHT = 32;

type Pool = ReturnType<typeof pgPool>;
interface Size {
  rows: number;
  bytes: number;
}
interface NodeSample {
  syncOutbox: Size & { pending: number };
  notificationOutbox: Size & { pending: number };
  routingOutbox: Size;
  federationMessageLog: Size;
  databaseBytes: number;
}
interface Sample {
  seconds: number;
  phase: 'baseline' | 'soak' | 'drain';
  receptions: number;
  local: NodeSample;
  portal: NodeSample;
}

const one = async <T>(pool: Pool, q: string): Promise<T> => (await pool.query(q)).rows[0] as T;

/** Bytes of a table with its partitions, indexes and TOAST. */
const bytesOf = (t: string) =>
  `(select coalesce(sum(pg_total_relation_size(c)), 0)::bigint from (select '${t}'::regclass c union all select inhrelid from pg_inherits where inhparent = '${t}'::regclass) x)`;

async function sampleNode(pool: Pool): Promise<NodeSample> {
  const r = await one<Record<string, string>>(
    pool,
    `select
      (select count(*) from sync_outbox) so_rows, ${bytesOf('sync_outbox')} so_bytes,
      (select coalesce(sum(last_seq - acked_seq), 0) from sync_streams where last_seq > acked_seq) so_pending,
      (select count(*) from notification_outbox) no_rows, ${bytesOf('notification_outbox')} no_bytes,
      (select count(*) from notification_outbox where sent_at is null and dead_at is null) no_pending,
      (select count(*) from routing_outbox) ro_rows, ${bytesOf('routing_outbox')} ro_bytes,
      (select count(*) from federation_message_log) fl_rows, ${bytesOf('federation_message_log')} fl_bytes,
      pg_database_size(current_database()) db_bytes`,
  );
  const n = (k: string) => Number(r[k]);
  return {
    syncOutbox: { rows: n('so_rows'), bytes: n('so_bytes'), pending: n('so_pending') },
    notificationOutbox: { rows: n('no_rows'), bytes: n('no_bytes'), pending: n('no_pending') },
    routingOutbox: { rows: n('ro_rows'), bytes: n('ro_bytes') },
    federationMessageLog: { rows: n('fl_rows'), bytes: n('fl_bytes') },
    databaseBytes: n('db_bytes'),
  };
}

/** Every table of the schema (a partitioned one summed over its partitions): live rows (statistics) and bytes. */
async function tableSizes(pool: Pool): Promise<Record<string, Size>> {
  await pool.query('select pg_stat_force_next_flush()').catch(() => {});
  const r = await pool.query<{ t: string; rows: string; bytes: string }>(`
    select p.relname t, coalesce(sum(s.n_live_tup), 0)::bigint rows, sum(pg_total_relation_size(c.oid))::bigint bytes
    from pg_class p
    join pg_namespace ns on ns.oid = p.relnamespace and ns.nspname = 'public'
    join lateral (select p.oid union all select inhrelid from pg_inherits where inhparent = p.oid) c(oid) on true
    left join pg_stat_user_tables s on s.relid = c.oid
    where p.relkind in ('r', 'p') and not p.relispartition
    group by p.relname`);
  return Object.fromEntries(r.rows.map((x) => [x.t, { rows: Number(x.rows), bytes: Number(x.bytes) }]));
}

/** Tables whose live rows grew by ≥ 0.05 a reception between two snapshots: rows and bytes per reception. */
function growth(from: Record<string, Size>, to: Record<string, Size>, receptions: number) {
  const out: Record<string, { rowsPerReception: number; bytesPerReception: number; rowsAtEnd: number }> = {};
  for (const [t, end] of Object.entries(to)) {
    const start = from[t] ?? { rows: 0, bytes: 0 };
    const perRow = (end.rows - start.rows) / receptions;
    if (perRow >= 0.05)
      out[t] = { rowsPerReception: +perRow.toFixed(2), bytesPerReception: Math.round((end.bytes - start.bytes) / receptions), rowsAtEnd: end.rows };
  }
  return out;
}

/** Reception i is a different citizen (own id number and phone): notices go to many recipients, as they would. */
function citizen(i: number): Record<string, unknown> {
  const body = receptionBody(`Người thử lâu ${i}`);
  const owner = body.owner as Record<string, unknown>;
  return { ...body, owner: { ...owner, idNumber: `038087${String(i % 1_000_000).padStart(6, '0')}`, phone: `09${String(i % 100_000_000).padStart(8, '0')}` } };
}

interface Load {
  sent: number;
  ok: number;
  errors: number;
  firstError?: string;
}

/** Receptions at `RATE` a second (at most MAX_IN_FLIGHT at once) until `count` are sent; `load` counts them. */
async function receive(url: string, token: string, count: number, load: Load, deadline = Infinity): Promise<number> {
  const t0 = Date.now();
  let inFlight = 0;
  let sentHere = 0;
  const pending = new Set<Promise<void>>();
  const post = async (i: number) => {
    inFlight++;
    try {
      const r = await fetch(`${url}/api/v1/dossiers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(citizen(i)),
      });
      if (r.status === 201) load.ok++;
      else {
        load.errors++;
        load.firstError ??= `${r.status} ${(await r.text()).slice(0, 300)}`;
      }
      await r.arrayBuffer().catch(() => {});
    } catch (err) {
      load.errors++;
      load.firstError ??= String(err);
    } finally {
      inFlight--;
    }
  };
  while (sentHere < count && Date.now() < deadline) {
    const due = Math.min(count, Math.floor(((Date.now() - t0) / 1000) * RATE)) - sentHere;
    for (let k = 0; k < due && inFlight < MAX_IN_FLIGHT; k++) {
      const p = post(load.sent++);
      sentHere++;
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }
    if (load.errors > 100 && load.errors > load.ok * 0.05) throw new Error(`too many failed receptions: ${load.errors}; first: ${load.firstError}`);
    await sleep(5);
  }
  await Promise.all(pending);
  return (Date.now() - t0) / 1000;
}

/** Samples both nodes every SAMPLE_EVERY seconds until stopped. */
function sampler(local: () => Pool, portal: Pool, load: Load, phase: { now: Sample['phase'] }) {
  const series: Sample[] = [];
  const t0 = Date.now();
  let stopped = false;
  const run = (async () => {
    while (!stopped) {
      try {
        const [l, p] = [await sampleNode(local()), await sampleNode(portal)];
        series.push({ seconds: +((Date.now() - t0) / 1000).toFixed(1), phase: phase.now, receptions: load.ok, local: l, portal: p });
      } catch {
        /* the local node restarting between the phases */
      }
      await sleep(SAMPLE_EVERY * 1000);
    }
  })();
  return {
    series,
    async stop() {
      stopped = true;
      await run;
    },
  };
}

/** Rows done with (acknowledged, sent or given up) that wait for the maintenance: what the maintenance bounds. */
const doneRows = (s: Sample) => s.local.syncOutbox.rows - s.local.syncOutbox.pending + s.local.notificationOutbox.rows - s.local.notificationOutbox.pending;
/** Rows not yet delivered: bounded only while the sender and the dispatcher keep up with the receptions. */
const pendingRows = (s: Sample) => s.local.syncOutbox.pending + s.local.notificationOutbox.pending;
const outboxRows = (s: Sample) => s.local.syncOutbox.rows + s.local.notificationOutbox.rows + s.local.routingOutbox.rows + s.portal.routingOutbox.rows;

function nearest(series: Sample[], receptions: number): Sample {
  return series.reduce((a, b) => (Math.abs(b.receptions - receptions) < Math.abs(a.receptions - receptions) ? b : a));
}

export async function benchSoak(): Promise<Record<string, unknown>> {
  const portalDir = tempDataDir('bench-soak-portal');
  const localDir = tempDataDir('bench-soak-local');
  const servers: ServerProcess[] = [];
  const pools: Pool[] = [];
  const maintenance = { OUTBOX_KEEP_DAYS: '0', NOTIFICATION_KEEP_DAYS: '0', MAINTENANCE_EVERY_SECONDS: String(MAINTENANCE_EVERY) };
  let stopSampler: (() => Promise<void>) | undefined;
  try {
    const [portalPort, portalPg, localPort, localPg] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const portalKey = loadNodeIdentity(loadConfig({ ROLE: 'national', DATA_DIR: portalDir })).publicKeyPem;
    const localKey = loadNodeIdentity(loadConfig({ ROLE: 'local', NODE_CODE: 'H56', DATA_DIR: localDir })).publicKeyPem;
    const portal = await startServer({
      port: portalPort,
      pgPort: portalPg,
      dataDir: portalDir,
      extra: { ROLE: 'national', DEMO_MODE: 'false', LOG_LEVEL: 'error', ...maintenance },
    });
    servers.push(portal);
    const national = pgPool(embeddedDatabaseUrl(portalDir, portalPg), 2);
    pools.push(national);
    await national.query(`insert into federation_nodes (code, name, base_url, public_key) values ('H56', 'Hệ thống thử lâu H56', $1, $2)`, [
      `http://127.0.0.1:${localPort}`,
      localKey,
    ]);
    const localEnv = (extra: Record<string, string>) => ({
      port: localPort,
      pgPort: localPg,
      dataDir: localDir,
      extra: { ROLE: 'local', NODE_CODE: 'H56', LOG_LEVEL: 'error', NATIONAL_URL: portal.url, NATIONAL_PUBLIC_KEY: portalKey, ...extra },
    });
    let localNode = await startServer(localEnv({}), 240_000);
    servers.push(localNode);
    let local = pgPool(embeddedDatabaseUrl(localDir, localPg), 2);
    pools.push(local);

    const load: Load = { sent: 0, ok: 0, errors: 0 };
    const phase: { now: Sample['phase'] } = { now: 'baseline' };
    const s = sampler(() => local, national, load, phase);
    stopSampler = () => s.stop();
    const loadAverage: Record<string, number[]> = { start: os.loadavg() };

    // phase 1: maintenance as shipped (daily)
    const baselineCount = Math.max(200, Math.round(RECEPTIONS * BASELINE_SHARE));
    const baselineSeconds = await receive(localNode.url, await demoToken(localNode.url, DEMO_OFFICER), baselineCount, load);
    await sleep(SAMPLE_EVERY * 1000 + 500);
    const baselineEnd = s.series[s.series.length - 1]!;
    const baselineOk = load.ok;

    // phase 2: the local node restarted with the soak's maintenance settings
    await stopServer(localNode);
    servers.splice(servers.indexOf(localNode), 1);
    const oldPool = local;
    local = pgPool(embeddedDatabaseUrl(localDir, localPg), 2);
    pools.push(local);
    void oldPool.end().catch(() => {});
    const restartT0 = performance.now();
    localNode = await startServer(localEnv(maintenance), 240_000);
    servers.push(localNode);
    const restartSeconds = (performance.now() - restartT0) / 1000;
    phase.now = 'soak';
    const soakCount = RECEPTIONS - baselineCount;
    const token = await demoToken(localNode.url, DEMO_OFFICER);
    // the tables at the soak's start (after the first pass emptied the baseline's backlog), middle and end
    await sleep((MAINTENANCE_EVERY + 1) * 1000);
    const tablesStart = await tableSizes(local);
    const firstHalf = Math.floor(soakCount / 2);
    const soakT0 = Date.now();
    const firstSeconds = await receive(localNode.url, token, firstHalf, load, soakT0 + MAX_MINUTES * 30_000);
    const midOk = load.ok;
    const tablesMid = { local: await tableSizes(local), portal: await tableSizes(national) };
    const secondSeconds = await receive(localNode.url, token, soakCount - firstHalf, load, soakT0 + MAX_MINUTES * 60_000);
    const endOk = load.ok;
    const tablesEnd = { local: await tableSizes(local), portal: await tableSizes(national) };
    const soakSamples = s.series.filter((x) => x.phase === 'soak');
    const end = soakSamples[soakSamples.length - 1]!;
    const mid = nearest(soakSamples, midOk);

    // drain: the sender and the dispatcher catch up, the next passes empty the outboxes
    phase.now = 'drain';
    const drainT0 = Date.now();
    while (Date.now() - drainT0 < 120_000) {
      const l = await sampleNode(local);
      if (l.syncOutbox.pending === 0 && l.notificationOutbox.pending === 0 && l.syncOutbox.rows === 0 && l.notificationOutbox.rows === 0) break;
      await sleep(1000);
    }
    await sleep(SAMPLE_EVERY * 1000 + 500);
    await s.stop();
    stopSampler = undefined;
    loadAverage.end = os.loadavg();
    const drained = s.series[s.series.length - 1]!;

    const soakMax = {
      syncOutbox: Math.max(...soakSamples.map((x) => x.local.syncOutbox.rows)),
      notificationOutbox: Math.max(...soakSamples.map((x) => x.local.notificationOutbox.rows)),
      routingOutboxLocal: Math.max(...soakSamples.map((x) => x.local.routingOutbox.rows)),
      routingOutboxPortal: Math.max(...soakSamples.map((x) => x.portal.routingOutbox.rows)),
      allOutboxes: Math.max(...soakSamples.map(outboxRows)),
      doneWaitingForMaintenance: Math.max(...soakSamples.map(doneRows)),
      pendingDelivery: Math.max(...soakSamples.map(pendingRows)),
    };
    const baselinePerReception = outboxRows(baselineEnd) / Math.max(1, baselineEnd.receptions);
    const projectedWithoutMaintenance = Math.round(baselinePerReception * endOk);
    const pick = (x: Sample) => ({
      receptions: x.receptions,
      outboxRows: outboxRows(x),
      syncOutbox: x.local.syncOutbox,
      notificationOutbox: x.local.notificationOutbox,
      federationMessageLogLocal: x.local.federationMessageLog,
      federationMessageLogPortal: x.portal.federationMessageLog,
      localDatabaseBytes: x.local.databaseBytes,
      portalDatabaseBytes: x.portal.databaseBytes,
    });
    return {
      what: 'counter receptions on a local node (ROLE=local, H56) syncing to a real portal (ROLE=national); notification dispatcher on; maintenance every N s with keep 0 days in the soak',
      settings: { receptions: RECEPTIONS, maxMinutes: MAX_MINUTES, cappedByTime: endOk < RECEPTIONS, rate: RATE, maintenanceEverySeconds: MAINTENANCE_EVERY, sampleEverySeconds: SAMPLE_EVERY, ...maintenance },
      load: {
        received: load.ok,
        httpErrors: load.errors,
        firstError: load.firstError,
        baseline: { receptions: baselineOk, seconds: +baselineSeconds.toFixed(1), perSecond: +(baselineOk / baselineSeconds).toFixed(1) },
        soak: {
          receptions: endOk - baselineOk,
          seconds: +(firstSeconds + secondSeconds).toFixed(1),
          perSecond: +((endOk - baselineOk) / (firstSeconds + secondSeconds)).toFixed(1),
        },
        localRestartSeconds: +restartSeconds.toFixed(1),
        loadAverage,
      },
      baseline: {
        what: 'maintenance as shipped (daily only): every reception leaves its sync event and its notice',
        atEnd: pick(baselineEnd),
        outboxRowsPerReception: +baselinePerReception.toFixed(3),
        projectedOutboxRowsAtEndWithoutMaintenance: projectedWithoutMaintenance,
      },
      soak: {
        atMiddle: pick(mid),
        atEnd: pick(end),
        afterDrain: pick(drained),
        maxOutboxRows: soakMax,
        ratio: {
          outboxRowsEndVsMiddle: +(outboxRows(end) / Math.max(1, outboxRows(mid))).toFixed(2),
          doneRowsEndVsMiddle: +(doneRows(end) / Math.max(1, doneRows(mid))).toFixed(2),
          pendingRowsEndVsMiddle: +(pendingRows(end) / Math.max(1, pendingRows(mid))).toFixed(2),
          receptionsEndVsMiddle: +(end.receptions / Math.max(1, mid.receptions)).toFixed(2),
          maxOutboxRowsVsProjectedWithoutMaintenance: +(soakMax.allOutboxes / Math.max(1, projectedWithoutMaintenance)).toFixed(4),
          outboxBytesEndVsMiddle: +(
            (end.local.syncOutbox.bytes + end.local.notificationOutbox.bytes) /
            Math.max(1, mid.local.syncOutbox.bytes + mid.local.notificationOutbox.bytes)
          ).toFixed(2),
        },
        bounded: soakMax.allOutboxes < 0.1 * projectedWithoutMaintenance && outboxRows(end) <= 2 * Math.max(outboxRows(mid), RATE * (MAINTENANCE_EVERY + SAMPLE_EVERY)),
      },
      growsWithReceptions: {
        what: 'tables whose live rows (statistics) grew ≥ 0.05 a reception in the soak’s second half, with rows and bytes per reception',
        receptions: endOk - midOk,
        local: growth(tablesMid.local, tablesEnd.local, endOk - midOk),
        portal: growth(tablesMid.portal, tablesEnd.portal, endOk - midOk),
        localFirstHalf: growth(tablesStart, tablesMid.local, midOk - baselineOk),
      },
      series: s.series.map((x) => ({
        t: x.seconds,
        phase: x.phase,
        receptions: x.receptions,
        syncOutbox: [x.local.syncOutbox.rows, x.local.syncOutbox.bytes, x.local.syncOutbox.pending],
        notificationOutbox: [x.local.notificationOutbox.rows, x.local.notificationOutbox.bytes, x.local.notificationOutbox.pending],
        routingOutbox: [x.local.routingOutbox.rows, x.portal.routingOutbox.rows],
        federationMessageLog: [x.local.federationMessageLog.rows, x.local.federationMessageLog.bytes, x.portal.federationMessageLog.rows, x.portal.federationMessageLog.bytes],
        databaseBytes: [x.local.databaseBytes, x.portal.databaseBytes],
      })),
      seriesColumns: {
        syncOutbox: '[rows, bytes, pending events]',
        notificationOutbox: '[rows, bytes, pending]',
        routingOutbox: '[local rows, portal rows]',
        federationMessageLog: '[local rows, local bytes, portal rows, portal bytes]',
        databaseBytes: '[local, portal]',
      },
    };
  } finally {
    await stopSampler?.();
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    await cleanUp(servers, portalDir);
    await cleanUp([], localDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSoak(), null, 2));
  process.exit(0);
}
