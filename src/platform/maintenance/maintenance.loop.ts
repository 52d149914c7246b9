/**
 * The maintenance steps run every MAINTENANCE_EVERY_SECONDS as well as daily (0 = daily only, the default): for a
 * node whose outboxes fill faster than a day's wait is worth (short OUTBOX_KEEP_DAYS / NOTIFICATION_KEEP_DAYS on a
 * busy node), and for soaks (`npm run bench -- soak`). Each pass holds the maintenance job's own lease (the job
 * runner's, `../jobs/lease.ts`: a row, no session state, so it holds behind PgBouncer in transaction pooling), so it
 * never runs beside the daily job or another process's pass (a pass that finds the lease held is skipped), and it
 * writes no job-run row (a row per pass would itself grow without bound); its counts go to the log.
 */
import { hostname } from 'node:os';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { withJobLease } from '../jobs/lease.ts';
import { startPollLoop, type PollLoop } from '../../lib/poll-loop.ts';
import { MAINTENANCE_JOB, runMaintenance, type MaintenanceConfig } from './maintenance.job.ts';

export interface MaintenanceLoopLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export type MaintenancePassConfig = MaintenanceConfig & Pick<Config, 'JOB_LEASE_SECONDS'>;

/** One pass under the job's lease: its counts, or null when another runner holds the lease. */
export async function maintenancePass(
  db: Db,
  c: MaintenancePassConfig,
  now: Date,
  realNow: Date = new Date(),
  log: MaintenanceLoopLog = { info() {}, error() {} },
): Promise<Record<string, number> | null> {
  const held = await withJobLease(
    db,
    { job: MAINTENANCE_JOB, holder: `${hostname()}:${process.pid}/loop`, leaseMs: c.JOB_LEASE_SECONDS * 1000, log },
    () => runMaintenance(db, c, now, realNow),
  );
  return held.held ? held.value : null;
}

/** Starts the loop when `everySeconds` > 0; undefined otherwise. `clock`: the law's clock (as the job runner's). */
export function startMaintenanceLoop(
  db: Db,
  c: MaintenancePassConfig & { MAINTENANCE_EVERY_SECONDS: number },
  log: MaintenanceLoopLog,
  clock: () => Date = () => new Date(),
): PollLoop | undefined {
  if (c.MAINTENANCE_EVERY_SECONDS <= 0) return undefined;
  return startPollLoop({
    intervalMs: c.MAINTENANCE_EVERY_SECONDS * 1000,
    pass: async () => {
      const counts = await maintenancePass(db, c, clock(), new Date(), log);
      if (counts) log.info({ job: MAINTENANCE_JOB, counts }, 'maintenance pass');
      return false;
    },
    onError: (err) => log.error({ err, job: MAINTENANCE_JOB }, 'maintenance pass failed'),
  });
}
