import { sql, type Kysely } from 'kysely';

/**
 * The local system's own catalogue: which published national procedures each of its agencies offers, and since
 * when. The procedure definitions themselves stay in the national master catalogue and are read through the
 * national port (src/federation/national-port.ts); only the code is kept here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table local_procedure_offerings (
      id uuid primary key default gen_random_uuid(),
      agency_id uuid not null references agencies(id),
      procedure_code text not null check (procedure_code ~ '^\\d\\.\\d{6}$'),
      valid_from date not null default current_date,
      valid_to date,
      created_by uuid,
      created_at timestamptz not null default now()
    );
    create unique index local_procedure_offerings_current
      on local_procedure_offerings(agency_id, procedure_code) where valid_to is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table local_procedure_offerings`.execute(db);
}
