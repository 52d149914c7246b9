import { sql, type Kysely } from 'kysely';

/**
 * An officer's search of their agencies' dossiers by code or personal ID read by a PL/pgSQL function (issue 16.2,
 * reads), as `own_dossiers` (migration 1531): the page, its capped total (only when the page is full) and the
 * reference revisions of the statement's snapshot (`readAssumingRevisions`) in ONE statement whose plan is cached
 * per connection. The same statement as `listQueue` builds for a search with no other filter: the dossier with that
 * code, and the person's dossiers read in order from (owner_id_number, due_at, created_at) up to the end of the
 * page, joined by UNION ALL, in due order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function queue_search(p_agency_ids uuid[], p_q text, p_limit integer, p_offset integer,
                                            p_cap integer)
      returns table (id uuid, code text, status smallint, procedure_code text, procedure_name text, owner_name text,
                     resolving_agency_id uuid, node_code text, return_at_reception boolean, received_at timestamptz,
                     due_at timestamptz, created_at timestamptz, version integer, state jsonb, revisions jsonb,
                     listed_total bigint)
      language plpgsql stable as $$
    #variable_conflict use_column
    begin
      return query
      with page as materialized (
        select * from (
          (select d.id, d.code, d.status, d.procedure_code, d.procedure_name, d.owner_name, d.resolving_agency_id,
                  d.node_code, d.return_at_reception, d.received_at, d.due_at, d.created_at, d.version,
                  jsonb_build_object('workflow', (d.state->'workflow') - 'handovers', 'acceptance', d.state->'acceptance') as state
             from dossiers d where d.code = p_q and d.resolving_agency_id = any(p_agency_ids))
          union all
          (select d.id, d.code, d.status, d.procedure_code, d.procedure_name, d.owner_name, d.resolving_agency_id,
                  d.node_code, d.return_at_reception, d.received_at, d.due_at, d.created_at, d.version,
                  jsonb_build_object('workflow', (d.state->'workflow') - 'handovers', 'acceptance', d.state->'acceptance')
             from dossiers d
            where d.owner_id_number = p_q and d.code is distinct from p_q and d.resolving_agency_id = any(p_agency_ids)
            order by d.due_at asc, d.created_at asc limit p_limit + p_offset)
        ) u
        order by u.due_at asc, u.created_at asc limit p_limit offset p_offset
      )
      select page.*, reference_revisions(),
        case when (select count(*) from page) >= p_limit then
          (select count(*) from (select 1 from dossiers d
                                  where d.code = p_q and d.resolving_agency_id = any(p_agency_ids) limit p_cap + 1) c)
          + (select count(*) from (select 1 from dossiers d
                                    where d.owner_id_number = p_q and d.code is distinct from p_q
                                      and d.resolving_agency_id = any(p_agency_ids) limit p_cap + 1) o)
        end
      from page order by page.due_at asc, page.created_at asc;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists queue_search(uuid[], text, integer, integer, integer)`.execute(db);
}
