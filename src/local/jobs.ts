/** The periodic jobs a local system runs (ROLE=local or all): started with the node's other jobs (src/composition/jobs.ts). */
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { startJobRunner, type JobDefinition, type JobRunner, type JobRunnerLog } from '../platform/jobs/runner.ts';
import { supplementDeadlineJob } from './dossiers/supplement-deadline.job.ts';
import { reconcileJob, reconcilesDaily } from './sync/reconcile.job.ts';
import type { LawClock } from '../platform/clock/law-clock.ts';

/** A local system's jobs (none on a portal-only node). */
export function localJobs(db: Db, config: Config): JobDefinition[] {
  if (config.ROLE === 'national') return [];
  return [supplementDeadlineJob(db, config.JOB_SUPPLEMENT_DEADLINE_AT), ...(reconcilesDaily(config) ? [reconcileJob(db, config)] : [])];
}

/** `clock`: the node's law clock (a test or demo node set to a chosen instant runs the day's jobs of that instant). */
export function startLocalJobs(
  db: Db,
  config: Config,
  log: JobRunnerLog,
  opts: { runner?: string; clock?: LawClock } = {},
): JobRunner | undefined {
  const jobs = localJobs(db, config);
  if (jobs.length === 0) return undefined;
  return startJobRunner({
    db,
    jobs,
    log,
    checkEveryMs: config.JOBS_CHECK_MS,
    leaseMs: config.JOB_LEASE_SECONDS * 1000,
    ...(opts.runner ? { runner: opts.runner } : {}),
    ...(opts.clock ? { clock: () => opts.clock!.now() } : {}),
  });
}
