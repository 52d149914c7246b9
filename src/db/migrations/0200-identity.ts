import { sql, type Kysely } from 'kysely';

/**
 * Identity and access: officers with roles scoped to agencies, citizen and organisation accounts of the national
 * portal, and login sessions. Sessions live here (not in process memory) so any number of processes can serve.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table officers (
      id uuid primary key default gen_random_uuid(),
      username text not null check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
      full_name text not null,
      email text,
      -- scrypt$N$r$p$salt$hash (base64url); the parameters travel with the hash so they can be raised later
      password_hash text not null,
      totp_secret text,                    -- base32, set once enrolment is confirmed; login then requires a code
      totp_pending_secret text,            -- base32, between enrol and confirm
      active boolean not null default true,
      created_at timestamptz not null default now()
    );
    create unique index officers_username on officers(username);
    comment on table officers is 'Civil servants who log in with user name + password (+ TOTP); roles in officer_roles';

    create table officer_roles (
      officer_id uuid not null references officers(id) on delete cascade,
      role text not null check (role in ('one_stop_officer','specialist','leader','agency_admin','national_operator')),
      agency_id uuid not null references agencies(id),
      created_at timestamptz not null default now(),
      primary key (officer_id, role, agency_id)
    );
    create index officer_roles_agency on officer_roles(agency_id);
    comment on table officer_roles is 'A role held at an agency; it applies to that agency and every agency below it';

    create table accounts (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('citizen','organisation')),
      personal_id text check (personal_id ~ '^\\d{12}$'),
      tax_code text check (tax_code ~ '^\\d{10}(-\\d{3})?$'),
      name text not null,
      birth_date date,
      gender text check (gender in ('male','female')),
      loa smallint not null default 1 check (loa between 1 and 3),
      eid_subject text,                    -- "sub" at the e-ID provider (DVCQG TechID)
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      check ((kind = 'citizen' and personal_id is not null) or (kind = 'organisation' and tax_code is not null))
    );
    create unique index accounts_citizen on accounts(personal_id) where kind = 'citizen';
    create unique index accounts_organisation on accounts(tax_code) where kind = 'organisation';
    comment on table accounts is 'National portal accounts of citizens (personal ID) and organisations (tax code), created at e-ID login';
    comment on column accounts.loa is 'Level of assurance reported by the e-ID at the last login (1-3)';

    create table sessions (
      id uuid primary key default gen_random_uuid(),
      token_hash bytea not null,           -- SHA-256 of the random token; the token itself is never stored
      officer_id uuid references officers(id) on delete cascade,
      account_id uuid references accounts(id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz,
      check (num_nonnulls(officer_id, account_id) = 1)
    );
    create unique index sessions_token on sessions(token_hash);
    create index sessions_officer on sessions(officer_id) where officer_id is not null;
    create index sessions_expires on sessions(expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists sessions; drop table if exists accounts; drop table if exists officer_roles; drop table if exists officers;`.execute(
    db,
  );
}
