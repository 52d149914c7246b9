import { sql, type Kysely } from 'kysely';

/**
 * The maintenance job removes replay ids and the portal's register of check codes past their use
 * (src/platform/maintenance/register-prune.ts): indexes on the instants it cuts by, so each pass reads only what
 * it removes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index federation_inbox_received on federation_inbox (received_at);
    create index national_message_register_issued on national_message_register (issued_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index federation_inbox_received;
    drop index national_message_register_issued;
  `.execute(db);
}
