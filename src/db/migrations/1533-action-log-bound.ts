import { sql, type Kysely } from 'kysely';
import { up as wholeDossierUnbounded } from './1530-whole-dossier-revisions.ts';

/**
 * A whole dossier's action log read from the months that can hold it (issue 16.2/16.3): the log is partitioned by
 * month of `at` (migration 1340), and a read by dossier probed every month's partition — 16 in the benchmark, one
 * more each month of retention. `dossiers.actions_from` bounds it from below: no action of the dossier is earlier.
 * - A new dossier gets a day before its creation or reception (BEFORE INSERT trigger): its first action's instant
 *   comes from the application's clock, a little before the database's `created_at`, and the day's margin spares
 *   a write for it (it costs at most one more month probed, for a dossier created on a month's first day).
 * - An action written with an earlier instant (a legacy import's history, a node's settable clock) lowers it: an
 *   AFTER INSERT statement trigger on `dossier_actions` (its transition table) updates the dossiers whose bound is
 *   later than their earliest new action — nothing to write in the usual case.
 * - Dossiers written before this migration keep null: their log is read from every month, as before.
 * `whole_dossier` reads `a.at >= coalesce(dd.actions_from, '-infinity')`, which PostgreSQL prunes at run time
 * (the bound is a parameter of the correlated subquery). The invariant holds for every write that fires triggers;
 * a load with `session_replication_role = replica` (the benchmark's generator) must set the column itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dossiers add column actions_from timestamptz;
    comment on column dossiers.actions_from is 'No action of this dossier is earlier (null: unknown, read every month): bounds the action-log partitions a read probes';

    create function dossier_actions_from_default() returns trigger language plpgsql as $$
    begin
      new.actions_from := coalesce(new.actions_from, least(new.created_at, new.received_at) - interval '1 day');
      return new;
    end $$;
    create trigger dossiers_actions_from before insert on dossiers
      for each row execute function dossier_actions_from_default();

    create function dossier_actions_from_lower() returns trigger language plpgsql as $$
    begin
      update dossiers d set actions_from = m.first_at
        from (select dossier_id, min(at) as first_at from added group by dossier_id) m
       where d.id = m.dossier_id and d.actions_from > m.first_at;
      return null;
    end $$;
    create trigger dossier_actions_from after insert on dossier_actions
      referencing new table as added for each statement execute function dossier_actions_from_lower();

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
           from dossier_actions a
           where a.dossier_id = dd.id and a.at >= coalesce(dd.actions_from, '-infinity'::timestamptz)),
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
  await sql`
    drop trigger dossier_actions_from on dossier_actions;
    drop function dossier_actions_from_lower();
    drop trigger dossiers_actions_from on dossiers;
    drop function dossier_actions_from_default();
  `.execute(db);
  await wholeDossierUnbounded(db);
  await sql`alter table dossiers drop column actions_from`.execute(db);
}
