import { sql, type Kysely } from 'kysely';

/**
 * A revision number of the searchable catalogue, so every application process can keep an in-memory search
 * index (src/national/catalogue/search.index.ts) and know cheaply when it is stale.
 *
 * `catalogue_revision` has exactly one row. Statement-level triggers on procedure_versions and sectors bump it
 * in the writing transaction, so the new number becomes visible exactly when the change commits (a sequence
 * would not do: nextval is visible before the commit, and a process could rebuild from data it cannot see
 * yet and then believe itself fresh). Writers of the catalogue serialise on that row until they commit, which
 * is fine for a catalogue that changes a few times a day; an import is one transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table catalogue_revision (
      id boolean primary key default true check (id),
      revision bigint not null default 1
    );
    insert into catalogue_revision (id, revision) values (true, 1);
    comment on table catalogue_revision is 'One row: bumped by every statement that writes procedure_versions or sectors';

    create or replace function catalogue_revision_bump() returns trigger language plpgsql as $$
    begin
      update catalogue_revision set revision = revision + 1 where id;
      return null;
    end $$;
    create trigger procedure_versions_revision after insert or update or delete or truncate on procedure_versions
      for each statement execute function catalogue_revision_bump();
    create trigger sectors_revision after insert or update or delete or truncate on sectors
      for each statement execute function catalogue_revision_bump();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger if exists procedure_versions_revision on procedure_versions;
    drop trigger if exists sectors_revision on sectors;
    drop function if exists catalogue_revision_bump();
    drop table if exists catalogue_revision;
  `.execute(db);
}
