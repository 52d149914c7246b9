import { sql, type Kysely } from 'kysely';

/**
 * The supplement window [R] (law-2025.md §3): a dossier waiting for a supplement longer than this many working
 * days is closed by the system. Added to the rule versions in force; code falls back to 15 when absent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update rule_versions
       set settings = settings || '{"supplementWindowWorkingDays":15}'::jsonb
     where not settings ? 'supplementWindowWorkingDays'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update rule_versions set settings = settings - 'supplementWindowWorkingDays'`.execute(db);
}
