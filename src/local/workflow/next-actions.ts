/**
 * Which of the actions the status allows fit the dossier's workflow step for this officer (issue 13.13): the
 * holder of the current step moves it on (forward, send back, ask for a supplement or fees, record the result at a
 * result step); approval only at an approval step; `start` only for someone who may take the next step. The
 * server still accepts what it accepted before (a leader may step in); this is what the workspace offers.
 */
import type { Principal } from '../../platform/identity/principal.ts';
import type { AgencyRef } from '../catalogue/offering.repository.ts';
import type { Tx } from '../dossiers/dossier.repository.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import type { ActionKind } from '../dossiers/status.ts';
import { eligible, stepChain } from './step.service.ts';
import { dossierTemplateId, listTemplates, templateById } from './workflow.repository.ts';

/** Actions that belong to whoever holds the current step. */
const HOLDER_ACTIONS: readonly ActionKind[] = ['forward', 'return_to_step', 'request_supplement', 'request_payment', 'record_result'];

export async function fitsWorkflowStep(
  tx: Tx,
  p: Principal | undefined,
  row: DossierRow,
  resolving: AgencyRef,
  actions: readonly ActionKind[],
): Promise<ActionKind[]> {
  const w = row.state.workflow;
  // the template kept at reception comes with the row (dossiers.workflow_template_id) when the row was read whole
  const kept = (row as { workflowTemplateId?: string | null }).workflowTemplateId;
  const templateId = w ? (kept !== undefined ? kept : await dossierTemplateId(tx, row.id)) : null;
  const t = templateId ? await templateById(tx, templateId) : undefined;
  if (!w || !t || !p || p.kind !== 'officer') return [...actions];
  const byKey = new Map(t.steps.map((s) => [s.key, s]));
  const cur = w.step ? byKey.get(w.step) : undefined;
  const grants = p.grants;
  const holds = cur
    ? w.assignee
      ? w.assignee.id === p.id
      : eligible(grants, cur, await stepChain(tx, cur, w, resolving))
    : false;
  const out: ActionKind[] = [];
  for (const a of actions) {
    if (a === 'approve') {
      if (cur?.kind === 'approval' && (holds || eligible(grants, cur, await stepChain(tx, cur, w, resolving)))) out.push(a);
    } else if (a === 'start') {
      const next = cur?.next.length === 1 ? byKey.get(cur.next[0]!) : undefined;
      if (!next || eligible(grants, next, await stepChain(tx, next, w, resolving))) out.push(a);
    } else if (HOLDER_ACTIONS.includes(a)) {
      if (!holds) continue;
      if (a === 'forward' && !cur?.next.length) continue;
      if (a === 'return_to_step' && !w.handovers.some((h) => h.toStep !== w.step)) continue;
      if (a === 'record_result' && cur?.kind !== 'result' && t.steps.some((s) => s.kind === 'result')) continue;
      out.push(a);
    } else out.push(a);
  }
  return out;
}

/**
 * The pool of steps an officer's roles take up (for "Việc của tôi"): the keys of steps performed by one of
 * `roles` in any published template, and the keys of reception steps a `start` by one of them leaves.
 */
export async function poolSteps(tx: Tx, roles: readonly string[]): Promise<{ steps: string[]; startFrom: string[] }> {
  const steps = new Set<string>();
  const startFrom = new Set<string>();
  for (const t of await listTemplates(tx)) {
    if (t.status !== 'published') continue;
    const byKey = new Map(t.steps.map((s) => [s.key, s]));
    for (const s of t.steps) {
      if (roles.includes(s.role)) steps.add(s.key);
      if (s.kind === 'reception' && s.next.some((n) => roles.includes(byKey.get(n)?.role ?? ''))) startFrom.add(s.key);
    }
  }
  return { steps: [...steps], startFrom: [...startFrom] };
}
