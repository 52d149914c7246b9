import { sql, type Kysely } from 'kysely';

/**
 * Dossiers imported from an older system keep their legacy code; an import is idempotent on (agency, legacy code)
 * and tracking looks the legacy code up too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unique index dossiers_legacy_code on dossiers(resolving_agency_id, legacy_code) where legacy_code is not null;
    create index dossiers_legacy_lookup on dossiers(legacy_code) where legacy_code is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index dossiers_legacy_lookup; drop index dossiers_legacy_code`.execute(db);
}
