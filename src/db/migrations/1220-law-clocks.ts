import { sql, type Kysely } from 'kysely';

/**
 * The law's clocks as rule settings (law-2025.md §1 and §6), added to the Decree 118 rule version: an online dossier
 * is accepted, refused or asked for a supplement within 8 working hours ("chậm tiếp nhận" past it); the paper file of
 * a counter or postal dossier reaches the resolving agency within 1 working day. The 15:00 transfer cut-off is there
 * since 0900. An expression index serves the late-acceptance queue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update rule_versions
       set settings = settings || '{"onlineAcceptanceWorkingHours":8}'::jsonb
     where code = 'ND118-2025' and not settings ? 'onlineAcceptanceWorkingHours';
    update rule_versions
       set settings = settings || '{"paperHandoverWorkingDays":1}'::jsonb
     where code = 'ND118-2025' and not settings ? 'paperHandoverWorkingDays';
    create index dossiers_acceptance_due on dossiers ((state #>> '{acceptance,dueAt}'))
      where status = 1 and state #>> '{acceptance,answeredAt}' is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index if exists dossiers_acceptance_due;
    update rule_versions set settings = settings - 'onlineAcceptanceWorkingHours' - 'paperHandoverWorkingDays';
  `.execute(db);
}
