import { sql, type Kysely } from 'kysely';

/**
 * The periodic jobs of a node (src/platform/jobs): one row per job and occurrence (`run_key`, the Vietnam day of a
 * daily job), unique, so an occurrence runs once across every process on the database. The row says when the
 * occurrence was due, which process ran it, when it started and ended, how it ended and what it counted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table scheduled_job_runs (
      id bigint generated always as identity primary key,
      job text not null check (length(job) between 1 and 60),
      run_key text not null check (length(run_key) between 1 and 60),
      scheduled_for timestamptz not null,
      evaluated_at timestamptz not null,
      started_at timestamptz not null default clock_timestamp(),
      finished_at timestamptz,
      outcome text not null check (outcome in ('running', 'succeeded', 'failed')),
      attempts integer not null default 1 check (attempts >= 1),
      counts jsonb not null default '{}'::jsonb,
      error text check (length(error) <= 2000),
      runner text not null check (length(runner) between 1 and 200),
      unique (job, run_key),
      check ((outcome = 'running') = (finished_at is null))
    );
    create index scheduled_job_runs_recent on scheduled_job_runs (scheduled_for desc);
    comment on table scheduled_job_runs is 'Periodic jobs: one row per job and occurrence (run_key), run once across processes';
    comment on column scheduled_job_runs.evaluated_at is 'The instant the job evaluated the data at (the runner clock)';
    comment on column scheduled_job_runs.runner is 'The process that ran the occurrence last (host:pid)';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table scheduled_job_runs`.execute(db);
}
