import { sql, type Kysely } from 'kysely';

/**
 * Federation: exactly-once forwarded submissions and daily reconciliation (issue 6).
 * - Local system: `dossiers.source_ref` is the idempotency key of a dossier created from a message (the id of the
 *   portal's forwarded submission); unique, so processing the same inbound submission twice yields one dossier.
 * - National portal: the mirror keeps the agency (electronic code of the resolving agency, '' if none yet) and the
 *   day (Vietnam time) of each dossier's creation, so a connected system can compare counts and digests per
 *   agency and day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dossiers add column source_ref text;
    create unique index dossiers_source_ref on dossiers (source_ref) where source_ref is not null;
    comment on column dossiers.source_ref is 'Idempotency key of a dossier created from a federation message (forwarded submission id)';

    alter table national_dossiers add column agency_code text, add column day date;
    create index national_dossiers_agency_day on national_dossiers (source_node, agency_code, day);
    comment on column national_dossiers.agency_code is 'Resolving agency code of the latest snapshot ('''' while awaiting dispatch)';
    comment on column national_dossiers.day is 'Creation day of the dossier on its local system (Vietnam time), for reconciliation';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index national_dossiers_agency_day;
    alter table national_dossiers drop column agency_code, drop column day;
    drop index dossiers_source_ref;
    alter table dossiers drop column source_ref;
  `.execute(db);
}
