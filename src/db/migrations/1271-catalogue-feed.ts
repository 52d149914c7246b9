import { sql, type Kysely } from 'kysely';

/**
 * The national catalogue flows to the connected systems (src/national/catalogue-feed):
 * - `catalogue_feed` (the portal's, on every node): one row per published or retired version written or changed
 *   (publication, the end date a later publication sets, retirement), numbered in commit order — the row trigger
 *   takes the catalogue_revision row lock (the one every catalogue writer takes, migration 0301) before it draws
 *   its number, so a reader never sees a number after one still to commit;
 * - `procedure_versions.national_id`: on a local system, the portal's id of the version a row copies (unique);
 * - `catalogue_pull_state` (a local system's one row): the last feed number applied, when, and the last error.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table catalogue_feed (
      seq bigint generated always as identity primary key,
      version_id uuid not null references procedure_versions(id) on delete cascade,
      recorded_at timestamptz not null default now()
    );
    comment on table catalogue_feed is 'Published and retired catalogue versions in commit order, pulled by the connected systems';

    create or replace function catalogue_feed_append() returns trigger language plpgsql as $$
    begin
      perform 1 from catalogue_revision where id for update;
      insert into catalogue_feed (version_id) values (new.id);
      return null;
    end $$;
    create trigger procedure_versions_feed_insert after insert on procedure_versions
      for each row when (new.status <> 'draft') execute function catalogue_feed_append();
    create trigger procedure_versions_feed_update after update on procedure_versions
      for each row when (new.status <> 'draft' and (
        old.status is distinct from new.status or old.effective_from is distinct from new.effective_from
        or old.effective_to is distinct from new.effective_to or old.retired_at is distinct from new.retired_at
        or old.published_at is distinct from new.published_at))
      execute function catalogue_feed_append();

    insert into catalogue_feed (version_id)
      select id from procedure_versions where status <> 'draft' order by coalesce(published_at, created_at), version;

    alter table procedure_versions add column national_id uuid unique;
    comment on column procedure_versions.national_id is 'Local system: the national portal''s id of the version this row copies';

    create table catalogue_pull_state (
      id boolean primary key default true check (id),
      last_seq bigint not null default 0,
      last_pulled_at timestamptz,
      last_error text check (length(last_error) <= 2000)
    );
    insert into catalogue_pull_state (id) values (true);
    comment on table catalogue_pull_state is 'Local system: the last national catalogue feed number applied';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table catalogue_pull_state;
    alter table procedure_versions drop column national_id;
    drop trigger procedure_versions_feed_insert on procedure_versions;
    drop trigger procedure_versions_feed_update on procedure_versions;
    drop function catalogue_feed_append();
    drop table catalogue_feed;
  `.execute(db);
}
