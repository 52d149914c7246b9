/**
 * The workflow part of a dossier's replayed state: the current step, its assignee and personal due date
 * (NgayHenTraCaNhan), and every hand-over with its timeliness (the rows of form 06). Pure, like lifecycle.ts,
 * which calls `applyStep` for every action of the log; the checks (is the step a next step, does the receiver
 * hold the step's role at its agency) are made before the action is written, in workflow.service.ts.
 */
import {
  addWorkingMinutes,
  countedFrom,
  fromLocalMs,
  localDay,
  minutesPerDay,
  toLocalMs,
  type Schedule,
} from '../../platform/calendar/engine.ts';
import { allowanceMinutes, stepAllowance, type StepDef } from './template.ts';

export interface Party {
  id: string;
  name: string;
}

export type StepTimeliness = 'early' | 'on_time' | 'late';

/** One entry of a dossier into a step: a row of the control log. */
export interface Handover {
  seq: number;
  via: string;
  fromStep: string | null;
  toStep: string;
  /** null for the reception step: the applicant hands the dossier in. */
  giver: Party | null;
  /** null while the step waits in the pool of its role and agency. */
  receiver: Party | null;
  givenAt: string;
  receivedAt: string | null;
  /** The moment the step's time starts (after the 15:00 cut-off rule and office hours). */
  countsFrom: string;
  dueAt: string;
  doneAt: string | null;
  timeliness: StepTimeliness | null;
  note: string | null;
}

export interface WorkflowState {
  templateId: string;
  receivingAgencyId: string | null;
  step: string | null;
  assignee: Party | null;
  stepDueAt: string | null;
  handovers: Handover[];
}

export interface WorkflowContext {
  templateId: string;
  steps: readonly StepDef[];
  online: boolean;
  /** Hand-overs from a counter step after this local time (HH:MM) count from the next working morning. */
  transferCutoff: string | null;
}

/** A log entry as the workflow reads it (structurally the lifecycle's ActionRecord). */
export interface StepAction {
  seq: number;
  kind: string;
  at: string;
  data: Record<string, unknown>;
  actor?: Party;
}

const DAY_MS = 86_400_000;

function vnDay(s: string): string {
  return localDay(toLocalMs(new Date(s)));
}

export function stepTimeliness(doneAt: string, dueAt: string): StepTimeliness {
  if (Date.parse(doneAt) > Date.parse(dueAt)) return 'late';
  return vnDay(doneAt) < vnDay(dueAt) ? 'early' : 'on_time';
}

/**
 * When the next step's time starts for a hand-over at `givenAt`: the first working moment, except that a hand-over
 * from a counter step after the cut-off counts from the opening of the next working day (law-2025.md §1).
 */
export function handoverCountsFrom(givenAt: Date, schedule: Schedule, cutoff: string | null): Date {
  if (cutoff) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(cutoff);
    const local = toLocalMs(givenAt);
    const base = Math.floor(local / DAY_MS) * DAY_MS;
    if (
      m &&
      schedule.isWorkingDay(localDay(base)) &&
      local - base > (Number(m[1]) * 60 + Number(m[2])) * 60_000
    ) {
      return countedFrom(fromLocalMs(base + DAY_MS), schedule);
    }
  }
  return countedFrom(givenAt, schedule);
}

/**
 * When the electronic transfer of a dossier received at a counter at `receivedAt` is due (law-2025.md §1): within
 * the working day it was received (its closing), or — received after the cut-off, or after hours — at the opening
 * of the next working day. `nextDay` says which.
 */
export function transferDue(receivedAt: Date, schedule: Schedule, cutoff: string): { dueAt: Date; nextDay: boolean } {
  const from = handoverCountsFrom(receivedAt, schedule, cutoff);
  if (vnDay(from.toISOString()) !== vnDay(receivedAt.toISOString())) return { dueAt: from, nextDay: true };
  const local = toLocalMs(from);
  const base = Math.floor(local / DAY_MS) * DAY_MS;
  const closing = Math.max(...schedule.periods.map((p) => p.end));
  return { dueAt: fromLocalMs(base + closing * 60_000), nextDay: false };
}

function party(v: unknown): Party | null {
  if (v && typeof v === 'object' && 'id' in v && 'name' in v) {
    const o = v as Record<string, unknown>;
    return { id: String(o.id), name: String(o.name) };
  }
  return null;
}

function stepOf(ctx: WorkflowContext, key: string | null): StepDef | undefined {
  return key === null ? undefined : ctx.steps.find((s) => s.key === key);
}

/** The first step of kind `return` reachable from `from` (breadth first), where a result goes once issued. */
export function returnStepAfter(steps: readonly StepDef[], from: string): string | null {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length) {
    const k = queue.shift()!;
    const s = steps.find((x) => x.key === k);
    for (const n of s?.next ?? []) {
      if (seen.has(n)) continue;
      if (steps.find((x) => x.key === n)?.kind === 'return') return n;
      seen.add(n);
      queue.push(n);
    }
  }
  return null;
}

/** Apply one logged action to the workflow state. Never throws: the service refused illegal moves before. */
export function applyStep(
  prev: WorkflowState | null,
  a: StepAction,
  ctx: WorkflowContext,
  schedule: Schedule,
): WorkflowState {
  const w: WorkflowState = prev
    ? { ...prev, handovers: prev.handovers.map((h) => ({ ...h })) }
    : {
        templateId: ctx.templateId,
        receivingAgencyId: null,
        step: null,
        assignee: null,
        stepDueAt: null,
        handovers: [],
      };
  const current = w.handovers.at(-1);
  const open = current && current.doneAt === null ? current : undefined;
  const actor = a.actor ?? null;

  const finish = (at: string): void => {
    if (!open) return;
    if (!open.receiver && actor) {
      open.receiver = actor;
      open.receivedAt = a.at;
    }
    open.doneAt = at;
    open.timeliness = stepTimeliness(at, open.dueAt);
  };
  const enter = (
    toStep: string,
    e: {
      giver: Party | null;
      receiver: Party | null;
      givenAt: string;
      receivedAt: string | null;
      counter: boolean;
      /** The latest the step may be due: the transfer of a counter dossier (law-2025.md §1). */
      dueBy?: Date | undefined;
    },
  ): void => {
    const def = stepOf(ctx, toStep);
    if (!def) return;
    const from = e.counter
      ? handoverCountsFrom(new Date(e.givenAt), schedule, ctx.transferCutoff)
      : countedFrom(new Date(e.givenAt), schedule);
    const minutes = allowanceMinutes(stepAllowance(def, ctx.online), minutesPerDay(schedule.periods));
    const byAllowance = addWorkingMinutes(from, minutes, schedule);
    const due = (e.dueBy && e.dueBy < byAllowance ? e.dueBy : byAllowance).toISOString();
    w.handovers.push({
      seq: a.seq,
      via: a.kind,
      fromStep: open?.toStep ?? null,
      toStep,
      giver: e.giver,
      receiver: e.receiver,
      givenAt: e.givenAt,
      receivedAt: e.receivedAt,
      countsFrom: from.toISOString(),
      dueAt: due,
      doneAt: null,
      timeliness: null,
      note:
        typeof a.data.reason === 'string'
          ? a.data.reason
          : typeof a.data.note === 'string'
            ? a.data.note
            : null,
    });
  };
  const toStep = typeof a.data.toStep === 'string' ? a.data.toStep : null;
  const assignee = party(a.data.assignee);
  const fromCounter = (): boolean => !ctx.online && stepOf(ctx, open?.toStep ?? null)?.kind === 'reception';

  switch (a.kind) {
    case 'receive': {
      if (typeof a.data.receivingAgencyId === 'string') w.receivingAgencyId = a.data.receivingAgencyId;
      const first = ctx.steps[0];
      // A counter dossier's reception step transfers it: the same working day, or the next opening after the cut-off.
      const dueBy =
        !ctx.online && ctx.transferCutoff && first?.kind === 'reception' && a.data.imported !== true
          ? transferDue(new Date(a.at), schedule, ctx.transferCutoff).dueAt
          : undefined;
      if (first && !open)
        enter(first.key, { giver: null, receiver: actor, givenAt: a.at, receivedAt: a.at, counter: false, dueBy });
      break;
    }
    case 'start': {
      // The reception step transferred the dossier electronically when it was received; the taker receives it now.
      if (!open || !toStep) break;
      const givenAt = open.receivedAt ?? open.givenAt;
      const counter = fromCounter();
      open.doneAt = givenAt;
      open.timeliness = stepTimeliness(givenAt, open.dueAt);
      enter(toStep, {
        giver: open.receiver,
        receiver: assignee ?? actor,
        givenAt,
        receivedAt: a.at,
        counter,
      });
      break;
    }
    case 'forward':
    case 'return_to_step':
    case 'approve': {
      if (!toStep) break;
      const counter = fromCounter();
      finish(a.at);
      enter(toStep, {
        giver: actor,
        receiver: assignee,
        givenAt: a.at,
        receivedAt: assignee ? a.at : null,
        counter,
      });
      break;
    }
    case 'record_result': {
      const ret = open ? returnStepAfter(ctx.steps, open.toStep) : null;
      finish(a.at);
      if (ret) enter(ret, { giver: actor, receiver: null, givenAt: a.at, receivedAt: null, counter: false });
      break;
    }
    case 'return_result':
    case 'withdraw':
    case 'stop':
    case 'refuse':
      finish(a.at);
      break;
    default:
      break;
  }
  const last = w.handovers.at(-1);
  const live = last && last.doneAt === null ? last : undefined;
  w.step = live?.toStep ?? null;
  w.assignee = live?.receiver ?? null;
  w.stepDueAt = live?.dueAt ?? null;
  return w;
}
