import { sql, type Kysely } from 'kysely';

/**
 * Digitisation at reception (src/local/digitisation): the scanned pages an officer uploads for a dossier component,
 * in order, and the digitised copy composed from them (one per component, §5.2 metadata kept as JSON as well as
 * inside the PDF). Files live in the blob store; rows name them by SHA-256.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table digitisation_scans (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null,
      component_seq smallint not null,
      position integer not null,
      blob_sha256 text not null check (blob_sha256 ~ '^[0-9a-f]{64}$'),
      size bigint not null check (size > 0),
      file_type text not null check (file_type in ('pdf', 'jpeg', 'png', 'tiff')),
      mime text not null,
      pages integer not null check (pages > 0),
      width integer,
      height integer,
      file_name text not null,
      uploaded_by text not null,
      uploaded_by_name text not null,
      uploaded_at timestamptz not null default now(),
      foreign key (dossier_id, component_seq) references dossier_components (dossier_id, seq) on delete cascade,
      unique (dossier_id, component_seq, position)
    );

    create table digitisations (
      id uuid primary key default gen_random_uuid(),
      dossier_id uuid not null,
      component_seq smallint not null,
      -- the digitised copy as finalised (finalise.ts): unsigned today, signed once signing is integrated
      pdf_sha256 text not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
      pdf_size bigint not null,
      pages integer not null,
      metadata jsonb not null,
      -- TrangThaiSoHoa (domain-vn.md §5.2): 1 digitised
      state smallint not null default 1 check (state between 0 and 3),
      officer_id text not null,
      officer_name text not null,
      agency_id uuid references agencies (id),
      unit_name text not null,
      digitised_at timestamptz not null,
      foreign key (dossier_id, component_seq) references dossier_components (dossier_id, seq) on delete cascade,
      unique (dossier_id, component_seq)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table digitisations, digitisation_scans`.execute(db);
}
