import { sql, type Kysely } from 'kysely';

/**
 * The development stand-in for the national e-ID (src/standins/eid): its demo identities and its generated secrets
 * (signing keys, cookie keys, client secret — created at first start, never in the repository); and the portal's
 * pending e-ID logins (state, nonce, PKCE verifier) so the callback can land on any process.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table eid_standin_identities (
      id uuid primary key default gen_random_uuid(),   -- the "sub" the stand-in issues
      kind text not null check (kind in ('citizen','organisation')),
      login_id text not null unique,                   -- personal ID (12 digits) or tax code
      password_hash text not null,
      name text not null,                              -- HoVaTen, or TenDoanhNghiep for an organisation
      birth_date date,
      gender text check (gender in ('male','female')),
      representative_personal_id text,                 -- the legal representative of an organisation
      loa smallint not null default 2
    );
    comment on table eid_standin_identities is 'DEVELOPMENT STAND-IN for the national e-ID: demo people and businesses';

    create table eid_standin_secrets (
      name text primary key,
      value jsonb not null,
      created_at timestamptz not null default now()
    );

    create table eid_login_requests (
      state text primary key,
      code_verifier text not null,
      nonce text not null,
      expires_at timestamptz not null
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists eid_login_requests; drop table if exists eid_standin_secrets; drop table if exists eid_standin_identities;`.execute(
    db,
  );
}
