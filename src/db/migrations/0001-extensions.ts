import { sql, type Kysely } from 'kysely';

/**
 * Extensions used for Vietnamese search (unaccent, pg_trgm) and an immutable wrapper usable in indexes.
 * The application folds text itself (src/lib/fold.ts); f_unaccent is there for ad-hoc SQL and reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    create or replace function f_unaccent(text) returns text
      language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists f_unaccent(text)`.execute(db);
}
