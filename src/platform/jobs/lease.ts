/**
 * A job held by a lease (migration 1510) instead of a session-level lock, so it works behind PgBouncer in
 * transaction pooling: every statement stands alone on whichever server connection serves it. The lease is claimed
 * in one statement, renewed every lease/3 while the work runs, and released at the end; a holder that died stops
 * renewing, and the next runner takes the job over once the lease has passed. A holder that stalled past its lease
 * and was taken over sees it at the next renewal (`lost()`), and its last write is fenced by the caller.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { claimJobLease, releaseJobLease, renewJobLease } from './jobs.repository.ts';

/** The default lease of a job, and the shortest accepted (the renewal every lease/3 must have time to happen). */
export const DEFAULT_JOB_LEASE_MS = 60_000;
export const MIN_JOB_LEASE_MS = 300;

export interface JobLeaseLog {
  error(obj: object, msg: string): void;
}

export interface HeldLease {
  /** The lease was found taken over (a renewal failed): another runner may be running the job now. */
  lost(): boolean;
}

/**
 * Run `work` holding the job's lease: `{ held: false }` at once when another runner holds it, else its value.
 * The lease is released however `work` ends.
 */
export async function withJobLease<T>(
  db: Db,
  l: { job: string; holder: string; leaseMs: number; log: JobLeaseLog },
  work: (lease: HeldLease) => Promise<T>,
): Promise<{ held: false } | { held: true; value: T }> {
  const leaseMs = Math.max(MIN_JOB_LEASE_MS, Math.round(l.leaseMs));
  const token = randomUUID();
  if (!(await claimJobLease(db, l.job, l.holder, token, leaseMs))) return { held: false };
  let lost = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let renewing: Promise<void> = Promise.resolve();
  const beat = (): void => {
    timer = setTimeout(() => {
      renewing = renewJobLease(db, l.job, token, leaseMs)
        .then((ok) => {
          if (!ok && !lost) {
            lost = true;
            l.log.error({ job: l.job, holder: l.holder }, 'job lease lost: taken over by another runner');
          }
        })
        .catch((err: unknown) => l.log.error({ err, job: l.job }, 'job lease renewal failed, will retry'))
        .finally(() => {
          if (!stopped && !lost) beat();
        });
    }, Math.floor(leaseMs / 3));
    timer.unref();
  };
  beat();
  try {
    return { held: true, value: await work({ lost: () => lost }) };
  } finally {
    stopped = true;
    if (timer) clearTimeout(timer);
    await renewing;
    await releaseJobLease(db, l.job, token).catch((err: unknown) => l.log.error({ err, job: l.job }, 'job lease release failed'));
  }
}
