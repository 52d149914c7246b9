import { sql, type Kysely } from 'kysely';

/**
 * Search and versioning helpers for reference data:
 * - `name_folded` holds fold(full name) (src/lib/fold.ts) so `q=ha long` finds "Phường Hạ Long"; the
 *   application writes it, PostgreSQL indexes it with trigrams for substring search;
 * - `agencies.predecessor_id` links a version of an agency to the one it closed (a change of code or parent
 *   closes the old row with valid_to and opens a new row from the same date);
 * - lookups by (level, code) and by code over the versions of a unit or agency;
 * - no two versions of the same unit (level, code) or agency code may overlap in time (exclusion constraints
 *   over the [valid_from, valid_to) ranges). The units' one is checked at commit, so an import may close a
 *   version and open the next in the same statement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists btree_gist;
    alter table admin_units add constraint admin_units_no_overlap
      exclude using gist (level with =, code with =, daterange(valid_from, valid_to) with &&) deferrable initially deferred;
    alter table agencies add constraint agencies_no_overlap
      exclude using gist (code with =, daterange(valid_from, valid_to) with &&);

    alter table admin_units add column name_folded text not null default '';
    create index admin_units_level_code on admin_units(level, code);
    create index admin_units_name_folded on admin_units using gin (name_folded gin_trgm_ops);

    alter table agencies add column name_folded text not null default '';
    alter table agencies add column predecessor_id uuid references agencies(id);
    create index agencies_code on agencies(code);
    create index agencies_node on agencies(node_code);
    comment on column agencies.predecessor_id is 'The version this row replaced when the code or the parent changed';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table agencies drop constraint agencies_no_overlap;
    alter table admin_units drop constraint admin_units_no_overlap;
    drop index agencies_node; drop index agencies_code;
    alter table agencies drop column predecessor_id, drop column name_folded;
    drop index admin_units_name_folded; drop index admin_units_level_code;
    alter table admin_units drop column name_folded;
  `.execute(db);
}
