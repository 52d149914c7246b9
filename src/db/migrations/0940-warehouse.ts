import { sql, type Kysely } from 'kysely';

/**
 * The Electronic Data Warehouse (Kho quản lý dữ liệu điện tử của tổ chức, cá nhân; domain-vn.md §5.2–5.4), owned by
 * the national portal role: every document of a person (12-digit personal ID) or organisation (tax code), the
 * consents that let an officer read them for a dossier, and the append-only log of every read by someone else.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table warehouse_documents (
      id uuid primary key default gen_random_uuid(),
      owner_kind text not null check (owner_kind in ('citizen', 'organisation')),
      owner_id text not null,
      -- document-type code (MaGiayTo) or result code (MaKetQua) of the national catalogue
      type_code text not null,
      name text not null,
      number_symbol text,
      abstract text,
      issuer_code text,
      issuer_name text,
      signer text,
      issue_date date,
      -- null with permanent = false: no validity end recorded (treated as not expiring)
      valid_until date,
      permanent boolean not null default false,
      -- 'national' or a province node code ('H56'): where the document is valid (PhamViHieuLuc)
      validity_scope text not null default 'national',
      provenance text not null check (provenance in ('issued', 'digitised', 'uploaded')),
      signature_status text not null default 'unsigned',
      file_sha256 char(64) not null,
      file_size bigint not null check (file_size > 0),
      file_mime text not null,
      origin_dossier_code text,
      origin_procedure_code text,
      origin_sector_code text,
      status text not null default 'valid' check (status in ('valid', 'replaced', 'revoked')),
      status_reason text,
      hidden boolean not null default false,
      verification_code text,
      idempotency_key text unique,
      deposited_by_kind text not null,
      deposited_by_id text not null,
      deposited_by_agency text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    -- deposit idempotency: the same file of the same type for the same owner is one document
    create unique index warehouse_documents_owner_file_type on warehouse_documents (owner_id, file_sha256, type_code);
    -- the resolver and the owner's list: all of one owner's documents of some types
    create index warehouse_documents_owner_type on warehouse_documents (owner_id, type_code);

    create table warehouse_consents (
      id uuid primary key default gen_random_uuid(),
      owner_kind text not null check (owner_kind in ('citizen', 'organisation')),
      owner_id text not null,
      channel text not null check (channel in ('online', 'counter')),
      -- the dossier (its id) or the reception being prepared the consent is for
      dossier_ref text not null,
      dossier_code text,
      agency_code text not null,
      purpose text not null,
      -- null: every document of the owner (counter consent to look); else exactly these documents
      document_ids uuid[],
      recorded_by_kind text not null,
      recorded_by_id text not null,
      recorded_by_name text not null,
      created_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawn_by text
    );
    create index warehouse_consents_owner on warehouse_consents (owner_id, created_at desc);
    create index warehouse_consents_dossier on warehouse_consents (dossier_ref);

    -- Append-only: who read which document of whose warehouse, for which dossier and purpose, on what basis.
    create table warehouse_access_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      owner_id text not null,
      document_id uuid,
      requester_kind text not null check (requester_kind in ('officer', 'system', 'owner')),
      requester_id text not null,
      requester_name text not null,
      agency_code text,
      dossier_ref text,
      dossier_code text,
      purpose text not null,
      consent_id uuid,
      legal_basis text,
      what text not null check (what in ('metadata', 'file', 'check', 'consent')),
      outcome text not null check (outcome in ('ok', 'refused')),
      reason text
    );
    create index warehouse_access_log_owner on warehouse_access_log (owner_id, at desc);

    create function warehouse_access_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'warehouse_access_log is append-only';
    end $$;
    create trigger warehouse_access_log_no_change before update or delete on warehouse_access_log
      for each row execute function warehouse_access_log_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table warehouse_access_log, warehouse_consents, warehouse_documents;
    drop function warehouse_access_log_append_only();
  `.execute(db);
}
