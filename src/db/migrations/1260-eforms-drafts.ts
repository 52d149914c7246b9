import { sql, type Kysely } from 'kysely';

/**
 * Declaration e-forms (tờ khai điện tử) and server-side drafts (hồ sơ chưa gửi).
 *
 * `procedure_versions.eform`: the version's electronic declaration form as data (a JSON Schema for the answers plus a
 * small layout of pages and labels, src/federation/eform.ts); immutable once published, like the rest of the
 * content. `dossiers.declaration`: the answers the owner gave, validated against the e-form of the version the dossier
 * pins; an officer's correction is an action in the dossier's log (`correct_declaration`) with the changed fields.
 * `submission_drafts`: an account's unsent dossier (step, case, agency, e-form answers, chosen papers and references
 * to its uploads), owner-only, bounded in size, deleted when the dossier is sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table procedure_versions add column eform jsonb;
    comment on column procedure_versions.eform is 'The declaration e-form: { schema (JSON Schema), layout: { pages } }, null = none';

    create or replace function procedure_versions_immutable() returns trigger language plpgsql as $$
    begin
      if old.status <> 'draft' and (
        new.name is distinct from old.name or new.sector_code is distinct from old.sector_code
        or new.levels is distinct from old.levels or new.agency_codes is distinct from old.agency_codes
        or new.online_level is distinct from old.online_level or new.processing is distinct from old.processing
        or new.cases is distinct from old.cases or new.fees is distinct from old.fees
        or new.results is distinct from old.results or new.legal_basis is distinct from old.legal_basis
        or new.workflow_template_ref is distinct from old.workflow_template_ref
        or new.effective_from is distinct from old.effective_from
        or new.eform is distinct from old.eform
      ) then
        raise exception 'procedure version % is % and cannot change', old.id, old.status using errcode = 'P0001';
      end if;
      return new;
    end $$;

    alter table dossiers add column declaration jsonb
      check (declaration is null or (jsonb_typeof(declaration) = 'object' and octet_length(declaration::text) <= 65536));
    comment on column dossiers.declaration is 'The owner''s answers to the version''s e-form (current, after any officer correction)';

    create table submission_drafts (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null references accounts(id) on delete cascade,
      procedure_code text not null check (procedure_code ~ '^\\d\\.\\d{6}$'),
      procedure_version_id uuid,
      procedure_name text not null check (length(procedure_name) <= 2000),
      data jsonb not null check (jsonb_typeof(data) = 'object' and octet_length(data::text) <= 131072),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index submission_drafts_account on submission_drafts (account_id, updated_at desc);
    comment on table submission_drafts is 'Unsent online dossiers of an account (resumable on any device); deleted on submit';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists submission_drafts;
    alter table dossiers drop column if exists declaration;
    alter table procedure_versions drop column if exists eform;
  `.execute(db);
}
