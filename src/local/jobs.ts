/** The periodic jobs a local system runs (ROLE=local or all): started by src/main.ts and the demo federation. */
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { startJobRunner, type JobRunner, type JobRunnerLog } from '../platform/jobs/runner.ts';
import { supplementDeadlineJob } from './dossiers/supplement-deadline.job.ts';
import type { LawClock } from '../platform/clock/law-clock.ts';

/** `clock`: the node's law clock (a test or demo node set to a chosen instant runs the day's jobs of that instant). */
export function startLocalJobs(
  db: Db,
  config: Config,
  log: JobRunnerLog,
  opts: { runner?: string; clock?: LawClock } = {},
): JobRunner | undefined {
  if (config.ROLE === 'national') return undefined;
  return startJobRunner({
    db,
    jobs: [supplementDeadlineJob(db, config.JOB_SUPPLEMENT_DEADLINE_AT)],
    log,
    checkEveryMs: config.JOBS_CHECK_MS,
    ...(opts.runner ? { runner: opts.runner } : {}),
    ...(opts.clock ? { clock: () => opts.clock!.now() } : {}),
  });
}
