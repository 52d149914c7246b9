import { sql, type Kysely } from 'kysely';

/**
 * Boundary-free counter reception across systems (issue 6, src/federation/counter-routing).
 * - Every node: a dossier remembers the counter that received it (`received_at_agency_id`, "nơi tiếp nhận") and
 *   whether the result goes back there (`return_at_reception`); in one process hosting several systems the
 *   receiving officer sees it and records its return.
 * - Receiving system (federated): `forwarded_dossiers`, the light record of a dossier received here for an agency
 *   of another system (what was sent, the progress reported back, the return recorded at this counter).
 * - Competent system: `routed_dossiers_in`, each routed counter dossier kept once by its route id until the
 *   reception service has created the dossier (`dossiers.source_ref` = route id); `reported_version` is the
 *   dossier version last reported back to the receiving system.
 * - National portal: `relayed_routes`, which system received which route for which system, so progress is only
 *   relayed from the competent system and a return only from the receiving one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dossiers
      add column received_at_agency_id uuid references agencies(id),
      add column return_at_reception boolean not null default false;
    create index dossiers_received_at on dossiers (received_at_agency_id) where received_at_agency_id is not null;
    comment on column dossiers.received_at_agency_id is 'The agency whose counter received the dossier (nơi tiếp nhận)';
    comment on column dossiers.return_at_reception is 'The person takes the result back at the receiving counter';

    create table forwarded_dossiers (
      id uuid primary key,
      target_node text not null,
      resolving_agency_code text not null,
      procedure_code text not null,
      procedure_name text not null,
      owner_type text not null,
      owner_id_number text not null,
      owner_name text not null,
      received_at_agency_id uuid references agencies(id),
      return_at_reception boolean not null,
      officer_id text not null,
      officer_name text not null,
      files integer not null default 0,
      created_at timestamptz not null default now(),
      remote_code text,
      remote_status integer,
      remote_version integer not null default 0,
      remote_due_at timestamptz,
      history jsonb not null default '[]',
      progress_at timestamptz,
      returned_by jsonb,
      return_sent_at timestamptz
    );
    create index forwarded_dossiers_at on forwarded_dossiers (received_at_agency_id, created_at);
    comment on table forwarded_dossiers is 'Dossiers received at this counter for an agency of another system, and their progress there';

    create table routed_dossiers_in (
      id uuid primary key,
      origin text not null,
      body jsonb not null,
      received_at timestamptz not null default now(),
      dossier_id uuid,
      processed_at timestamptz,
      last_error text,
      reported_version integer not null default 0
    );
    create index routed_dossiers_in_pending on routed_dossiers_in (received_at) where processed_at is null;
    comment on table routed_dossiers_in is 'Counter dossiers received by another system for an agency hosted here, applied once';

    create table relayed_routes (
      id uuid primary key,
      origin text not null,
      target text not null,
      created_at timestamptz not null default now()
    );
    comment on table relayed_routes is 'Counter dossiers relayed by the portal: receiving system (origin) and competent system (target)';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table relayed_routes; drop table routed_dossiers_in; drop table forwarded_dossiers;
    drop index dossiers_received_at;
    alter table dossiers drop column received_at_agency_id, drop column return_at_reception;
  `.execute(db);
}
