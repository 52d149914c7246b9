import { sql, type Kysely } from 'kysely';

/**
 * Officer login hardening (issue 12, items 3 and 11).
 * - `login_throttle`: failed attempts per normalised user name (known or not, so a lockout never tells whether a
 *   name exists), the current lock and how many locks in a row (the back-off level). Shared by every process.
 * - `officers.totp_last_step`: the RFC 6238 time step of the last accepted code; a code of that step or an earlier
 *   one is refused, so each code is used once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table login_throttle (
      username text primary key,
      failures integer not null default 0,           -- attempts in the current window not (yet) proven right
      window_started_at timestamptz not null default now(),
      locked_until timestamptz,
      lockouts integer not null default 0,           -- locks in a row: the lock lasts base × 2^(lockouts-1), capped
      last_attempt_at timestamptz not null default now()
    );
    create index login_throttle_last_attempt on login_throttle(last_attempt_at);
    comment on table login_throttle is 'Officer login failures and lockouts per normalised user name (NFKC, trimmed, lower case)';

    alter table officers add column totp_last_step bigint;
    comment on column officers.totp_last_step is 'Time step (unix time / 30) of the last accepted TOTP code; codes of this step or earlier are refused';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table officers drop column totp_last_step; drop table login_throttle;`.execute(db);
}
