import { sql, type Kysely } from 'kysely';

/**
 * Once-only reuse on dossier components (domain-vn.md §5.2 TrangThaiSoHoa 2|3): the warehouse document a component
 * was taken from and the consent under which it was taken. No foreign key: the warehouse belongs to the national
 * portal, which may be another system.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dossier_components
      add column warehouse_document_id uuid,
      add column warehouse_consent_id uuid;
    create index dossier_components_reused on dossier_components (warehouse_document_id) where warehouse_document_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dossier_components drop column warehouse_document_id, drop column warehouse_consent_id`.execute(
    db,
  );
}
