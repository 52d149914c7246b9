/**
 * A whole dossier in ONE statement (issue 16.2): the row, its components, fees and action log as JSON arrays, the
 * rule version kept at reception, the components uploaded online, and the agencies it names — the competent agency
 * and the receiving counter, each as the current agency of its code with its ancestors (what `findAgency` answers)
 * and as the chain of ids above the id the dossier names (what visibility checks against an officer's grants).
 * Timestamps inside the JSON are written as `Date#toISOString` writes them, as the column parser gives them.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { AgencyRef } from '../catalogue/offering.repository.ts';
import type { RuleVersionInfo } from './dossier.clocks.ts';
import type { DossierActionRow, DossierComponentRow, DossierFeeRow, DossierRow } from './dossier.table.ts';

export interface WholeDossier {
  row: DossierRow;
  components: DossierComponentRow[];
  fees: DossierFeeRow[];
  actions: DossierActionRow[];
  ruleVersion: RuleVersionInfo & { id: string };
  uploadedOnline: number[];
  /** The competent agency's code (by the id the dossier names), and its current agency with ancestors. */
  resolvingAgencyCode: string | null;
  resolvingAgency: AgencyRef | undefined;
  /** The id the dossier names as competent and every agency above it. */
  resolvingChainIds: string[];
  /** The receiving counter's agency: code and name (by id), its current agency with ancestors, its chain of ids. */
  receivedAt: { code: string; name: string } | null;
  receivedAtAgency: AgencyRef | undefined;
  receivedAtChainIds: string[];
}

interface ChainRow {
  root: 'rid' | 'rcode' | 'aid' | 'acode';
  id: string;
  code: string;
  name: string;
  nodeCode: string;
  depth: number;
}

type Extra = {
  readComponents: DossierComponentRow[];
  readFees: DossierFeeRow[];
  readActions: DossierActionRow[];
  readRuleVersion: (RuleVersionInfo & { id: string }) | null;
  readUploadedOnline: number[] | null;
  readChains: ChainRow[] | null;
};

const iso = (col: string) => sql.raw(`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export async function findWholeDossier(db: Db, id: string): Promise<WholeDossier | undefined> {
  const r = await sql<DossierRow & Extra>`
    with recursive d as (select * from dossiers where id = ${id}),
    chain (root, id, code, name, node_code, parent_id, depth) as (
      select 'rid'::text, a.id, a.code, a.name, a.node_code, a.parent_id, 0 from d join agencies a on a.id = d.resolving_agency_id
      union all
      select 'rcode'::text, a.id, a.code, a.name, a.node_code, a.parent_id, 0 from d join agencies r on r.id = d.resolving_agency_id
        join agencies a on a.code = r.code and a.valid_to is null
      union all
      select 'aid'::text, a.id, a.code, a.name, a.node_code, a.parent_id, 0 from d join agencies a on a.id = d.received_at_agency_id
      union all
      select 'acode'::text, a.id, a.code, a.name, a.node_code, a.parent_id, 0 from d join agencies r on r.id = d.received_at_agency_id
        join agencies a on a.code = r.code and a.valid_to is null
      union all
      select c.root, p.id, p.code, p.name, p.node_code, p.parent_id, c.depth + 1 from chain c join agencies p on p.id = c.parent_id
    )
    select d.*,
      (select coalesce(json_agg(c order by c.seq), '[]'::json) from dossier_components c where c.dossier_id = d.id) as read_components,
      (select coalesce(json_agg(f order by f.seq), '[]'::json) from dossier_fees f where f.dossier_id = d.id) as read_fees,
      (select coalesce(json_agg(to_jsonb(a) || jsonb_build_object('at', ${iso('a.at')}) order by a.seq), '[]'::json)
         from dossier_actions a where a.dossier_id = d.id) as read_actions,
      (select row_to_json(rv) from rule_versions rv where rv.id = d.rule_version_id) as read_rule_version,
      (select array_agg(distinct s.component_seq) from digitisation_scans s
        where s.dossier_id = d.id and not exists (select 1 from officers o where o.id::text = s.uploaded_by)) as read_uploaded_online,
      (select json_agg(json_build_object('root', c.root, 'id', c.id, 'code', c.code, 'name', c.name, 'nodeCode', c.node_code,
                                         'depth', c.depth) order by c.root, c.depth) from chain c) as read_chains
    from d`.execute(db);
  const x = r.rows[0];
  if (!x) return undefined;
  const { readComponents, readFees, readActions, readRuleVersion, readUploadedOnline, readChains, ...row } = x;
  if (!readRuleVersion) throw new Error(`rule version ${row.ruleVersionId} of dossier ${row.id} not found`);
  const chains = readChains ?? [];
  const chainOf = (root: ChainRow['root']) => chains.filter((c) => c.root === root).sort((a, b) => a.depth - b.depth);
  const ref = (root: ChainRow['root']): AgencyRef | undefined => {
    const [self, ...up] = chainOf(root);
    return self
      ? { id: self.id, code: self.code, name: self.name, nodeCode: self.nodeCode, ancestorIds: up.map((a) => a.id), ancestorCodes: up.map((a) => a.code) }
      : undefined;
  };
  const rid = chainOf('rid');
  const aid = chainOf('aid');
  return {
    row,
    components: readComponents,
    fees: readFees,
    actions: readActions,
    ruleVersion: readRuleVersion,
    uploadedOnline: readUploadedOnline ?? [],
    resolvingAgencyCode: rid[0]?.code ?? null,
    resolvingAgency: ref('rcode'),
    resolvingChainIds: rid.map((a) => a.id),
    receivedAt: aid[0] ? { code: aid[0].code, name: aid[0].name } : null,
    receivedAtAgency: ref('acode'),
    receivedAtChainIds: aid.map((a) => a.id),
  };
}
