import { sql, type Kysely } from 'kysely';

/**
 * Organisational signing keys and the registry of every PDF this node signs (src/platform/signing).
 * - signing_cas: the CAs this node trusts; a development node generates one root per node code (its private key
 *   encrypted with the master key kept under DATA_DIR, never in the database in clear).
 * - agency_signing_keys: one development certificate + encrypted key per agency; the unique agency_id makes two
 *   processes asking at once end with the same key (insert … on conflict do nothing, then read).
 * - signed_documents: the registry behind public verification, by short code or by SHA-256 of the signed bytes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table signing_cas (
      id uuid primary key default gen_random_uuid(),
      node_code text unique,
      kind text not null check (kind in ('dev-node', 'configured')),
      subject text not null,
      fingerprint text not null unique,
      cert_pem text not null,
      key_enc text,
      created_at timestamptz not null default now()
    );
    create table agency_signing_keys (
      agency_id uuid primary key references agencies(id),
      ca_id uuid not null references signing_cas(id),
      serial_number text not null,
      fingerprint text not null unique,
      cert_pem text not null,
      key_enc text not null,
      not_after timestamptz not null,
      created_at timestamptz not null default now()
    );
    create table signed_documents (
      id uuid primary key default gen_random_uuid(),
      verification_code text not null unique check (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
      kind text not null check (kind in ('receipt', 'form', 'result', 'digitised_copy')),
      sha256 text not null unique,
      blob_sha256 text not null,
      size_bytes integer not null,
      issuer_agency_id uuid not null references agencies(id),
      dossier_id uuid,
      owner_id_number text,
      title text not null,
      metadata jsonb not null default '{}',
      status text not null default 'valid' check (status in ('valid', 'replaced', 'revoked')),
      replaced_by uuid references signed_documents(id),
      replaced_at timestamptz,
      revoked_reason text,
      revoked_at timestamptz,
      issued_at timestamptz not null default now()
    );
    create index signed_documents_dossier on signed_documents (dossier_id) where dossier_id is not null;
    create index signed_documents_owner on signed_documents (owner_id_number) where owner_id_number is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table signed_documents; drop table agency_signing_keys; drop table signing_cas;`.execute(db);
}
