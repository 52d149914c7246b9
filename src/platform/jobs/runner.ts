/**
 * The job runner: periodic jobs run on time, every day, exactly once across the processes sharing one database.
 *
 * Each job is due daily at a Vietnam time (`schedule.ts`). A tick looks at the latest occurrence due at or before
 * `now` — so a run missed while no process was up is caught up by the first tick, at start — and runs it unless
 * it already succeeded. Exactly once: the run happens under the job's lease (`lease.ts`, a row renewed while the job
 * runs; no session state, so it holds behind PgBouncer in transaction pooling), and the occurrence row (unique per
 * job and Vietnam day) records that it succeeded; a second runner at the same instant finds the lease taken or the
 * row done. A failed run is retried on later ticks (up to `maxAttempts`), an abandoned one (its process died) on the
 * first tick after its lease has passed.
 */
import { hostname } from 'node:os';
import type { Db } from '../../db/connect.ts';
import { findRun, finishRun, startRun } from './jobs.repository.ts';
import { DEFAULT_JOB_LEASE_MS, withJobLease } from './lease.ts';
import type { ScheduledJobRun } from './jobs.table.ts';
import { latestDue, nextDue, parseDailyAt } from './schedule.ts';

export interface JobDefinition {
  /** Stable name, the `job` of its rows. */
  name: string;
  /** Vietnam time of day it is due, `HH:MM`. */
  at: string;
  /** Does the work as of `now`; returns what it counted (shown to operators). Must be safe to run again. */
  run(now: Date): Promise<Record<string, number>>;
}

export type TickResult =
  | { job: string; result: 'ran'; run: ScheduledJobRun }
  /** `lease-lost`: this runner's lease passed while the job ran and another runner took the occurrence over. */
  | { job: string; result: 'already-done' | 'busy' | 'gave-up' | 'lease-lost'; runKey: string };

export interface JobRunnerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobRunner {
  /** Run every job whose latest due occurrence has not succeeded yet, as of `now`. Never two ticks at once. */
  tick(now?: Date): Promise<TickResult[]>;
  /** The first tick (the catch-up at start) has finished. */
  readonly ready: Promise<void>;
  /** Stop the timer and wait for the tick in progress. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  db: Db;
  jobs: readonly JobDefinition[];
  log: JobRunnerLog;
  /** The clock (tests inject one). */
  clock?: () => Date;
  /** The longest wait between two ticks (retries of failed runs, clock changes), ms. */
  checkEveryMs?: number;
  /** Attempts of one occurrence before it is left `failed` for the operator. */
  maxAttempts?: number;
  /** Name of this process in the rows. */
  runner?: string;
  /** How long a claim of a job holds without renewal (renewed every third of it while the job runs), ms. */
  leaseMs?: number;
  /** false: no timer and no tick at start, only `tick()` (tests). */
  autoStart?: boolean;
}

type RunnerSettings = Required<Omit<JobRunnerOptions, 'clock' | 'autoStart'>>;

async function runOne(o: RunnerSettings, job: JobDefinition, now: Date): Promise<TickResult> {
  const due = latestDue(now, job.at);
  // Done already: one read, no lease (the common case on every tick).
  const seen = await findRun(o.db, job.name, due.runKey);
  if (seen?.outcome === 'succeeded') return { job: job.name, result: 'already-done', runKey: due.runKey };
  const held = await withJobLease(o.db, { job: job.name, holder: o.runner, leaseMs: o.leaseMs, log: o.log }, () =>
    runHeld(o, job, now, due),
  );
  return held.held ? held.value : { job: job.name, result: 'busy', runKey: due.runKey };
}

async function runHeld(o: RunnerSettings, job: JobDefinition, now: Date, due: { runKey: string; dueAt: Date }): Promise<TickResult> {
  // Under the lease: nobody else is running this job; re-read what a runner before us did.
  const prior = await findRun(o.db, job.name, due.runKey);
  if (prior?.outcome === 'succeeded') return { job: job.name, result: 'already-done', runKey: due.runKey };
  if (prior?.outcome === 'failed' && prior.attempts >= o.maxAttempts) return { job: job.name, result: 'gave-up', runKey: due.runKey };
  const row = await startRun(o.db, {
    job: job.name,
    runKey: due.runKey,
    scheduledFor: due.dueAt.toISOString(),
    evaluatedAt: now.toISOString(),
    runner: o.runner,
  });
  o.log.info({ job: job.name, runKey: due.runKey, attempt: row.attempts }, 'scheduled job started');
  let end: { outcome: 'succeeded'; counts: Record<string, number> } | { outcome: 'failed'; error: string; err: unknown };
  try {
    end = { outcome: 'succeeded', counts: await job.run(now) };
  } catch (err) {
    end = { outcome: 'failed', error: err instanceof Error ? err.message : String(err), err };
  }
  // Fenced: a runner whose occurrence was taken over (its lease passed) writes nothing.
  const done = await finishRun(o.db, row, end.outcome === 'succeeded' ? end : { outcome: 'failed', error: end.error });
  if (!done) {
    o.log.error({ job: job.name, runKey: due.runKey, attempt: row.attempts }, 'scheduled job lost its lease while running; not recorded');
    return { job: job.name, result: 'lease-lost', runKey: due.runKey };
  }
  if (end.outcome === 'failed') o.log.error({ err: end.err, job: job.name, runKey: due.runKey, attempt: row.attempts }, 'scheduled job failed');
  else o.log.info({ job: job.name, runKey: due.runKey, counts: end.counts }, 'scheduled job finished');
  return { job: job.name, result: 'ran', run: done };
}

export function startJobRunner(opts: JobRunnerOptions): JobRunner {
  for (const j of opts.jobs) parseDailyAt(j.at); // a bad time of day stops the start, not the first tick
  const o = {
    db: opts.db,
    jobs: opts.jobs,
    log: opts.log,
    checkEveryMs: opts.checkEveryMs ?? 60_000,
    maxAttempts: opts.maxAttempts ?? 5,
    runner: opts.runner ?? `${hostname()}:${process.pid}`,
    leaseMs: opts.leaseMs ?? DEFAULT_JOB_LEASE_MS,
  };
  const clock = opts.clock ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  const tick = (now: Date = clock()): Promise<TickResult[]> => {
    const pass = current.then(async () => {
      const results: TickResult[] = [];
      for (const job of o.jobs) {
        try {
          results.push(await runOne(o, job, now));
        } catch (err) {
          o.log.error({ err, job: job.name }, 'scheduled job could not be started, will retry');
        }
      }
      return results;
    });
    current = pass.catch(() => {});
    return pass;
  };

  const schedule = (): void => {
    if (stopped || o.jobs.length === 0) return;
    const now = clock();
    const soonest = Math.min(...o.jobs.map((j) => nextDue(now, j.at).dueAt.getTime()));
    const wait = Math.max(0, Math.min(o.checkEveryMs, soonest - now.getTime()));
    timer = setTimeout(() => {
      timer = undefined;
      void tick().finally(schedule);
    }, wait);
    timer.unref();
  };

  const ready = opts.autoStart === false ? Promise.resolve() : tick().then(() => schedule());
  return {
    tick,
    ready: ready.then(() => {}),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
