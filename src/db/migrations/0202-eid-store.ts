import { sql, type Kysely } from 'kysely';

/**
 * Storage of the e-ID stand-in's protocol state (oidc-provider adapter: interactions, sessions, codes, grants,
 * tokens) so that any process can continue a login another process started. Rows expire; expired ones are
 * ignored and purged opportunistically.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table eid_standin_store (
      model text not null,
      id text not null,
      payload jsonb not null,
      grant_id text,
      user_code text,
      uid text,
      expires_at timestamptz,
      consumed_at timestamptz,
      primary key (model, id)
    );
    create index eid_standin_store_grant on eid_standin_store(grant_id) where grant_id is not null;
    create index eid_standin_store_uid on eid_standin_store(model, uid) where uid is not null;
    create index eid_standin_store_expires on eid_standin_store(expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists eid_standin_store`.execute(db);
}
