import { sql, type Kysely } from 'kysely';

/**
 * Counter consent with proof of presence (issue 12 item 8). The person's registered contact (phone, e-mail) as the
 * national e-ID reports it (`SoDienThoai`, `ThuDienTu`) is kept on the portal's account — the officer at the counter
 * never types it. A counter consent starts as a challenge: a one-time code sent by the portal to that contact,
 * stored only as a hash, with an expiry and a bounded number of attempts; the consent row exists only once the
 * code typed in at the counter matched (`consent_id`), and a challenge is used once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table accounts add column phone text, add column email text;
    comment on column accounts.phone is 'Registered phone as the national e-ID reports it (SoDienThoai); never typed by an officer';
    comment on column accounts.email is 'Registered e-mail as the national e-ID reports it (ThuDienTu); never typed by an officer';
    alter table eid_standin_identities add column phone text, add column email text;

    create table warehouse_consent_challenges (
      id uuid primary key default gen_random_uuid(),
      owner_kind text not null check (owner_kind in ('citizen','organisation')),
      owner_id text not null,
      dossier_ref text not null,
      agency_code text not null,
      purpose text not null,
      requested_by_kind text not null,
      requested_by_id text not null,
      requested_by_name text not null,
      code_hash text not null,
      attempts smallint not null default 0,
      expires_at timestamptz not null,
      consent_id uuid references warehouse_consents(id),
      created_at timestamptz not null default now()
    );
    comment on table warehouse_consent_challenges is 'Pending counter consents: a one-time code sent to the owner''s registered contact (hash only)';
    create index warehouse_consent_challenges_owner on warehouse_consent_challenges (owner_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists warehouse_consent_challenges;
    alter table eid_standin_identities drop column if exists phone, drop column if exists email;
    alter table accounts drop column if exists phone, drop column if exists email;
  `.execute(db);
}
