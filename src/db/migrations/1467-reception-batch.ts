import { sql, type Kysely } from 'kysely';

/**
 * Several counter receptions of one agency in ONE statement (issue 16, intake; src/local/dossiers/reception.batch.ts):
 * `receive_dossiers_checked(ps jsonb)` calls `receive_dossier_checked` for each element of the array, in order, in
 * one transaction. Each takes its own next code of the day; the counter row is locked once for the batch and
 * committed once. Rows come back in the order of the array. Any failure rolls the whole batch back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function receive_dossiers_checked(ps jsonb)
      returns table (r_code text, r_created_at timestamptz, r_action_id bigint)
      language plpgsql as $$
    declare
      x jsonb;
    begin
      for x in select e.value from jsonb_array_elements(ps) with ordinality as e(value, n) order by e.n loop
        return query select y.r_code, y.r_created_at, y.r_action_id from receive_dossier_checked(x) y;
      end loop;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists receive_dossiers_checked(jsonb)`.execute(db);
}
