/**
 * A whole dossier in ONE statement (issue 16.2; the function `whole_dossier`, migration 1466, plan cached): the row, its components, fees and action log as JSON arrays, the
 * rule version kept at reception, the components uploaded online, and the agencies it names — the competent agency
 * and the receiving counter, each as the current agency of its code with its ancestors (what `findAgency` answers)
 * and as the chain of ids above the id the dossier names (what visibility checks against an officer's grants).
 * Timestamps inside the JSON are written as `Date#toISOString` writes them, as the column parser gives them.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Revisions } from '../../platform/reference/revisions.ts';
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
  /** The reference revisions of the statement's snapshot (`readingAt`: the caches that complete the view). */
  revisions: Revisions;
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
  readRevisions: Revisions;
};


export async function findWholeDossier(db: Db, id: string): Promise<WholeDossier | undefined> {
  // whole_dossier (migration 1466): the statement in a function, so its plan is cached per connection
  const r = await sql<DossierRow & Extra>`
    select (w.d).*, w.read_components, w.read_fees, w.read_actions, w.read_rule_version, w.read_uploaded_online,
      w.read_chains, w.read_revisions
    from whole_dossier(${id}::uuid) w`.execute(db);
  const x = r.rows[0];
  if (!x) return undefined;
  const { readComponents, readFees, readActions, readRuleVersion, readUploadedOnline, readChains, readRevisions, ...row } = x;
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
    revisions: readRevisions,
  };
}
