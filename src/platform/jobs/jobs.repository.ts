/** SQL of the periodic jobs (migrations 1130, 1510): the lease of a job, its occurrence rows, the operators' list. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { ScheduledJobRun } from './jobs.table.ts';

/**
 * Claim the job for `holder` for `leaseMs` (the database's clock) in ONE statement, so it holds behind PgBouncer in
 * transaction pooling (no session state): a new row, or the row of a lease that has passed (its holder died or
 * stalled); refused while anyone's unexpired lease is there — this process's own included. True when claimed.
 */
export async function claimJobLease(db: Db, job: string, holder: string, token: string, leaseMs: number): Promise<boolean> {
  const r = await sql<{ token: string }>`
    insert into job_leases as l (job, holder, token, lease_until)
    values (${job}, ${holder}, ${token}, clock_timestamp() + ${leaseMs} * interval '1 millisecond')
    on conflict (job) do update
      set holder = excluded.holder, token = excluded.token, taken_at = clock_timestamp(), lease_until = excluded.lease_until
      where l.lease_until < clock_timestamp()
    returning l.token`.execute(db);
  return r.rows.length === 1;
}

/** Extend the claim `token` by `leaseMs` from now; false when it is no longer this claim (taken over). */
export async function renewJobLease(db: Db, job: string, token: string, leaseMs: number): Promise<boolean> {
  const r = await sql`
    update job_leases set lease_until = clock_timestamp() + ${leaseMs} * interval '1 millisecond'
    where job = ${job} and token = ${token}`.execute(db);
  return Number(r.numAffectedRows ?? 0) === 1;
}

/** End the claim `token` (nothing when it was taken over meanwhile). */
export async function releaseJobLease(db: Db, job: string, token: string): Promise<void> {
  await db.deleteFrom('jobLeases').where('job', '=', job).where('token', '=', token).execute();
}

export async function findRun(db: Db, job: string, runKey: string): Promise<ScheduledJobRun | undefined> {
  return db.selectFrom('scheduledJobRuns').selectAll().where('job', '=', job).where('runKey', '=', runKey).executeTakeFirst();
}

/** Mark the occurrence running (a first attempt, or one more after a failed or abandoned one). */
export async function startRun(
  db: Db,
  r: { job: string; runKey: string; scheduledFor: string; evaluatedAt: string; runner: string },
): Promise<ScheduledJobRun> {
  return db
    .insertInto('scheduledJobRuns')
    .values({ ...r, outcome: 'running', finishedAt: null, error: null })
    .onConflict((oc) =>
      oc.columns(['job', 'runKey']).doUpdateSet({
        outcome: 'running',
        evaluatedAt: r.evaluatedAt,
        runner: r.runner,
        startedAt: sql`clock_timestamp()`,
        finishedAt: null,
        error: null,
        attempts: sql`scheduled_job_runs.attempts + 1`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Record how the attempt ended — only if the row is still that attempt (`attempts`) and running: a runner whose
 * lease passed while it ran, and whose occurrence was taken over, changes nothing (undefined).
 */
export async function finishRun(
  db: Db,
  run: { id: number; attempts: number },
  end: { outcome: 'succeeded' | 'failed'; counts?: Record<string, number>; error?: string },
): Promise<ScheduledJobRun | undefined> {
  return db
    .updateTable('scheduledJobRuns')
    .set({
      outcome: end.outcome,
      finishedAt: sql`clock_timestamp()`,
      ...(end.counts ? { counts: JSON.stringify(end.counts) } : {}),
      error: end.error?.slice(0, 2000) ?? null,
    })
    .where('id', '=', run.id)
    .where('attempts', '=', run.attempts)
    .where('outcome', '=', 'running')
    .returningAll()
    .executeTakeFirst();
}

/** The latest occurrences, newest due first, of one job or all. */
export async function listRuns(db: Db, opts: { job?: string; limit: number }): Promise<ScheduledJobRun[]> {
  let q = db.selectFrom('scheduledJobRuns').selectAll();
  if (opts.job) q = q.where('job', '=', opts.job);
  return q.orderBy('scheduledFor', 'desc').orderBy('id', 'desc').limit(opts.limit).execute();
}
