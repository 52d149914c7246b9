import { sql, type Kysely } from 'kysely';

/**
 * The trust anchors of each connected system's signatures, in the portal's registry: the CA certificates a system
 * signs its documents under, recorded from its own signed answers (src/national/verification-remote). A PDF
 * issued by a system is trusted only under the CAs recorded here for that system, never under a certificate
 * carried by the file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table federation_node_signing_cas (
      node_code text not null references federation_nodes(code) on delete cascade,
      fingerprint text not null check (fingerprint ~ '^[0-9a-f]{64}$'),
      cert_pem text not null check (length(cert_pem) between 100 and 20000),
      recorded_at timestamptz not null default now(),
      primary key (node_code, fingerprint)
    );
    comment on table federation_node_signing_cas is 'Registry: the CA certificates each connected system signs its documents under (trust anchors for verification)';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table federation_node_signing_cas`.execute(db);
}
