import { sql, type Kysely } from 'kysely';
import { up as wholeDossierWithoutRevisions } from './1466-whole-dossier-function.ts';

/**
 * A whole dossier read with the reference revisions of its snapshot (issue 16.2, reads): `whole_dossier` also
 * returns `reference_revisions()` (migration 1465), so what the officer's view needs from the per-process caches
 * (workflow template, the agencies' systems) is read from caches checked against the same statement, without one
 * more statement to read the revisions. Same columns as migration 1466, plus `read_revisions`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop function if exists whole_dossier(uuid);
    create or replace function whole_dossier(p_id uuid)
      returns table (d dossiers, read_components json, read_fees json, read_actions json, read_rule_version json,
                     read_uploaded_online smallint[], read_chains json, read_revisions jsonb)
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
                                           'nodeCode', c.node_code, 'depth', c.depth) order by c.root, c.depth) from chain c),
        reference_revisions()
      from dossiers dd where dd.id = p_id;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists whole_dossier(uuid)`.execute(db);
  await wholeDossierWithoutRevisions(db);
}
