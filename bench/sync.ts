/**
 * Sync benchmark (product.md: the portal ingests ≥ 5,000 status events/s). The real national portal runs as a
 * server process (ROLE=national, its embedded PostgreSQL); a local node's outbox lives in a second database on the
 * same server and its sender (src/local/sync/sender.ts) runs in this process, so every event goes through signing,
 * HTTP, signature check, inbox, mirror upsert, progress insert, registry update and the hash-chained log.
 * 1. Catch-up: a backlog of BENCH_SYNC_BACKLOG events (5 per dossier; the target is 1M) is drained after the
 *    "outage"; its rate is the portal's ingest rate through the HTTP receiver. Baseline in the same run: raw
 *    PostgreSQL inserts of the same rows (snapshots + progress rows) in batches of the same size.
 * 2. End-to-end lag under load: BENCH_SYNC_RATE changes/s for BENCH_SYNC_SECONDS while the sender runs; lag =
 *    applied at the portal − changed locally, p50/p95.
 * 3. At national scale (`--dossiers N`, issue 16.5): the mirror is first filled with N dossiers of another system
 *    (6 progress rows each, creation days over 2025, whose 12 month partitions are created first: national_dossiers
 *    hash partitions, progress month partitions, migration 1341; the code table of migration 1500), checkpointed and
 *    written back by the operating system (settleAfterLoad), then a second backlog of the same size is drained through the same HTTP receiver and public
 *    tracking (`GET /api/v1/tracking/:code`) is timed on random codes of the filled mirror. Baseline in the same run:
 *    the first catch-up and the tracking of the backlog's codes on the nearly empty mirror.
 * Run alone: `node --import tsx bench/sync.ts [--dossiers 10000000]`, or `npm run bench -- sync --dossiers 1000000`.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createDb, ensureDatabase, withDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadConfig } from '../src/config.ts';
import { loadNodeIdentity } from '../src/federation/transport/node-identity.ts';
import { startSyncSender, syncOnce, type SenderDeps } from '../src/local/sync/sender.ts';
import { syncBacklog } from '../src/local/sync/sync.repository.ts';
import { findMirrorByCode, listProgress } from '../src/national/sync/citizen.repository.ts';
import {
  cleanUp,
  embeddedDatabaseUrl,
  freePort,
  pgPool,
  startServer,
  tempDataDir,
  type ServerProcess,
} from '../test/reliability/server-process.ts';

const BACKLOG = Number(process.env.BENCH_SYNC_BACKLOG ?? 100_000);
const PER_DOSSIER = 5;
const RATE = Number(process.env.BENCH_SYNC_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SYNC_SECONDS ?? 10);
const BATCH_DOSSIERS = Number(process.env.BENCH_SYNC_BATCH ?? 400);
/** Senders side by side, as the production sender runs them (SYNC_SENDERS, default 2). */
const SENDERS = Number(process.env.BENCH_SYNC_SENDERS ?? 2);

function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0 || v > 300_000_000) throw new Error(`--${name}: a whole number from 0 to 300,000,000`);
  return v;
}
/** Dossiers of another system put into the mirror before the scale phase (0: no scale phase). */
const MIRROR_DOSSIERS = argNumber('dossiers', Number(process.env.BENCH_SYNC_MIRROR ?? 0));
const PREFILL_BATCH = 100_000;
/**
 * EMBEDDED_PG_SETTINGS of the portal's PostgreSQL (`BENCH_SYNC_PG_SETTINGS`): at national scale, what a DBA sets on
 * the mirror's server (docs/national-mirror-scale.md), e.g. `shared_buffers=6GB max_wal_size=16GB`. Empty: defaults.
 */
const PG_SETTINGS = process.env.BENCH_SYNC_PG_SETTINGS ?? '';
const LOOKUPS = 2000;

/** N dossiers of system H98 straight into the mirror, 6 progress rows each, two connections side by side. */
export async function prefillMirror(pool: ReturnType<typeof pgPool>, n: number): Promise<number> {
  const t0 = performance.now();
  // the months of 2025 as partitions, as the maintenance job makes them ahead on a portal that ran through that year
  // (else every prefilled progress row lands in the default partition)
  for (let m = 1; m <= 12; m++) {
    const from = `2025-${String(m).padStart(2, '0')}-01`;
    const to = m === 12 ? '2026-01-01' : `2025-${String(m + 1).padStart(2, '0')}-01`;
    await pool.query(
      `create table if not exists national_dossier_progress_p2025${String(m).padStart(2, '0')} partition of national_dossier_progress for values from ('${from}') to ('${to}')`,
    );
  }
  let next = 0;
  const worker = async () => {
    for (;;) {
      const from = next;
      if (from >= n) return;
      next += PREFILL_BATCH;
      const to = Math.min(n, from + PREFILL_BATCH);
      await pool.query(`
        with d as (select gen_random_uuid() as id, g as n, date '2025-01-01' + (g % 365) as day from generate_series(${from + 1}, ${to}) g),
        ins as (
          insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at, agency_code, day)
          select 'H98', d.id, 'G98-' || lpad(d.n::text, 9, '0'), 10, 6, jsonb_build_object('MaHoSo', 'G98-' || lpad(d.n::text, 9, '0'),
            'MaTTHC', '1.001193', 'TenTTHC', 'Đăng ký khai sinh', 'KenhThucHien', '1', 'ChuHoSo', 'Nguyễn Văn An',
            'SoGiayToChuHoSo', lpad((d.n % 100000000)::text, 12, '0'),
            'DinhDanhCHS', jsonb_build_array(jsonb_build_object('LoaiDinhDanh', '1', 'SoDinhDanh', lpad((d.n % 100000000)::text, 12, '0'))),
            'LoaiDoiTuong', '1', 'SoDienThoai', '0912345678', 'TrichYeuHoSo', 'Đăng ký khai sinh — Nguyễn Văn An',
            'NgayNopHoSo', to_char(d.day, 'YYYYMMDD') || '080000', 'NgayTiepNhan', to_char(d.day, 'YYYYMMDD') || '080000',
            'NgayHenTra', to_char(d.day + 7, 'YYYYMMDD') || '170000', 'TrangThaiHoSo', '10', 'DonViXuLy', 'UBND xã thử tải'),
            d.day + time '10:00', 'G98', d.day
          from d returning source_id)
        insert into national_dossier_progress (source_node, source_id, seq, idx, trang_thai, payload, day)
        select 'H98', d.id, s, 0, least(s + 1, 10), jsonb_build_object('MaHoSo', 'G98-' || lpad(d.n::text, 9, '0'),
          'NguoiXuLy', 'Trần Chuyên Viên', 'ThoiDiemXuLy', to_char(d.day, 'YYYYMMDD') || '090000', 'PhongBanXuLy', 'UBND xã thử tải',
          'NoiDungXuLy', 'Chuyển xử lý', 'TrangThai', least(s + 1, 10)::text, 'NgayBatDau', to_char(d.day, 'YYYYMMDD') || '080000',
          'NgayKetThucTheoQuyDinh', to_char(d.day + 7, 'YYYYMMDD') || '170000'), d.day
        from d cross join generate_series(1, 6) s`);
    }
  };
  await Promise.all([worker(), worker()]);
  await pool.query('analyze national_dossiers; analyze national_dossier_progress');
  return (performance.now() - t0) / 1000;
}

/**
 * After the prefill, before the ingest is timed: a portal that grew to N dossiers over months is not in the middle
 * of writing them out. The prefill's dirty pages are checkpointed and the operating system's write-back is waited
 * for (`sync`), so the ingest's commits do not queue behind gigabytes of the load's writes. Autovacuum is left as
 * it is (the workers busy on the mirror when the ingest starts are reported).
 */
async function settleAfterLoad(pool: ReturnType<typeof pgPool>): Promise<{ seconds: number; autovacuumWorkers: number }> {
  const t0 = performance.now();
  await pool.query('checkpoint');
  execFileSync('sync');
  const av = await pool.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where backend_type = 'autovacuum worker'`,
  );
  return { seconds: +((performance.now() - t0) / 1000).toFixed(1), autovacuumWorkers: av.rows[0]!.n };
}

/** Public tracking of `codes` over HTTP, 4 at a time: latency percentiles in ms. */
export async function timeTracking(url: string, codes: () => string): Promise<{ p50: number; p95: number; p99: number; n: number }> {
  const ms: number[] = [];
  let left = LOOKUPS;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (left-- > 0) {
        const code = codes();
        const t = performance.now();
        const res = await fetch(`${url}/api/v1/tracking/${encodeURIComponent(code)}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`tracking ${code}: ${res.status}`);
        ms.push(performance.now() - t);
      }
    }),
  );
  ms.sort((a, b) => a - b);
  const q = (p: number) => +ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(2);
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), n: ms.length };
}

/** p50/p95/p99 of a list of milliseconds. */
function percentiles(ms: number[]): { p50: number; p95: number; p99: number; n: number } {
  ms.sort((a, b) => a - b);
  const q = (p: number) => +ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(2);
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), n: ms.length };
}

/**
 * Tracking's statements without HTTP, interleaved in one loop so both see the same load (issue 16.5): the lookup as
 * it was before migration 1500 (code on all 16 mirror partitions, progress over every month) against the
 * repository's (code table → one mirror partition → one month), 4 connections, random codes of the filled mirror.
 */
async function compareTrackingSql(url: string, code: () => string): Promise<Record<string, unknown>> {
  const { db } = createDb(url, { max: 4 });
  const before: number[] = [];
  const after: number[] = [];
  let left = LOOKUPS;
  await Promise.all(
    Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; left-- > 0; i++) {
        for (const which of (i + w) % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
          const c = code();
          const t = performance.now();
          if (which === 'before') {
            const d = await db
              .selectFrom('nationalDossiers')
              .select(['sourceNode', 'sourceId', 'maHoSo', 'trangThai', 'agencyCode', 'payload', 'changedAt'])
              .where('maHoSo', '=', c)
              .orderBy('changedAt', 'desc')
              .limit(1)
              .executeTakeFirstOrThrow();
            await listProgress(db, [{ sourceNode: d.sourceNode, sourceId: d.sourceId }]);
            before.push(performance.now() - t);
          } else {
            const d = await findMirrorByCode(db, c);
            if (!d) throw new Error(`no dossier ${c}`);
            await listProgress(db, [d]);
            after.push(performance.now() - t);
          }
        }
      }
    }),
  );
  await db.destroy();
  const b = percentiles(before);
  const a = percentiles(after);
  return { beforeMs: b, afterMs: a, ratioP95: +(a.p95 / b.p95).toFixed(2), ratioP99: +(a.p99 / b.p99).toFixed(2) };
}

/**
 * What the code table's insert trigger costs ingest: batches of 400 new dossiers with 5 progress rows each, written
 * as applySyncMessage writes them (upsert, then progress), alternately with the trigger enabled and disabled.
 */
async function compareIngestTrigger(pool: ReturnType<typeof pgPool>, batches = 10): Promise<Record<string, unknown>> {
  const seconds = { with: 0, without: 0 };
  for (let b = 0; b < batches * 2; b++) {
    const withTrigger = b % 2 === 0;
    await pool.query(`alter table national_dossiers ${withTrigger ? 'enable' : 'disable'} trigger national_dossier_codes_insert`);
    const t = performance.now();
    await pool.query(`
      with d as (select gen_random_uuid() as id, g as n from generate_series(${b * BATCH_DOSSIERS + 1}, ${(b + 1) * BATCH_DOSSIERS}) g),
      ins as (
        insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at, agency_code, day)
        select 'H97', d.id, 'G97-' || lpad(d.n::text, 9, '0'), 4, ${PER_DOSSIER}, ${eventSql().replace(/s\.seq/g, '1')}->'DongBoHoSoMC', now(), 'G97', current_date from d
        on conflict (source_node, source_id) do update set last_seq = excluded.last_seq, payload = excluded.payload
        returning source_id)
      insert into national_dossier_progress (source_node, source_id, seq, idx, trang_thai, payload, day)
      select 'H97', d.id, s.seq, 0, 4, ${eventSql()}->'CapNhatTienDoHoSoMC'->0, current_date from d cross join generate_series(1, ${PER_DOSSIER}) s(seq)`);
    seconds[withTrigger ? 'with' : 'without'] += (performance.now() - t) / 1000;
  }
  await pool.query('alter table national_dossiers enable trigger national_dossier_codes_insert');
  const events = batches * BATCH_DOSSIERS * PER_DOSSIER;
  const rate = (s: number) => Math.round(events / s);
  return {
    batches,
    dossiersPerBatch: BATCH_DOSSIERS,
    eventsPerSecondWithTrigger: rate(seconds.with),
    eventsPerSecondWithoutTrigger: rate(seconds.without),
    ratio: +(seconds.without / seconds.with).toFixed(3),
  };
}

/** Drains the outbox with SENDERS senders; events per second. */
async function drain(deps: SenderDeps, events: number): Promise<{ seconds: number; perSecond: number; envelopes: number }> {
  const t0 = performance.now();
  let envelopes = 0;
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      for (;;) {
        const r = await syncOnce(deps);
        if (r.outcome === 'idle') break;
        if (r.outcome === 'failed') throw new Error(`sync failed: ${r.error}`);
        envelopes++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, perSecond: Math.round(events / seconds), envelopes };
}

/** One sync event as the local hook writes it (payload.ts), for dossier `id`, change `seq`. */
function eventSql(): string {
  return `jsonb_build_object(
    'dossierId', d.id, 'seq', s.seq, 'changedAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'DongBoHoSoMC', jsonb_build_object('MaHoSo', '000.00.06.H56-250101-' || lpad(d.n::text, 6, '0'), 'MaTTHC', '1.001193',
      'TenTTHC', 'Đăng ký khai sinh', 'KenhThucHien', '1', 'ChuHoSo', 'Nguyễn Văn An', 'SoGiayToChuHoSo', '038087042028',
      'DinhDanhCHS', jsonb_build_array(jsonb_build_object('LoaiDinhDanh', '1', 'SoDinhDanh', '038087042028')),
      'LoaiDoiTuong', '1', 'Email', '', 'SoDienThoai', '0912345678', 'TrichYeuHoSo', 'Đăng ký khai sinh — Nguyễn Văn An',
      'NgayNopHoSo', '20250101080000', 'NgayTiepNhan', '20250101080000', 'NgayHenTra', '20250108170000', 'NgayTra', '',
      'NgayKetThucXuLy', '', 'NgayTuChoi', '', 'TrangThaiHoSo', (case when s.seq = 1 then 2 else 4 end)::text, 'DonViXuLy', 'Sở Tư pháp tỉnh Thanh Hóa'),
    'CapNhatTienDoHoSoMC', jsonb_build_array(jsonb_build_object('MaHoSo', '000.00.06.H56-250101-' || lpad(d.n::text, 6, '0'),
      'NguoiXuLy', 'Trần Chuyên Viên', 'ChucDanh', '', 'ThoiDiemXuLy', '20250101080000', 'PhongBanXuLy', 'Sở Tư pháp tỉnh Thanh Hóa',
      'NoiDungXuLy', 'Chuyển xử lý', 'TrangThai', (case when s.seq = 1 then 2 else 4 end)::text, 'NgayBatDau', '20250101080000',
      'NgayKetThucTheoQuyDinh', '20250108170000')))`;
}

/** Writes `dossiers` × `perDossier` events into the local outbox and streams (as committed changes would). */
async function enqueue(
  pool: ReturnType<typeof pgPool>,
  dossiers: number,
  perDossier: number,
  offset: number,
): Promise<void> {
  await pool.query(`
    with d as (select gen_random_uuid() as id, n from generate_series(${offset + 1}, ${offset + dossiers}) n),
    o as (insert into sync_outbox (dossier_id, seq, event)
          select d.id, s.seq, ${eventSql()} from d cross join generate_series(1, ${perDossier}) s(seq) returning dossier_id)
    insert into sync_streams (dossier_id, last_seq) select distinct dossier_id, ${perDossier} from o`);
}

async function rawBaseline(pool: ReturnType<typeof pgPool>, events: number): Promise<number> {
  await pool.query(`
    drop table if exists bench_raw_dossiers; drop table if exists bench_raw_progress;
    create table bench_raw_dossiers (like national_dossiers including all);
    create table bench_raw_progress (like national_dossier_progress including all)`);
  const batchEvents = BATCH_DOSSIERS * PER_DOSSIER;
  const t0 = performance.now();
  for (let done = 0; done < events; done += batchEvents) {
    const n = Math.min(batchEvents, events - done);
    const dossiers = Math.ceil(n / PER_DOSSIER);
    await pool.query(`
      with d as (select gen_random_uuid() as id, n from generate_series(1, ${dossiers}) n),
      ins as (insert into bench_raw_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at)
              select 'H99', d.id, 'X' || d.n, 4, ${PER_DOSSIER}, ${eventSql().replace(/s\.seq/g, '1')}->'DongBoHoSoMC', now() from d returning source_id)
      insert into bench_raw_progress (source_node, source_id, seq, idx, trang_thai, payload, day)
      select 'H99', d.id, s.seq, 0, 4, ${eventSql()}->'CapNhatTienDoHoSoMC'->0, current_date from d cross join generate_series(1, ${PER_DOSSIER}) s(seq)`);
  }
  const rate = events / ((performance.now() - t0) / 1000);
  await pool.query('drop table bench_raw_dossiers; drop table bench_raw_progress');
  return Math.round(rate);
}

export async function benchSync(): Promise<Record<string, unknown>> {
  const dataDir = tempDataDir('bench-sync');
  const servers: ServerProcess[] = [];
  try {
    const pgPort = await freePort();
    const portal = await startServer({
      port: await freePort(),
      pgPort,
      dataDir,
      extra: {
        ROLE: 'national',
        DEMO_MODE: 'false',
        LOG_LEVEL: 'error',
        TRACKING_RATE_LIMIT: '1000000',
        EMBEDDED_PG_SETTINGS: PG_SETTINGS,
      },
    });
    servers.push(portal);
    const serverUrl = embeddedDatabaseUrl(dataDir, pgPort);
    const nationalPool = pgPool(serverUrl, 2);
    const localUrl = withDatabase(serverUrl, 'bench_local');
    await ensureDatabase(serverUrl, 'bench_local');
    const { db: local } = createDb(localUrl, { max: 4 });
    await migrateToLatest(local);
    const localPool = pgPool(localUrl, 2);
    const config = loadConfig({
      ROLE: 'local',
      NODE_CODE: 'H56', // the body of the events' agency (000.00.06.H56): the portal checks each event's agency is the sender's
      DATA_DIR: dataDir,
      NATIONAL_URL: portal.url,
      SYNC_BATCH_SIZE: String(BATCH_DOSSIERS),
      SYNC_POLL_MS: '20',
      SYNC_SENDERS: String(SENDERS),
      SYNC_RETRY_MS: '50',
      SYNC_RETRY_MAX_MS: '1000',
    });
    const self = loadNodeIdentity(config);
    await nationalPool.query(
      `insert into federation_nodes (code, name, public_key) values ('H56', 'Hệ thống thử tải', $1)`,
      [self.publicKeyPem],
    );
    const deps: SenderDeps = { db: local, self, config };

    // 1. catch-up after an outage: the whole backlog is waiting
    await enqueue(localPool, BACKLOG / PER_DOSSIER, PER_DOSSIER, 0);
    const first = await drain(deps, BACKLOG);
    const catchUpSeconds = first.seconds;
    const ingestPerSecond = first.perSecond;
    const envelopes = first.envelopes;
    const applied = Number(
      (await nationalPool.query(`select count(*) n from national_dossier_progress`)).rows[0].n,
    );
    if (applied !== BACKLOG) throw new Error(`applied ${applied} of ${BACKLOG}`);
    const raw = await rawBaseline(nationalPool, BACKLOG);
    const backlogCode = () => `000.00.06.H56-250101-${String(1 + Math.floor(Math.random() * (BACKLOG / PER_DOSSIER))).padStart(6, '0')}`;
    const trackingSmall = await timeTracking(portal.url, backlogCode);

    // 3. at national scale: N dossiers in the mirror, then the same backlog again and tracking of the filled mirror
    let scale: Record<string, unknown> | undefined;
    if (MIRROR_DOSSIERS > 0) {
      const prefillSeconds = await prefillMirror(nationalPool, MIRROR_DOSSIERS);
      const settled = await settleAfterLoad(nationalPool);
      await enqueue(localPool, BACKLOG / PER_DOSSIER, PER_DOSSIER, 20_000_000);
      const second = await drain(deps, BACKLOG);
      const scaleCode = () => `G98-${String(1 + Math.floor(Math.random() * MIRROR_DOSSIERS)).padStart(9, '0')}`;
      const tracking = await timeTracking(portal.url, scaleCode);
      const trackingSql = await compareTrackingSql(serverUrl, scaleCode);
      const codeTrigger = await compareIngestTrigger(nationalPool);
      const size = await nationalPool.query(`
        select pg_total_relation_size('national_dossiers') + coalesce((select sum(pg_total_relation_size(inhrelid)) from pg_inherits where inhparent = 'national_dossiers'::regclass), 0) as dossiers,
               coalesce((select sum(pg_total_relation_size(inhrelid)) from pg_inherits where inhparent = 'national_dossier_progress'::regclass), 0) as progress`);
      const bytes = size.rows[0] as { dossiers: string; progress: string };
      scale = {
        mirroredDossiers: MIRROR_DOSSIERS,
        progressRows: MIRROR_DOSSIERS * 6,
        prefillSeconds: +prefillSeconds.toFixed(1),
        settleSeconds: settled.seconds,
        autovacuumWorkersAtIngest: settled.autovacuumWorkers,
        postgresSettings: PG_SETTINGS || 'defaults',
        mirrorBytes: { dossiers: Number(bytes.dossiers), progress: Number(bytes.progress) },
        ingestEventsPerSecond: second.perSecond,
        ingestRatioToEmptyMirror: +(second.perSecond / ingestPerSecond).toFixed(3),
        trackingMs: tracking,
        trackingRatioP95ToEmptyMirror: +(tracking.p95 / trackingSmall.p95).toFixed(2),
        trackingStatements: trackingSql,
        codeTableTriggerIngest: codeTrigger,
      };
    }

    // 2. end-to-end lag under load: RATE changes/s (one new dossier each) while the sender runs
    const sender = startSyncSender(deps);
    const start = Date.now();
    let made = 0;
    while (Date.now() - start < SECONDS * 1000) {
      const due = Math.floor(((Date.now() - start) / 1000) * RATE) - made;
      if (due > 0) {
        await enqueue(localPool, due, 1, 10_000_000 + made);
        made += due;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    for (let i = 0; i < 3000 && (await syncBacklog(local)).events > 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    await sender.stop();
    const lag = await nationalPool.query(`
      select percentile_cont(0.5) within group (order by ms) p50, percentile_cont(0.95) within group (order by ms) p95, count(*) n
      from (select extract(epoch from applied_at - changed_at) * 1000 ms from national_dossiers where last_seq = 1) x`);
    const row = lag.rows[0] as { p50: number; p95: number; n: string };
    await Promise.all([nationalPool.end(), localPool.end(), local.destroy()]);
    return {
      backlogEvents: BACKLOG,
      eventsPerDossier: PER_DOSSIER,
      dossiersPerEnvelope: BATCH_DOSSIERS,
      senders: SENDERS,
      envelopes,
      catchUpSeconds: +catchUpSeconds.toFixed(1),
      ingestEventsPerSecond: ingestPerSecond,
      rawInsertEventsPerSecond: raw,
      ratioToRaw: +(ingestPerSecond / raw).toFixed(3),
      target: 5000,
      trackingMsNearlyEmptyMirror: trackingSmall,
      ...(scale ? { scale } : {}),
      lagUnderLoad: {
        changesPerSecond: RATE,
        seconds: SECONDS,
        changes: Number(row.n),
        p50ms: Math.round(row.p50),
        p95ms: Math.round(row.p95),
      },
      note: `catch-up measured on ${BACKLOG} events (target size 1M: set BENCH_SYNC_BACKLOG=1000000)`,
      runId: randomUUID(),
    };
  } finally {
    await cleanUp(servers, dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSync(), null, 2));
  process.exit(0);
}
