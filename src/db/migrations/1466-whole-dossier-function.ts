import { sql, type Kysely } from 'kysely';

/**
 * A whole dossier read by a PL/pgSQL function (issue 16.2, reads): the same single statement as before
 * (`findWholeDossier`), but its plan is cached per connection. Planned per call, the statement cost more to plan
 * than to run (6–7 ms against 0.8 ms at 1M dossiers): its action log spans every monthly partition of
 * `dossier_actions`, which the planner had to open each time. Columns: the dossier row as `dossiers`, then the same
 * JSON values the statement gave.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function whole_dossier(p_id uuid)
      returns table (d dossiers, read_components json, read_fees json, read_actions json, read_rule_version json,
                     read_uploaded_online smallint[], read_chains json)
      language plpgsql stable as $$
    begin
      return query
      with recursive chain (root, id, code, name, node_code, parent_id, depth) as (
        select 'rid'::text, a.id, a.code, a.name, a.node_code, a.parent_id, 0
          from dossiers x join agencies a on a.id = x.resolving_agency_id where x.id = p_id
        union all
        select 'rcode'::text, a.id, a.code, a.name, a.node_code, a.parent_id, 0
          from dossiers x join agencies r on r.id = x.resolving_agency_id
          join agencies a on a.code = r.code and a.valid_to is null where x.id = p_id
        union all
        select 'aid'::text, a.id, a.code, a.name, a.node_code, a.parent_id, 0
          from dossiers x join agencies a on a.id = x.received_at_agency_id where x.id = p_id
        union all
        select 'acode'::text, a.id, a.code, a.name, a.node_code, a.parent_id, 0
          from dossiers x join agencies r on r.id = x.received_at_agency_id
          join agencies a on a.code = r.code and a.valid_to is null where x.id = p_id
        union all
        select c.root, p.id, p.code, p.name, p.node_code, p.parent_id, c.depth + 1 from chain c join agencies p on p.id = c.parent_id
      )
      select dd,
        (select coalesce(json_agg(c order by c.seq), '[]'::json) from dossier_components c where c.dossier_id = dd.id),
        (select coalesce(json_agg(f order by f.seq), '[]'::json) from dossier_fees f where f.dossier_id = dd.id),
        (select coalesce(json_agg(to_jsonb(a) || jsonb_build_object('at',
            to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) order by a.seq), '[]'::json)
           from dossier_actions a where a.dossier_id = dd.id),
        (select row_to_json(rv) from rule_versions rv where rv.id = dd.rule_version_id),
        (select array_agg(distinct s.component_seq) from digitisation_scans s
          where s.dossier_id = dd.id and not exists (select 1 from officers o where o.id::text = s.uploaded_by)),
        (select json_agg(json_build_object('root', c.root, 'id', c.id, 'code', c.code, 'name', c.name,
                                           'nodeCode', c.node_code, 'depth', c.depth) order by c.root, c.depth) from chain c)
      from dossiers dd where dd.id = p_id;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists whole_dossier(uuid)`.execute(db);
}
