import { sql, type Kysely } from 'kysely';

/**
 * Reads at scale (issue 16.2):
 * - a search of the work queues by personal ID reads the person's dossiers in queue order (due date, then
 *   reception) from the index and stops at the end of the page (`listQueue`, the UNION's owner branch);
 * - a person's own dossiers ("Hồ sơ của tôi") by the account that submitted them, newest first (`listOwnDossiers`;
 *   until now `account_id` had no index, so the list read the whole table).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index dossiers_owner_due on dossiers (owner_id_number, due_at, created_at);
    create index dossiers_account on dossiers (account_id, created_at desc) where account_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists dossiers_account; drop index if exists dossiers_owner_due;`.execute(db);
}
