import { sql, type Kysely } from 'kysely';

/**
 * "Hồ sơ của tôi" read by a PL/pgSQL function (issue 16.2, reads): the page of a person's own dossiers and its
 * capped total in ONE statement whose plan is cached per connection (planned per call, the page and its count cost
 * ~0.5 ms of planning against ~0.2 ms of execution). The same statement as `listOwnDossiers` built before: two
 * disjoint branches — submitted from the account, and received for the owner (a citizen's personal ID, or any other
 * owner's number) from elsewhere — each read in order from its index up to the end of the page, joined by UNION ALL;
 * the total counted (each branch up to `p_cap` + 1) only when the page is full. Columns: what a list shows
 * (`ListedDossier`) and `listed_total` (null when the page is not full).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function own_dossiers(p_account uuid, p_citizen boolean, p_id_number text, p_limit integer,
                                            p_offset integer, p_cap integer)
      returns table (id uuid, code text, status smallint, procedure_code text, procedure_name text, owner_name text,
                     resolving_agency_id uuid, node_code text, return_at_reception boolean, received_at timestamptz,
                     due_at timestamptz, created_at timestamptz, version integer, state jsonb, listed_total bigint)
      language plpgsql stable as $$
    #variable_conflict use_column
    begin
      return query
      with page as materialized (
        select * from (
          (select d.id, d.code, d.status, d.procedure_code, d.procedure_name, d.owner_name, d.resolving_agency_id,
                  d.node_code, d.return_at_reception, d.received_at, d.due_at, d.created_at, d.version,
                  jsonb_build_object('workflow', (d.state->'workflow') - 'handovers', 'acceptance', d.state->'acceptance') as state
             from dossiers d where d.account_id = p_account
             order by d.created_at desc limit p_limit + p_offset)
          union all
          (select d.id, d.code, d.status, d.procedure_code, d.procedure_name, d.owner_name, d.resolving_agency_id,
                  d.node_code, d.return_at_reception, d.received_at, d.due_at, d.created_at, d.version,
                  jsonb_build_object('workflow', (d.state->'workflow') - 'handovers', 'acceptance', d.state->'acceptance')
             from dossiers d
            where d.owner_id_number = p_id_number and (d.owner_type = 'citizen') = p_citizen
              and d.account_id is distinct from p_account
            order by d.created_at desc limit p_limit + p_offset)
        ) u
        order by u.created_at desc limit p_limit offset p_offset
      )
      select page.*,
        case when (select count(*) from page) >= p_limit then
          (select count(*) from (select 1 from dossiers d where d.account_id = p_account limit p_cap + 1) a)
          + (select count(*) from (select 1 from dossiers d
                                    where d.owner_id_number = p_id_number and (d.owner_type = 'citizen') = p_citizen
                                      and d.account_id is distinct from p_account limit p_cap + 1) o)
        end
      from page order by page.created_at desc;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists own_dossiers(uuid, boolean, text, integer, integer, integer)`.execute(db);
}
