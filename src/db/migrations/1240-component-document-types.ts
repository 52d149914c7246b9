import { sql, type Kysely } from 'kysely';

/**
 * A local system's own mapping of procedure components to national document types (issue 13.2): an agency
 * administrator names the document type of a component the national catalogue left without one, so the once-only
 * resolver of this system can find the citizen's documents for it. One row per procedure and component name
 * (folded); the agency that set it and who did are kept, every change is audited (audit_events).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table local_component_document_types (
      id uuid primary key default gen_random_uuid(),
      procedure_code text not null check (procedure_code ~ '^\\d\\.\\d{6}$'),
      component_name_fold text not null check (length(component_name_fold) between 1 and 2000),
      component_name text not null,
      document_type_code text not null check (length(document_type_code) between 1 and 50),
      replacing_result_code text check (length(replacing_result_code) between 1 and 100),
      agency_id uuid not null references agencies (id),
      set_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (procedure_code, component_name_fold)
    );
    comment on table local_component_document_types is 'Local mapping of catalogue components to national document types (once-only)';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table local_component_document_types`.execute(db);
}
