/**
 * The maintenance steps run every MAINTENANCE_EVERY_SECONDS as well as daily (0 = daily only, the default): for a
 * node whose outboxes fill faster than a day's wait is worth (short OUTBOX_KEEP_DAYS / NOTIFICATION_KEEP_DAYS on a
 * busy node), and for soaks (`npm run bench -- soak`). Each pass takes the maintenance job's own advisory lock, so it
 * never runs beside the daily job or another process's pass (a pass that finds the lock taken is skipped), and it
 * writes no job-run row (a row per pass would itself grow without bound); its counts go to the log.
 */
import type { Db } from '../../db/connect.ts';
import { releaseJobLock, tryJobLock } from '../jobs/jobs.repository.ts';
import { startPollLoop, type PollLoop } from '../../lib/poll-loop.ts';
import { MAINTENANCE_JOB, runMaintenance, type MaintenanceConfig } from './maintenance.job.ts';

export interface MaintenanceLoopLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** One pass under the job's lock: its counts, or null when another runner holds the lock. */
export async function maintenancePass(db: Db, c: MaintenanceConfig, now: Date, realNow: Date = new Date()): Promise<Record<string, number> | null> {
  return db.connection().execute(async (conn) => {
    if (!(await tryJobLock(conn, MAINTENANCE_JOB))) return null;
    try {
      return await runMaintenance(db, c, now, realNow); // the lock stays held on `conn`, as the job runner does
    } finally {
      await releaseJobLock(conn, MAINTENANCE_JOB).catch(() => {});
    }
  });
}

/** Starts the loop when `everySeconds` > 0; undefined otherwise. `clock`: the law's clock (as the job runner's). */
export function startMaintenanceLoop(
  db: Db,
  c: MaintenanceConfig & { MAINTENANCE_EVERY_SECONDS: number },
  log: MaintenanceLoopLog,
  clock: () => Date = () => new Date(),
): PollLoop | undefined {
  if (c.MAINTENANCE_EVERY_SECONDS <= 0) return undefined;
  return startPollLoop({
    intervalMs: c.MAINTENANCE_EVERY_SECONDS * 1000,
    pass: async () => {
      const counts = await maintenancePass(db, c, clock());
      if (counts) log.info({ job: MAINTENANCE_JOB, counts }, 'maintenance pass');
      return false;
    },
    onError: (err) => log.error({ err, job: MAINTENANCE_JOB }, 'maintenance pass failed'),
  });
}
