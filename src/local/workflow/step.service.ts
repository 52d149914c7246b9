/**
 * What the dossier service asks the workflow before it writes an action: which template a new dossier gets, the
 * replay context of a dossier, and — for `start`, `forward`, `return_to_step` and `approve` — whether the move
 * is legal (a next step of the current one, or an earlier step when going back; approval only at an approval
 * step), whether the actor holds the current step, and whether the receiver has the target step's role at its
 * agency. Returns the data stored in the action (`toStep`, `assignee`), from which steps.ts replays the state.
 */
import { AppError } from '../../errors.ts';
import type { PortProcedure } from '../../federation/national-port.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { AgencyRef } from '../catalogue/offering.repository.ts';
import type { Tx } from '../dossiers/dossier.repository.ts';
import type { DossierRow } from '../dossiers/dossier.table.ts';
import type { DossierState, RuleSettings } from '../dossiers/lifecycle.ts';
import { transitionTarget, type ActionKind } from '../dossiers/status.ts';
import type { Party, WorkflowContext, WorkflowState } from './steps.ts';
import type { StepDef } from './template.ts';
import {
  agencyChain,
  agencyIdByCode,
  dossierTemplateId,
  findTemplateById,
  officerWithGrants,
} from './workflow.repository.ts';
import type { WorkflowTemplateRow } from './workflow.table.ts';
import { templateForProcedure } from './workflow.service.ts';

/** The replay context of a template version: the channel and the transfer cut-off of the rules in force. */
export function contextOf(t: WorkflowTemplateRow, online: boolean, rules: RuleSettings): WorkflowContext {
  return { templateId: t.id, steps: t.steps, online, transferCutoff: rules.transferCutoff ?? null };
}

/** The template version in force for the procedure at reception (read before the rules are known). */
export function receptionTemplate(tx: Tx, proc: PortProcedure, now: Date): Promise<WorkflowTemplateRow> {
  return templateForProcedure(tx, proc.workflowTemplateRef, now.toISOString().slice(0, 10));
}

/** The replay context of an existing dossier (null for dossiers received before templates existed). */
export async function workflowContextFor(
  tx: Tx,
  row: DossierRow,
  rules: RuleSettings,
): Promise<WorkflowContext | null> {
  const id = await dossierTemplateId(tx, row.id);
  const t = id ? await findTemplateById(tx, id) : undefined;
  return t ? contextOf(t, row.channel === 'online', rules) : null;
}

export function partyOf(p: Principal | undefined): Party | undefined {
  return p ? { id: p.id, name: p.name } : undefined;
}

/** Where the dossier was received: the receiving officer's agency covering the resolving agency, else their first. */
export function receivingAgencyOf(p: Principal | undefined, resolving: AgencyRef): string | null {
  if (!p || p.kind !== 'officer') return null;
  const grants = p.grants.filter((g) => g.role === 'one_stop_officer' || g.role === 'leader');
  const chain = [resolving.id, ...resolving.ancestorIds];
  return (grants.find((g) => chain.includes(g.agencyId)) ?? grants[0])?.agencyId ?? null;
}

export async function stepChain(tx: Tx, step: StepDef, w: WorkflowState, resolving: AgencyRef): Promise<string[]> {
  if (step.agency === 'resolving' || (step.agency === 'receiving' && !w.receivingAgencyId))
    return [resolving.id, ...resolving.ancestorIds];
  const id = step.agency === 'receiving' ? w.receivingAgencyId : await agencyIdByCode(tx, step.agency);
  return id ? agencyChain(tx, id) : [];
}

type Grants = readonly { role: string; agencyId: string }[];

export function eligible(grants: Grants, step: StepDef, chain: readonly string[]): boolean {
  return grants.some((g) => g.role === step.role && chain.includes(g.agencyId));
}

export interface StepPlanInput {
  principal: Principal | undefined;
  state: DossierState;
  ctx: WorkflowContext | null;
  action: ActionKind;
  toStep?: string | undefined;
  assigneeId?: string | undefined;
  resolving: AgencyRef;
}

/** Check a step move and return the data to store with the action; {} when the action is not a step move. */
export async function planStep(tx: Tx, i: StepPlanInput): Promise<Record<string, unknown>> {
  const { ctx, state, principal } = i;
  if (i.action === 'receive') return { receivingAgencyId: receivingAgencyOf(principal, i.resolving) };
  const w = state.workflow;
  const moves: ActionKind[] = ['start', 'forward', 'return_to_step', 'approve'];
  if (!ctx || !w || !moves.includes(i.action) || transitionTarget(state.status, i.action) === undefined)
    return {};
  if (!principal || principal.kind !== 'officer') throw new AppError('forbidden');
  const byKey = new Map(ctx.steps.map((s) => [s.key, s]));
  const cur = w.step ? byKey.get(w.step) : undefined;

  const allowed =
    i.action === 'return_to_step'
      ? [...new Set(w.handovers.map((h) => h.toStep))].filter((k) => k !== w.step)
      : (cur?.next ?? []);
  const refuse = (detail: string): never => {
    throw new AppError('workflow-step-not-allowed', {
      detail,
      data: { currentStep: w.step, allowedNextSteps: allowed },
    });
  };
  if (!cur && i.action !== 'return_to_step') refuse('The dossier is at no step');
  if (i.action === 'approve' && cur?.kind !== 'approval')
    refuse(`Approval happens at an approval step, not at ${w.step}`);

  if (cur && i.action !== 'start') {
    // The giver: the current assignee, anyone with the step's role at its agency while unassigned, or a leader there.
    const chain = await stepChain(tx, cur, w, i.resolving);
    const holds =
      w.assignee?.id === principal.id ||
      (!w.assignee && eligible(principal.grants, cur, chain)) ||
      principal.grants.some((g) => g.role === 'leader' && chain.includes(g.agencyId)) ||
      (i.action === 'approve' && eligible(principal.grants, cur, chain));
    if (!holds)
      throw new AppError('workflow-not-step-holder', {
        data: { currentStep: w.step, assignee: w.assignee, allowedNextSteps: allowed },
      });
  }

  const toStep = i.toStep ?? (allowed.length === 1 ? allowed[0] : undefined);
  if (!toStep) return refuse('Choose the step to hand over to (toStep)');
  if (!allowed.includes(toStep))
    return refuse(`${toStep} is not a step this dossier may move to from ${w.step ?? 'nowhere'}`);
  const target = byKey.get(toStep)!;
  const chain = await stepChain(tx, target, w, i.resolving);

  let receiver: { party: Party; grants: Grants } | undefined;
  if (i.assigneeId) {
    const o = await officerWithGrants(tx, i.assigneeId);
    if (!o || !o.active)
      throw new AppError('workflow-assignee-not-eligible', {
        detail: 'No active officer with this id',
        data: { step: toStep },
      });
    receiver = { party: { id: o.id, name: o.fullName }, grants: o.grants };
  } else if (i.action === 'start') {
    receiver = { party: { id: principal.id, name: principal.name }, grants: principal.grants };
  } else if (i.action === 'return_to_step') {
    const before = w.handovers.findLast((h) => h.toStep === toStep && h.receiver);
    if (before?.receiver) return { toStep, assignee: before.receiver };
  }
  if (receiver && !eligible(receiver.grants, target, chain)) {
    throw new AppError('workflow-assignee-not-eligible', {
      detail: `Step ${toStep} is performed by a ${target.role} of ${target.agency}`,
      data: { step: toStep, role: target.role, agency: target.agency, allowedNextSteps: allowed },
    });
  }
  return { toStep, ...(receiver && i.assigneeId ? { assignee: receiver.party } : {}) };
}

/**
 * The assignee of the current step may forward or send back the dossier even when their grants are at another
 * agency (an inter-agency step): the dossier service lets them through its agency check with this.
 */
export function holdsCurrentStep(state: DossierState, p: Principal | undefined, action: ActionKind): boolean {
  return (
    !!p && (action === 'forward' || action === 'return_to_step') && state.workflow?.assignee?.id === p.id
  );
}
