/** SQL of the periodic jobs (migration 1130): the lock of a job, its occurrence rows, the operators' list. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { ScheduledJobRun } from './jobs.table.ts';

/**
 * A session-level advisory lock per job (two-key form, first key 1130: its own space), held on ONE connection for
 * the whole run: a second process trying the same job at the same instant is refused at once; a process that dies
 * mid-run drops its connection and with it the lock, so a `running` row seen under the lock is an abandoned run.
 */
export async function tryJobLock(conn: Db, job: string): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`select pg_try_advisory_lock(1130, hashtext(${job})) as ok`.execute(conn);
  return r.rows[0]?.ok === true;
}

export async function releaseJobLock(conn: Db, job: string): Promise<void> {
  await sql`select pg_advisory_unlock(1130, hashtext(${job}))`.execute(conn);
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

export async function finishRun(
  db: Db,
  id: number,
  end: { outcome: 'succeeded' | 'failed'; counts?: Record<string, number>; error?: string },
): Promise<ScheduledJobRun> {
  return db
    .updateTable('scheduledJobRuns')
    .set({
      outcome: end.outcome,
      finishedAt: sql`clock_timestamp()`,
      ...(end.counts ? { counts: JSON.stringify(end.counts) } : {}),
      error: end.error?.slice(0, 2000) ?? null,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The latest occurrences, newest due first, of one job or all. */
export async function listRuns(db: Db, opts: { job?: string; limit: number }): Promise<ScheduledJobRun[]> {
  let q = db.selectFrom('scheduledJobRuns').selectAll();
  if (opts.job) q = q.where('job', '=', opts.job);
  return q.orderBy('scheduledFor', 'desc').orderBy('id', 'desc').limit(opts.limit).execute();
}
