/**
 * National monitoring benchmarks (issue 17.6, 17.7), on an embedded PostgreSQL of their own (a temporary DATA_DIR):
 * - `monitoring-rebuild` (`--rebuild-dossiers N`, default 1,000,000): N dossiers' monitoring events (the portal's
 *   sync log, generated in SQL across 34 provinces and 20 ministries over 2026) → `rebuildMonitoring` drops and
 *   rebuilds both read models (facts per dossier, month buckets). Baseline in the same run: copying the same event
 *   rows into a new table (`create table … as select`).
 * - `national-index` (`--dossiers N`, default 10,000,000, at most 20,000,000): N synced dossiers' facts generated
 *   straight into the facts read model, their buckets built with the same SQL, then the national index of the
 *   year 2026 (`nationalIndex`, what GET /api/v1/national/index?period=2026 answers) timed over 30 runs (p50, p95).
 *   Baseline in the same run: the registry's list of the 54 systems (the portal's former systems page), and, once,
 *   the naive count of the year's dossiers per system over the facts table (what the index would cost without the
 *   buckets).
 * Run alone: `npm run bench -- national-index --dossiers 10000000`.
 */
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type OpenDatabase } from '../src/db/open.ts';
import { rebuildMonitoring } from '../src/national/monitoring/apply.ts';
import { nationalIndex } from '../src/national/monitoring/index.service.ts';
import { bucketsSql } from '../src/federation/monitoring/buckets.sql.ts';
import { BUCKET_COLUMNS } from '../src/federation/monitoring/counters.ts';
import { ensureMonths } from '../src/platform/maintenance/partitions.ts';
import { cleanUp, tempDataDir } from '../test/reliability/server-process.ts';

const arg = (name: string, def: number, max: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : def;
  if (!Number.isInteger(v) || v < 1000 || v > max) throw new Error(`--${name} must be an integer from 1000 to ${max}`);
  return v;
};

const SYSTEMS = 54; // 34 provinces (H01…H34) + 20 ministries (G01…G20)
const CHUNK = 500_000;

async function open(prefix: string): Promise<{ d: OpenDatabase; dataDir: string }> {
  const dataDir = tempDataDir(prefix);
  const d = await openDatabase(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ROLE: 'national' }));
  await d.pool.query(`
    insert into federation_nodes (code, name, public_key)
    select case when i <= 34 then 'H' || lpad(i::text, 2, '0') else 'G' || lpad((i - 34)::text, 2, '0') end,
           case when i <= 34 then 'Tỉnh thử ' || i else 'Bộ thử ' || (i - 34) end, 'bench'
    from generate_series(1, ${SYSTEMS}) i`);
  return { d, dataDir };
}

/** SQL columns of dossier n's generated facts (deterministic pseudo-random mix over 2026). */
const FACTS = `
  case when (n % ${SYSTEMS}) < 34 then 'H' || lpad(((n % ${SYSTEMS}) + 1)::text, 2, '0') else 'G' || lpad(((n % ${SYSTEMS}) - 33)::text, 2, '0') end as source_node,
  md5(n::text)::uuid as source_id,
  '000.00.' || lpad(((n / ${SYSTEMS}) % 8 + 1)::text, 2, '0') || '.X' as agency_code,
  timestamptz '2026-01-01 08:00+07' + ((n * 7919) % 364) * interval '1 day' + (n % 9) * interval '1 hour' as received_at,
  (n * 31) % 100 as r1, (n * 17) % 100 as r2, (n * 13) % 20 as days`;
const ROW = `
  source_node, source_id, 1 as last_seq, 'BENCH-' || n as code, '1.001193' as procedure_code, 'Đăng ký khai sinh' as procedure_name,
  agency_code, 'Cơ quan thử' as agency_name, case when r1 < 85 then 10 else 4 end as status, received_at,
  case when r2 < 40 then 'online' else 'counter' end as channel,
  received_at + interval '10 days' as due_at,
  case when r1 < 85 then received_at + days * interval '1 day' end as finished_at,
  r1 < 85 and days > 10 as late, r1 < 85 as has_result, r2 < 70 as full_online_eligible, r1 < 90 as fee_required,
  r2 < 30 as paid_online, r1 < 60 as e_result, r2 < 50 as digitised_all, r2 < 65 as digitised_any, r1 < 50 as reuse_eligible,
  r1 < 20 as reused, r2 < 40 as rated, r2 < 3 as dissatisfied, r1 < 2 as sync_late,
  received_at as first_received_at, (case when r1 < 2 then 600 else 2 end)::double precision as sync_delay_max`;

async function timeIt(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const r1 = (x: number) => Math.round(x * 10) / 10;

export async function benchMonitoringRebuild(): Promise<Record<string, unknown>> {
  const N = arg('rebuild-dossiers', 1_000_000, 5_000_000);
  const { d, dataDir } = await open('bench-monitoring-rebuild');
  try {
    // the sync log's months of 2026 (migration 1524 created this month's and three ahead), as the maintenance job does
    await ensureMonths(d.db, { table: 'national_monitoring_events', column: 'received_at', type: 'timestamptz' }, [new Date('2026-01-15T00:00:00Z')], 12);
    const gen0 = performance.now();
    for (let from = 1; from <= N; from += CHUNK) {
      const to = Math.min(N, from + CHUNK - 1);
      await d.pool.query(`
        insert into national_monitoring_events (source_node, source_id, seq, recorded_at, received_at, facts)
        select source_node, source_id, 1, received_at, received_at + interval '2 seconds', jsonb_build_object(
          'v', 1, 'recordedAt', received_at, 'code', code, 'procedureCode', procedure_code, 'procedureName', procedure_name,
          'agencyCode', agency_code, 'agencyName', agency_name, 'status', status, 'receivedAt', received_at, 'channel', channel,
          'dueAt', due_at, 'finishedAt', finished_at, 'late', late, 'hasResult', has_result, 'fullOnlineEligible', full_online_eligible,
          'feeRequired', fee_required, 'paidOnline', paid_online, 'eResult', e_result, 'digitisedAll', digitised_all,
          'digitisedAny', digitised_any, 'reuseEligible', reuse_eligible, 'reused', reused, 'rated', rated, 'dissatisfied', dissatisfied)
        from (select ${ROW} from (select n, ${FACTS} from generate_series(${from}::bigint, ${to}::bigint) n) g) x`);
    }
    const generateMs = performance.now() - gen0;
    await d.pool.query('vacuum analyze national_monitoring_events');
    const baselineMs = await timeIt(() => d.pool.query('create table bench_copy as select * from national_monitoring_events'));
    await d.pool.query('drop table bench_copy');
    let counts = { dossiers: 0, buckets: 0, kept: 0 };
    const rebuildMs = await timeIt(async () => (counts = await rebuildMonitoring(d.db)));
    // bytes per row on disk (heap, indexes, TOAST; the events' monthly partitions summed), for docs/growth.md
    const size = async (table: string) =>
      (await d.pool.query<{ b: string; n: string }>(`
        select (select coalesce(sum(pg_total_relation_size(inhrelid)), 0) + pg_total_relation_size('${table}'::regclass)
                from pg_inherits where inhparent = '${table}'::regclass)::text as b,
               (select count(*) from ${table})::text as n`)).rows[0]!;
    await d.pool.query('vacuum analyze national_monitoring_facts');
    const ev = await size('national_monitoring_events');
    const fa = await size('national_monitoring_facts');
    const ro = await size('national_monitoring_rollup');
    const perRow = (x: { b: string; n: string }) => Math.round(Number(x.b) / Math.max(1, Number(x.n)));
    // the same numbers again from a second rebuild (a projection, not state)
    const before = await nationalIndex(d.db, { period: '2026' });
    await rebuildMonitoring(d.db);
    const same = JSON.stringify(await nationalIndex(d.db, { period: '2026' })) === JSON.stringify(before);
    return {
      dossiers: N,
      generateSeconds: r1(generateMs / 1000),
      rebuildSeconds: r1(rebuildMs / 1000),
      baselineCopySeconds: r1(baselineMs / 1000),
      ratioToBaseline: r1(rebuildMs / baselineMs),
      rebuiltDossiers: counts.dossiers,
      rebuiltBuckets: counts.buckets,
      secondRebuildSameIndex: same,
      eventBytesPerRow: perRow(ev),
      factsBytesPerRow: perRow(fa),
      rollupRows: Number(ro.n),
      rollupBytesPerRow: perRow(ro),
    };
  } finally {
    await d.close();
    await cleanUp([], dataDir);
  }
}

export async function benchNationalIndex(): Promise<Record<string, unknown>> {
  const N = arg('dossiers', 10_000_000, 20_000_000);
  const { d, dataDir } = await open('bench-national-index');
  try {
    const gen0 = performance.now();
    for (let from = 1; from <= N; from += CHUNK) {
      const to = Math.min(N, from + CHUNK - 1);
      await d.pool.query(`insert into national_monitoring_facts select ${ROW} from (select n, ${FACTS} from generate_series(${from}::bigint, ${to}::bigint) n) g`);
    }
    const generateMs = performance.now() - gen0;
    const roll0 = performance.now();
    const cols = sql.join(BUCKET_COLUMNS.map((c) => sql.ref(c)));
    await sql`insert into national_monitoring_rollup (source_node, agency_code, month, ${cols})
      select source_node, agency_code, month, ${cols} from (${bucketsSql(sql`national_monitoring_facts`, ['source_node', 'agency_code'])}) b`.execute(d.db);
    const rollupMs = performance.now() - roll0;
    await d.pool.query('vacuum analyze national_monitoring_rollup');
    await d.pool.query('vacuum analyze national_monitoring_facts');
    const buckets = Number((await d.pool.query('select count(*) as n from national_monitoring_rollup')).rows[0].n);
    const runs = 30;
    const index: number[] = [];
    const base: number[] = [];
    let answer: Awaited<ReturnType<typeof nationalIndex>> | undefined;
    for (let i = 0; i < runs; i++) {
      base.push(await timeIt(() => sql`select code, name from federation_nodes where status = 'active' order by code`.execute(d.db)));
      index.push(await timeIt(async () => (answer = await nationalIndex(d.db, { period: '2026' }))));
    }
    const naiveMs = await timeIt(() =>
      d.pool.query(`select source_node, count(*) from national_monitoring_facts
        where received_at >= '2026-01-01T00:00:00+07:00' and received_at < '2027-01-01T00:00:00+07:00' group by source_node`),
    );
    return {
      dossiers: N,
      systems: answer?.systems.length,
      buckets,
      generateSeconds: r1(generateMs / 1000),
      rollupSeconds: r1(rollupMs / 1000),
      indexP50Ms: r1(pct(index, 50)),
      indexP95Ms: r1(pct(index, 95)),
      baselineP50Ms: r1(pct(base, 50)),
      ratioP50ToBaseline: r1(pct(index, 50) / pct(base, 50)),
      naiveYearCountPerSystemMs: r1(naiveMs),
      under200ms: pct(index, 95) < 200,
      topSystem: answer?.systems[0] ? { code: answer.systems[0].code, points: answer.systems[0].points } : null,
    };
  } finally {
    await d.close();
    await cleanUp([], dataDir);
  }
}
