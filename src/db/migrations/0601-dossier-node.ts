import { sql, type Kysely } from 'kysely';

/**
 * The local system (node) a dossier belongs to, so a dossier whose competent agency is not yet known — the
 * dispatch queue of boundary-free reception — is still visible to that system's one-stop officers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dossiers add column node_code text;
    update dossiers d set node_code = a.node_code from agencies a where a.id = d.resolving_agency_id;
    alter table dossiers alter column node_code set not null;
    create index dossiers_dispatch_node on dossiers(node_code, created_at) where resolving_agency_id is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dossiers drop column node_code`.execute(db);
}
