import { sql, type Kysely } from 'kysely';

/**
 * Electronic results of dossiers (src/local/results) with the result metadata of domain-vn.md §5.2, and the
 * signed standard forms of a dossier (one registered document per form and producing action, served again on
 * every download).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dossier_results (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null references dossiers(id),
      signed_document_id uuid not null unique references signed_documents(id),
      result_type_code text not null,           -- LoaiVanBanKetQua / MaKetQua
      result_type_name text not null,
      template text not null,
      number_symbol text not null,              -- SoKyHieu
      abstract text not null,                   -- TrichYeu
      signer_name text not null,                -- NguoiKy
      signer_position text not null,
      issuer_agency_id uuid not null references agencies(id),  -- CoQuanBanHanh
      issue_date date not null,                 -- NgayBanHanh
      signed_at timestamptz not null,           -- NgayKy
      valid_from date not null,                 -- NgayCoHieuLuc
      valid_until date,                         -- NgayHetHieuLuc (null with permanent)
      permanent boolean not null,               -- ThoiHanVinhVien
      scope text,                               -- PhamViHieuLuc
      details jsonb not null default '{}',
      owner_id_number text not null,
      status text not null default 'valid' check (status in ('valid', 'replaced', 'revoked')),
      replaces_id uuid references dossier_results(id),
      replaced_by uuid references dossier_results(id),
      revoked_reason text,
      changed_at timestamptz,
      issued_by text not null,
      created_at timestamptz not null default now(),
      check (permanent or valid_until is not null)
    );
    -- One original (not replacing another) result per dossier: the second issue is refused.
    create unique index dossier_results_one_original on dossier_results (dossier_id) where replaces_id is null;
    create index dossier_results_owner on dossier_results (owner_id_number);

    create table dossier_form_documents (
      dossier_id uuid not null references dossiers(id),
      form text not null,
      action_seq integer not null,
      signed_document_id uuid not null references signed_documents(id),
      primary key (dossier_id, form, action_seq)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dossier_form_documents; drop table dossier_results;`.execute(db);
}
