import { sql, type Kysely } from 'kysely';

/**
 * Reads at 1M dossiers (issue 16.2): the two indexes by owner carry what the lists' capped totals filter on, so that
 * counting a person's dossiers past a full page reads the index only (EXPLAIN at 1M, a citizen with 1,000 dossiers:
 * "Hồ sơ của tôi" 1,697 shared buffers → index only; an officer's search by personal ID 1,013 → index only):
 * - `dossiers_owner` (owner_id_number, created_at desc) also holds owner_type and account_id (`listOwnDossiers`'s
 *   owner branch: citizen or not, and not submitted from the account);
 * - `dossiers_owner_due` (owner_id_number, due_at, created_at) also holds resolving_agency_id and code
 *   (`listQueue`'s owner branch: the officer's agencies, and not the dossier found by code).
 * Each replaces the index of the same keys (no new index to keep up on a write).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index dossiers_owner_cover on dossiers (owner_id_number, created_at desc) include (owner_type, account_id);
    drop index dossiers_owner;
    alter index dossiers_owner_cover rename to dossiers_owner;
    create index dossiers_owner_due_cover on dossiers (owner_id_number, due_at, created_at) include (resolving_agency_id, code);
    drop index dossiers_owner_due;
    alter index dossiers_owner_due_cover rename to dossiers_owner_due;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index dossiers_owner; create index dossiers_owner on dossiers (owner_id_number, created_at desc);
    drop index dossiers_owner_due; create index dossiers_owner_due on dossiers (owner_id_number, due_at, created_at);
  `.execute(db);
}
