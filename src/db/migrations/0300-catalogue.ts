import { sql, type Kysely } from 'kysely';

/**
 * The national master catalogue of administrative procedures (thủ tục hành chính).
 *
 * `procedures` holds one row per national code (`1.001193`, the national part of `1.001193.000.00.00.H56`);
 * `procedure_versions` holds every version of its content. A version is a draft (editable), then published
 * (immutable; in force from effective_from, inclusive, until effective_to, exclusive, null = open-ended),
 * then possibly retired. Publishing a new version sets effective_to on the one it replaces, so at most one
 * version is in force on any day. Dossiers reference `procedure_versions.id` to pin the exact rules they
 * were received under.
 *
 * Search columns live on the version row: `name_lower` (NFC lower case, for exact-diacritic hits),
 * `name_fold` (src/lib/fold.ts output, for diacritic-less queries), a tsvector over name_fold and a trigram
 * index for typo tolerance. Filters (sector, levels, agencies, online level) are plain/array columns with
 * indexes; the structured content (cases, fees, results, legal basis) is jsonb.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table procedures (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^\\d\\.\\d{6}$'),
      created_at timestamptz not null default now()
    );
    comment on column procedures.code is 'National procedure code (MaTTHC national part), e.g. 1.001193';

    create table procedure_versions (
      id uuid primary key default gen_random_uuid(),
      procedure_id uuid not null references procedures(id) on delete cascade,
      code text not null,                       -- denormalised from procedures for index-only search
      version integer not null check (version > 0),
      status text not null check (status in ('draft', 'published', 'retired')),
      name text not null,
      name_lower text not null,
      name_fold text not null,
      search_tsv tsvector generated always as (to_tsvector('simple', name_fold)) stored,
      sector_code text not null references sectors(code),
      levels text[] not null check (levels <@ array['central', 'province', 'district', 'commune']::text[]),
      agency_codes text[] not null,             -- electronic agency codes; no FK: the catalogue is national
      online_level text not null check (online_level in ('full', 'partial', 'none')),
      processing jsonb not null,                -- { counter: {duration, unit} | null, online: {duration, unit} | null }
      cases jsonb not null,                     -- [{ name, components: [{ documentTypeCode?, name, originals, copies, formTemplate?, replacingResultCode? }] }]
      fees jsonb not null,                      -- [{ code?, amount (VND integer), description }]
      results jsonb not null,                   -- [{ code, name }]
      legal_basis jsonb not null,               -- [string]
      workflow_template_ref text,
      content_hash text not null,               -- sha256 of the canonical content: makes re-imports idempotent
      effective_from date,
      effective_to date,
      published_at timestamptz,
      retired_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (procedure_id, version),
      check (effective_to is null or effective_from is null or effective_to >= effective_from),
      check (status = 'draft' or effective_from is not null)
    );
    -- at most one draft per procedure: "new version" always starts from the latest one
    create unique index procedure_versions_one_draft on procedure_versions(procedure_id) where status = 'draft';
    create index procedure_versions_procedure on procedure_versions(procedure_id, version desc);
    -- search over published versions only (partial indexes stay small)
    create index procedure_versions_tsv on procedure_versions using gin (search_tsv) where status = 'published';
    create index procedure_versions_trgm on procedure_versions using gin (name_fold gin_trgm_ops) where status = 'published';
    create index procedure_versions_sector on procedure_versions(sector_code) where status = 'published';
    create index procedure_versions_levels on procedure_versions using gin (levels) where status = 'published';
    create index procedure_versions_agencies on procedure_versions using gin (agency_codes) where status = 'published';
    comment on table procedure_versions is 'Versions of a procedure; published rows are immutable (enforced by the service and the trigger below)';

    -- Defence in depth: a published or retired version''s content never changes, whatever the caller.
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
      ) then
        raise exception 'procedure version % is % and cannot change', old.id, old.status using errcode = 'P0001';
      end if;
      return new;
    end $$;
    create trigger procedure_versions_immutable before update on procedure_versions
      for each row execute function procedure_versions_immutable();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table procedure_versions;
    drop table procedures;
    drop function if exists procedure_versions_immutable();
  `.execute(db);
}
