import { sql, type Kysely } from 'kysely';

/**
 * Reference data a reception reads, cached per process and checked at the write (issue 16, intake).
 *
 * - `config_revision`: one row, bumped in the writing transaction by every statement on agencies, rule versions,
 *   workflow templates and this system's component → document-type mappings (as `catalogue_revision` and
 *   `calendar_revision` are for the catalogue and the calendar).
 * - `reference_revisions()`: the three numbers in one value.
 * - `receive_dossier_checked(p)`: `receive_dossier(p)` after checking that the revisions the caller built the
 *   reception from (`p->'expect'`) are still current; if not it raises SQLSTATE MC410 and writes nothing, and the
 *   caller reads the reference data again and builds the reception anew. A reception is then ONE statement, with
 *   no read of reference data before it, and never written from reference data older than its own snapshot.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table config_revision (
      id boolean primary key default true check (id),
      revision bigint not null default 1
    );
    insert into config_revision (id, revision) values (true, 1);
    comment on table config_revision is 'One row: bumped by every statement that writes agencies, rule_versions, workflow_templates or local_component_document_types';
    create or replace function config_revision_bump() returns trigger language plpgsql as $$
    begin
      update config_revision set revision = revision + 1 where id;
      return null;
    end $$;
    create trigger agencies_revision after insert or update or delete or truncate on agencies
      for each statement execute function config_revision_bump();
    create trigger rule_versions_revision after insert or update or delete or truncate on rule_versions
      for each statement execute function config_revision_bump();
    create trigger workflow_templates_revision after insert or update or delete or truncate on workflow_templates
      for each statement execute function config_revision_bump();
    create trigger local_component_document_types_revision after insert or update or delete or truncate
      on local_component_document_types for each statement execute function config_revision_bump();

    create or replace function reference_revisions() returns jsonb language sql stable as $$
      select jsonb_build_object(
        'catalogue', (select revision::text from catalogue_revision where id),
        'calendar', (select revision::text from calendar_revision where id),
        'config', (select revision::text from config_revision where id))
    $$;

    create or replace function receive_dossier_checked(p jsonb,
      out r_code text, out r_created_at timestamptz, out r_action_id bigint)
      language plpgsql as $$
    begin
      if p ? 'expect' and reference_revisions() is distinct from p->'expect' then
        raise exception 'the reference data of this reception changed' using errcode = 'MC410';
      end if;
      select x.r_code, x.r_created_at, x.r_action_id into r_code, r_created_at, r_action_id from receive_dossier(p) x;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop function if exists receive_dossier_checked(jsonb);
    drop function if exists reference_revisions();
    drop trigger if exists agencies_revision on agencies;
    drop trigger if exists rule_versions_revision on rule_versions;
    drop trigger if exists workflow_templates_revision on workflow_templates;
    drop trigger if exists local_component_document_types_revision on local_component_document_types;
    drop function if exists config_revision_bump();
    drop table if exists config_revision;
  `.execute(db);
}
