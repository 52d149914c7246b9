import { sql, type Kysely } from 'kysely';

/**
 * One node, several processes or hosts (issue 16, item 4): what each process kept for itself is now shared.
 * - `node_secrets`: the node's keys sealed with its master secret (MASTER_KEY / MASTER_KEY_FILE, given to every
 *   process): the federation key (one per node code: the first process to start inserts it, the others load it) and a
 *   check value, so a process started with another secret refuses to start instead of failing at the first signature.
 * - `rate_limit_hits`: the request rate limits (officer login per IP and name, tracking, message checks, …) counted
 *   in PostgreSQL, so three processes allow what one does.
 * - `calendar_revision`: bumped in the writing transaction by every statement on the calendar or the working hours;
 *   each process compares it before using its cached schedules, so a change is seen at once everywhere.
 * - `routing_leases`: the portal's router holds a recipient under a lease while it sends that recipient's rows in
 *   order; another process skips it (SKIP LOCKED) and takes it over once the lease has expired (a process that died).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table node_secrets (
      name text primary key,
      sealed text not null,
      created_at timestamptz not null default now()
    );
    comment on table node_secrets is 'Keys of this node sealed (AES-256-GCM) with its master secret; never the secret itself';

    create table rate_limit_hits (
      key text primary key,
      hits integer not null,
      expires_at timestamptz not null
    );
    create index rate_limit_hits_expiry on rate_limit_hits (expires_at);
    comment on table rate_limit_hits is 'Requests per rate-limit key (route and caller) in the current window, shared by every process';

    create table calendar_revision (
      id boolean primary key default true check (id),
      revision bigint not null default 1
    );
    insert into calendar_revision (id, revision) values (true, 1);
    comment on table calendar_revision is 'One row: bumped by every statement that writes calendar_days or work_schedules';
    create or replace function calendar_revision_bump() returns trigger language plpgsql as $$
    begin
      update calendar_revision set revision = revision + 1 where id;
      return null;
    end $$;
    create trigger calendar_days_revision after insert or update or delete or truncate on calendar_days
      for each statement execute function calendar_revision_bump();
    create trigger work_schedules_revision after insert or update or delete or truncate on work_schedules
      for each statement execute function calendar_revision_bump();

    create table routing_leases (
      recipient text primary key,
      holder text,
      lease_until timestamptz not null default '-infinity'
    );
    comment on table routing_leases is 'Which router process sends to a recipient now (in order); free once lease_until has passed';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table routing_leases;
    drop trigger work_schedules_revision on work_schedules;
    drop trigger calendar_days_revision on calendar_days;
    drop function calendar_revision_bump();
    drop table calendar_revision;
    drop table rate_limit_hits;
    drop table node_secrets;
  `.execute(db);
}
