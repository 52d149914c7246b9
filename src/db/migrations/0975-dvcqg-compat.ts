import { sql, type Kysely } from 'kysely';

/**
 * DVCQG-compatible integration API on the national portal (domain-vn.md §6.1–6.3, issue 6).
 * - `dvcqg_accounts`: the login of each connected system for the legacy session API (`username`, scrypt hash);
 *   a system is one row of `federation_nodes`, so suspension applies to both protocols.
 * - `dvcqg_sessions`: session tokens handed out by the login call, kept as SHA-256 only, with an expiry.
 * Dossiers and progress rows received through this API go into the same national mirror as the signed sync
 * (`national_dossiers`, `national_dossier_progress`), keyed by a UUID derived from (system, MaHoSo).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dvcqg_accounts (
      username text primary key check (length(username) between 3 and 100),
      node_code text not null references federation_nodes (code) on delete cascade,
      password_hash text not null,
      created_at timestamptz not null default now()
    );
    create index dvcqg_accounts_node on dvcqg_accounts (node_code);
    comment on table dvcqg_accounts is 'Login of connected systems on the DVCQG-compatible API (password stored as scrypt hash)';

    create table dvcqg_sessions (
      token_sha256 bytea primary key,
      username text not null references dvcqg_accounts (username) on delete cascade,
      node_code text not null,
      expires_at timestamptz not null,
      created_at timestamptz not null default now()
    );
    create index dvcqg_sessions_expiry on dvcqg_sessions (expires_at);
    comment on table dvcqg_sessions is 'Sessions of the DVCQG-compatible API (token hash only)';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dvcqg_sessions; drop table dvcqg_accounts;`.execute(db);
}
