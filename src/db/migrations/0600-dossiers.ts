import { sql, type Kysely } from 'kysely';

/**
 * Dossiers of a local system. The append-only action log (dossier_actions) is the truth; the status, clock
 * and due dates on the dossiers row are a projection rebuilt from it in the same transaction as every action
 * (lifecycle.ts), with a version number for optimistic concurrency. Dossier codes come from a counter per
 * agency and day that is safe across processes (INSERT … ON CONFLICT DO UPDATE … RETURNING) and a unique index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rule_versions (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      effective_from date not null,
      settings jsonb not null,
      legal_basis text not null
    );
    comment on table rule_versions is 'The configurable [R] rules of the one-stop mechanism by effective date; a dossier keeps the version in force at reception';
    insert into rule_versions (code, effective_from, settings, legal_basis) values
      ('ND61-2018', '2018-06-21', '{"supplementDuringProcessing":"extend","apologyLeadMinutes":1440}',
       'Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP'),
      ('ND118-2025', '2025-07-01', '{"supplementDuringProcessing":"extend","apologyLeadMinutes":1440}',
       'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP');

    create table dossier_code_counters (
      agency_code text not null,
      day date not null,
      last_seq integer not null,
      primary key (agency_code, day)
    );

    create table dossiers (
      id uuid primary key default gen_random_uuid(),
      code text,                               -- AGENCYCODE-YYMMDD-NNNN, issued at acceptance
      legacy_code text,                        -- a non-compliant code kept from an imported system
      channel text not null check (channel in ('counter', 'online', 'post')),
      procedure_code text not null,
      procedure_version_id text not null,
      procedure_name text not null,
      case_code text,
      terms jsonb,                             -- processing time in force for this channel at reception
      rule_version_id uuid not null references rule_versions(id),
      owner_type text not null check (owner_type in ('citizen', 'business', 'agency', 'other')),
      owner_id_number text not null,           -- personal ID (12 digits) or tax code
      owner_name text not null,
      owner_contact jsonb not null default '{}',
      submitter jsonb,                         -- a proxy with their authorisation, when not the owner
      account_id uuid,                         -- the portal account that submitted online
      receiving_unit_id uuid references one_stop_units(id),
      resolving_agency_id uuid references agencies(id),  -- null: waiting in the dispatch queue
      status smallint not null check (status between 1 and 10),
      sub_state text,
      received_at timestamptz,
      due_at timestamptz,
      state jsonb not null,                    -- the full projection (pauses, apology, timeliness …)
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index dossiers_code on dossiers(code) where code is not null;
    create index dossiers_agency_status on dossiers(resolving_agency_id, status, due_at);
    create index dossiers_owner on dossiers(owner_id_number, created_at desc);
    create index dossiers_dispatch on dossiers(created_at) where resolving_agency_id is null;

    create table dossier_components (
      dossier_id uuid not null references dossiers(id) on delete cascade,
      seq smallint not null,
      name text not null,
      document_type_code text,
      originals smallint not null default 0,
      certified_copies smallint not null default 0,
      photocopies smallint not null default 0,
      source text not null default 'submitted' check (source in ('submitted', 'digitised', 'reused_document', 'reused_result')),
      primary key (dossier_id, seq)
    );

    create table dossier_fees (
      dossier_id uuid not null references dossiers(id) on delete cascade,
      seq smallint not null,
      code text,
      name text not null,
      amount bigint not null check (amount >= 0),
      primary key (dossier_id, seq)
    );

    create table dossier_actions (
      id bigserial primary key,
      dossier_id uuid not null references dossiers(id) on delete cascade,
      seq integer not null,
      kind text not null,
      at timestamptz not null,
      actor_kind text not null,
      actor_id text not null,
      actor_name text not null,
      data jsonb not null default '{}',
      unique (dossier_id, seq)
    );
    comment on table dossier_actions is 'Append-only: never updated or deleted; the dossier status is derived from it';

    create table audit_events (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor_kind text not null,
      actor_id text not null,
      action text not null,
      target_type text not null,
      target_id text not null,
      outcome text not null check (outcome in ('ok', 'refused')),
      detail jsonb not null default '{}'
    );
    create index audit_events_target on audit_events(target_type, target_id, at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_events, dossier_actions, dossier_fees, dossier_components, dossiers, dossier_code_counters, rule_versions`.execute(
    db,
  );
}
