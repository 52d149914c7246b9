import { sql, type Kysely } from 'kysely';

/**
 * What the receiving counter knows of a forwarded dossier's fees (issue 13, return of a forwarded dossier): the
 * competent system reports its fee total and whether it is settled with each progress report; the counter hands
 * the result over only when they are settled or waived there with a reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table forwarded_dossiers add column remote_fees jsonb
      check (remote_fees is null or (jsonb_typeof(remote_fees->'total') = 'number' and jsonb_typeof(remote_fees->'paid') = 'boolean'));
    comment on column forwarded_dossiers.remote_fees is 'The competent system''s fees of the dossier as last reported: {total, paid}';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table forwarded_dossiers drop column remote_fees`.execute(db);
}
