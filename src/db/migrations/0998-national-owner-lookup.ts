import { sql, type Kysely } from 'kysely';

/**
 * The citizen's dossiers on the national portal ("hồ sơ của tôi" on a portal-only node): the mirror is searched by
 * the owner's personal ID or tax code, which the DVCQG snapshot carries as `SoGiayToChuHoSo` and in
 * `DinhDanhCHS[].SoDinhDanh`. An expression index for the first, a GIN index (containment) for the second.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index national_dossiers_owner_id on national_dossiers ((payload->>'SoGiayToChuHoSo'));
    create index national_dossiers_owner_ids on national_dossiers using gin ((payload->'DinhDanhCHS') jsonb_path_ops);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index national_dossiers_owner_ids; drop index national_dossiers_owner_id;`.execute(db);
}
