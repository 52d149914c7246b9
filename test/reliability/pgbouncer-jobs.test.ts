/**
 * Periodic jobs behind a real PgBouncer in transaction pooling (issue 16, item 4): every connection of the runners
 * goes through Debian's pgbouncer (`pool_mode = transaction`, `default_pool_size = 2`, so the runners' client
 * connections really share two server connections). Runners on separate pools racing the same due job run it once
 * per occurrence; a runner killed mid-run leaves its occurrence to be taken over once its lease has passed (not
 * before), and it then succeeds once; a runner whose lease passed while it stalled and was taken over writes nothing;
 * and no lock is left behind on the shared server connections. On the session advisory lock held on one client
 * connection (before migration 1510) this failed: the lock landed on whichever server connection served that
 * statement, a second runner served by the same one got it again (advisory locks are re-entrant per session) and ran
 * the job too, and the unlock went to another server connection, leaving the lock held for whoever came next.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createDb, type Db } from '../../src/db/connect.ts';
import { maintenancePass } from '../../src/platform/maintenance/maintenance.loop.ts';
import { startJobRunner, type JobDefinition, type JobRunner, type TickResult } from '../../src/platform/jobs/runner.ts';
import { createTestDb, type TestDb } from '../db.ts';
import { startPgBouncer, type PgBouncer } from './pgbouncer.ts';
import { repoRoot, sleep } from './server-process.ts';

const DAY = 86_400_000;
const quiet = { info() {}, error() {} };
/** The instant `HH:MM` Vietnam time (+07:00) on the Vietnam day `days` after today. */
function vnAt(days: number, hhmm: string): Date {
  const day = new Date(Date.now() + 7 * 3600_000 + days * DAY).toISOString().slice(0, 10);
  return new Date(`${day}T${hhmm}:00+07:00`);
}
const vnDayOf = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

let tdb: TestDb;
let bouncer: PgBouncer;
const pools: Db[] = [];
let child: ChildProcess | undefined;

beforeAll(async () => {
  tdb = await createTestDb();
  await sql`create table job_marks (id bigint generated always as identity, runner text not null, what text not null, run_key text)`.execute(tdb.db);
  bouncer = await startPgBouncer(inject('pgServerUrl'), { poolSize: 2 });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const db of pools) await db.destroy();
  await bouncer?.stop();
  await tdb?.destroy();
}, 30_000);

/** A pool of its own through the bouncer (a process of its own, as far as PostgreSQL can tell). */
function viaBouncer(max = 3): Db {
  const { db } = createDb(bouncer.urlFor(tdb.name), { max, applicationName: 'pgbouncer-jobs' });
  pools.push(db);
  return db;
}

/** A job that marks who ran it for which day, and takes `ms` (so racing runners overlap). */
function markingJob(name: string, db: Db, runner: string, ms: number, gate?: Promise<void>): JobDefinition {
  return {
    name,
    at: '02:00',
    run: async (now) => {
      await sql`insert into job_marks (runner, what, run_key) values (${runner}, 'ran', ${vnDayOf(now)})`.execute(db);
      await (gate ?? sleep(ms));
      return { marked: 1 };
    },
  };
}

const marks = async (what: string, runKey?: string) =>
  (
    await sql<{ runner: string }>`select runner from job_marks where what = ${what} and (${runKey ?? null}::text is null or run_key = ${runKey ?? null}) order by id`.execute(tdb.db)
  ).rows.map((r) => r.runner);
const runRow = (job: string, runKey: string) =>
  tdb.db.selectFrom('scheduledJobRuns').selectAll().where('job', '=', job).where('runKey', '=', runKey).execute();
const advisoryLocksLeft = async () =>
  (
    await sql<{ n: number }>`select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database
      where l.locktype = 'advisory' and d.datname = ${tdb.name}`.execute(tdb.db)
  ).rows[0]!.n;

describe('periodic jobs behind PgBouncer in transaction pooling (pool size 2)', () => {
  it('three runners on their own pools racing the same due job: it runs exactly once per occurrence, and no lock is left on the shared server connections', async () => {
    const names = ['a', 'b', 'c'];
    const runners: JobRunner[] = names.map((n) => {
      const db = viaBouncer(3);
      return startJobRunner({ db, jobs: [markingJob('race-job', db, n, 300)], log: quiet, autoStart: false, runner: n, leaseMs: 10_000 });
    });
    try {
      for (let day = 1; day <= 6; day++) {
        const at = vnAt(day, '02:30');
        const results: TickResult[] = (await Promise.all(runners.map((r) => r.tick(at)))).flat();
        const ran = results.filter((r) => r.result === 'ran');
        expect(ran, `day ${day}: ${JSON.stringify(results)}`).toHaveLength(1);
        for (const r of results.filter((x) => x.result !== 'ran')) expect(r.result).toMatch(/^(busy|already-done)$/);
        expect(await marks('ran', vnDayOf(at))).toHaveLength(1);
        const rows = await runRow('race-job', vnDayOf(at));
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ outcome: 'succeeded', attempts: 1, counts: { marked: 1 } });
        // and again, all three: still once
        const again = (await Promise.all(runners.map((r) => r.tick(at)))).flat();
        expect(again.map((r) => r.result)).toEqual(['already-done', 'already-done', 'already-done']);
        expect(await marks('ran', vnDayOf(at))).toHaveLength(1);
      }
      // the runners' client connections really shared the bouncer's two server connections
      expect((await bouncer.show('CLIENTS', tdb.name)).length).toBeGreaterThan(2);
      expect((await bouncer.show('SERVERS', tdb.name)).length).toBeLessThanOrEqual(2);
      // nothing held on them once the runs ended: no session lock left behind, no lease left
      expect(await advisoryLocksLeft()).toBe(0);
      expect(await tdb.db.selectFrom('jobLeases').selectAll().where('job', '=', 'race-job').execute()).toEqual([]);
      // a runner that comes later runs the next day at once (nothing left "held" by an earlier runner)
      for (let day = 7; day <= 10; day++) {
        const [r] = await runners[(day % 3)]!.tick(vnAt(day, '02:30'));
        expect(r, JSON.stringify(r)).toMatchObject({ result: 'ran', run: { outcome: 'succeeded' } });
      }
    } finally {
      for (const r of runners) await r.stop();
    }
  });

  it('a run longer than its lease keeps it by renewal: no other runner takes the occurrence while its holder lives', async () => {
    const at = vnAt(15, '03:00');
    const runKey = vnDayOf(at);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const dbA = viaBouncer(3);
    const dbB = viaBouncer(3);
    const long = startJobRunner({ db: dbA, jobs: [markingJob('long-job', dbA, 'long', 0, gate)], log: quiet, autoStart: false, runner: 'long', leaseMs: 2000 });
    const other = startJobRunner({ db: dbB, jobs: [markingJob('long-job', dbB, 'other', 10)], log: quiet, autoStart: false, runner: 'other', leaseMs: 2000 });
    try {
      const first = long.tick(at);
      const until = Date.now() + 20_000;
      while ((await marks('ran', runKey)).length === 0 && Date.now() < until) await sleep(50);
      // three leases' worth of ticks by the other runner while the holder lives and renews every third of its lease
      const seen = new Set<string>();
      for (let i = 0; i < 60; i++) {
        for (const r of await other.tick(at)) seen.add(r.result);
        await sleep(100);
      }
      expect([...seen]).toEqual(['busy']);
      release();
      expect(await first).toMatchObject([{ result: 'ran', run: { outcome: 'succeeded', attempts: 1, runner: 'long' } }]);
      expect(await marks('ran', runKey)).toEqual(['long']);
    } finally {
      release();
      await long.stop();
      await other.stop();
    }
  }, 60_000);

  it('maintenance passes through the bouncer are skipped while the daily maintenance job holds its lease, and run after', async () => {
    const config = { ...loadConfig({ ROLE: 'local' }), JOB_LEASE_SECONDS: 5 };
    const db = viaBouncer(3);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const daily = startJobRunner({ db, jobs: [{ ...markingJob('maintenance', db, 'daily', 0, gate) }], log: quiet, autoStart: false, runner: 'daily', leaseMs: 5000 });
    try {
      const first = daily.tick(vnAt(40, '03:00'));
      const until = Date.now() + 20_000;
      while ((await marks('ran', vnDayOf(vnAt(40, '03:00')))).length === 0 && Date.now() < until) await sleep(50);
      const passDb = viaBouncer(3);
      for (let i = 0; i < 6; i++) expect(await maintenancePass(passDb, config, new Date())).toBeNull();
      release();
      expect(await first).toMatchObject([{ result: 'ran', run: { outcome: 'succeeded' } }]);
      expect(await maintenancePass(passDb, config, new Date())).toEqual(expect.any(Object));
      expect(await advisoryLocksLeft()).toBe(0);
    } finally {
      release();
      await daily.stop();
    }
  }, 60_000);

  it('a runner killed mid-run: its occurrence is not taken while its lease holds, then it is taken over and succeeds once', async () => {
    const LEASE_MS = 1500;
    const at = vnAt(20, '03:00');
    const runKey = vnDayOf(at);
    child = spawn(process.execPath, ['--import', 'tsx', 'test/reliability/job-runner-child.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: bouncer.urlFor(tdb.name), HOLDER: 'dying', LEASE_MS: String(LEASE_MS), JOB: 'takeover-job', AT: '02:00', NOW: at.toISOString() },
    });
    let childOutput = '';
    child.stdout!.on('data', (c: Buffer) => (childOutput += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (childOutput += c.toString()));
    const deadline = Date.now() + 60_000;
    while (!childOutput.includes('started')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`job-runner-child did not start its run:\n${childOutput}`);
      await sleep(50);
    }
    const gone = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await gone;
    expect(await runRow('takeover-job', runKey)).toMatchObject([{ outcome: 'running', attempts: 1, runner: 'dying' }]);

    const db = viaBouncer(3);
    const survivor = startJobRunner({ db, jobs: [markingJob('takeover-job', db, 'survivor', 10)], log: quiet, autoStart: false, runner: 'survivor', leaseMs: LEASE_MS });
    try {
      // the dead runner's lease still holds: nobody runs its occurrence yet
      expect(await survivor.tick(at)).toEqual([{ job: 'takeover-job', result: 'busy', runKey }]);
      expect(await marks('ran', runKey)).toEqual([]);
      // once it has passed, the occurrence is taken over and succeeds, once
      let result: TickResult | undefined;
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        [result] = await survivor.tick(at);
        if (result?.result !== 'busy') break;
        await sleep(100);
      }
      expect(result).toMatchObject({ result: 'ran', run: { outcome: 'succeeded', attempts: 2, runner: 'survivor' } });
      expect(await survivor.tick(at)).toEqual([{ job: 'takeover-job', result: 'already-done', runKey }]);
      expect(await marks('started')).toEqual(['dying']);
      expect(await marks('ran', runKey)).toEqual(['survivor']);
      expect(await advisoryLocksLeft()).toBe(0);
    } finally {
      await survivor.stop();
    }
  }, 90_000);

  it('a runner whose lease passed while it stalled is taken over; its late finish writes nothing over the new run', async () => {
    const at = vnAt(30, '03:00');
    const runKey = vnDayOf(at);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const dbA = viaBouncer(3);
    const dbB = viaBouncer(3);
    const stalled = startJobRunner({ db: dbA, jobs: [markingJob('stall-job', dbA, 'stalled', 0, gate)], log: quiet, autoStart: false, runner: 'stalled', leaseMs: 60_000 });
    const taker = startJobRunner({ db: dbB, jobs: [markingJob('stall-job', dbB, 'taker', 10)], log: quiet, autoStart: false, runner: 'taker', leaseMs: 60_000 });
    try {
      const first = stalled.tick(at);
      const until = Date.now() + 20_000;
      while ((await marks('ran', runKey)).length === 0 && Date.now() < until) await sleep(50);
      expect(await taker.tick(at)).toEqual([{ job: 'stall-job', result: 'busy', runKey }]);
      // the stalled runner's lease runs out (as if it had not renewed for a whole lease)
      await sql`update job_leases set lease_until = clock_timestamp() - interval '1 second' where job = 'stall-job'`.execute(tdb.db);
      const [took] = await taker.tick(at);
      expect(took).toMatchObject({ result: 'ran', run: { outcome: 'succeeded', attempts: 2, runner: 'taker' } });
      release();
      expect(await first).toEqual([{ job: 'stall-job', result: 'lease-lost', runKey }]);
      expect(await runRow('stall-job', runKey)).toMatchObject([{ outcome: 'succeeded', attempts: 2, runner: 'taker' }]);
    } finally {
      release();
      await stalled.stop();
      await taker.stop();
    }
  }, 60_000);
});
