import { sql, type Kysely } from 'kysely';

/**
 * Periodic jobs behind PgBouncer in transaction pooling (issue 16, item 4): the job runner and the maintenance loop
 * kept a job to one process with a session-level advisory lock held on one connection, which transaction pooling
 * cannot keep (the lock lands on whichever server connection served that statement, is never released there, and
 * is then "held" by unrelated clients). A job is now held by a lease row instead: one statement claims it only if
 * no unexpired lease of another holder exists, the holder renews it while the job runs and deletes it at the end;
 * a process that died leaves a lease that passes, and the next runner takes the job over.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table job_leases (
      job text primary key check (length(job) between 1 and 60),
      holder text not null check (length(holder) between 1 and 200),
      token uuid not null,
      taken_at timestamptz not null default clock_timestamp(),
      lease_until timestamptz not null
    );
    comment on table job_leases is 'Who runs a periodic job now: held until lease_until, renewed while it runs, deleted at the end';
    comment on column job_leases.holder is 'The runner holding the job (host:pid), for operators';
    comment on column job_leases.token is 'This claim: renewals and the release name it, so a taken-over holder changes nothing';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table job_leases`.execute(db);
}
