import { sql, type Kysely } from 'kysely';

/** Small key/value facts about this node's own state (e.g. which demo seed it already holds). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table app_settings (
      key text primary key,
      value text not null,
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table app_settings`.execute(db);
}
