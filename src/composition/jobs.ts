/**
 * The periodic jobs of a node: every node's maintenance (outboxes pruned, monthly partitions created ahead and
 * removed past retention; src/platform/maintenance) and a local system's own jobs (src/local/jobs.ts), in one
 * runner (src/platform/jobs): each once a day across the processes on the database.
 */
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { localJobs } from '../local/jobs.ts';
import type { LawClock } from '../platform/clock/law-clock.ts';
import { startJobRunner, type JobRunner, type JobRunnerLog } from '../platform/jobs/runner.ts';
import { maintenanceJob } from '../platform/maintenance/maintenance.job.ts';
import { startMaintenanceLoop } from '../platform/maintenance/maintenance.loop.ts';

/** The daily jobs, and the maintenance every MAINTENANCE_EVERY_SECONDS when set; `stop()` stops both. */
export function startNodeJobs(db: Db, config: Config, log: JobRunnerLog, opts: { runner?: string; clock?: LawClock } = {}): JobRunner {
  const runner = startJobRunner({
    db,
    jobs: [maintenanceJob(db, config), ...localJobs(db, config)],
    log,
    checkEveryMs: config.JOBS_CHECK_MS,
    leaseMs: config.JOB_LEASE_SECONDS * 1000,
    ...(opts.runner ? { runner: opts.runner } : {}),
    ...(opts.clock ? { clock: () => opts.clock!.now() } : {}),
  });
  const loop = startMaintenanceLoop(db, config, log, opts.clock ? () => opts.clock!.now() : undefined);
  if (!loop) return runner;
  return {
    tick: (now) => runner.tick(now),
    ready: runner.ready,
    async stop() {
      await loop.stop();
      await runner.stop();
    },
  };
}
