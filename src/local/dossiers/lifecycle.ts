/**
 * The dossier's state, derived by replaying its append-only action log: status, sub-state, the legal clock
 * (reception, counted-from, due date, every pause), the apology, the result and its timeliness. Pure: the same
 * log, schedule and rules always give the same state, so the stored projection can be rebuilt at any time.
 */
import {
  dueDate,
  extendByWorkingMinutes,
  workingMinutesBetween,
  type DurationUnit,
  type Schedule,
} from '../../platform/calendar/engine.ts';
import { applyStep, type WorkflowContext, type WorkflowState } from '../workflow/steps.ts';
import { transitionTarget, type ActionKind, type Status } from './status.ts';

export interface ActionRecord {
  seq: number;
  kind: ActionKind;
  /** ISO instant the action took effect. */
  at: string;
  data: Record<string, unknown>;
  /** Who took the action (from the log row); the workflow needs it for the hand-over log. */
  actor?: { id: string; name: string };
}

/** Rule settings in force at reception (the [R] rules of domain-vn.md, law-2025.md §3). */
export interface RuleSettings {
  /** After a supplement requested during processing: extend the due date by the paused time, or restart it. */
  supplementDuringProcessing: 'extend' | 'restart';
  /** How long before the due date an apology (form 04) must be sent at the latest, in minutes. */
  apologyLeadMinutes: number;
  /** Counter hand-overs after this local time (HH:MM) count from the next working morning (law-2025.md §1). */
  transferCutoff?: string | null;
}

export const defaultRules: RuleSettings = {
  supplementDuringProcessing: 'extend',
  apologyLeadMinutes: 24 * 60,
};

export interface ProcessingTerms {
  duration: number;
  unit: DurationUnit;
  calendarDaysSkipHolidays?: boolean;
}

export interface Pause {
  kind: 'supplement' | 'payment';
  from: string;
  to: string | null;
  /** Status when the pause began (where the dossier returns). */
  fromStatus: Status;
}

export type Timeliness = 'early' | 'on_time' | 'late';

export interface DossierState {
  status: Status;
  subState: 'awaiting_supplement_before_reception' | null;
  submittedAt: string | null;
  receivedAt: string | null;
  countedFrom: string | null;
  dueAt: string | null;
  /** The due date under the other supplement policy, kept so the rule can be switched without migration. */
  dueAtIfRestarted: string | null;
  dueAtIfExtended: string | null;
  originalDueAt: string | null;
  pauses: Pause[];
  supplementRequests: number;
  apologized: boolean;
  resultAt: string | null;
  returnedAt: string | null;
  closedAt: string | null;
  timeliness: Timeliness | null;
  lastSeq: number;
  /** Current step, assignee, personal due date and hand-overs (src/local/workflow); absent before templates. */
  workflow?: WorkflowState | null;
}

export class TransitionError extends Error {
  constructor(
    readonly status: Status,
    readonly action: ActionKind,
  ) {
    super(`action ${action} is not allowed in status ${status}`);
  }
}

function iso(d: Date): string {
  return d.toISOString();
}

export function timelinessOf(doneAt: string, dueAt: string, vnDay: (iso: string) => string): Timeliness {
  if (doneAt > dueAt) return 'late';
  return vnDay(doneAt) < vnDay(dueAt) ? 'early' : 'on_time';
}

const vnDay = (s: string): string =>
  new Date(new Date(s).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

export function initialState(): DossierState {
  return {
    status: 1,
    subState: null,
    submittedAt: null,
    receivedAt: null,
    countedFrom: null,
    dueAt: null,
    dueAtIfRestarted: null,
    dueAtIfExtended: null,
    originalDueAt: null,
    pauses: [],
    supplementRequests: 0,
    apologized: false,
    resultAt: null,
    returnedAt: null,
    closedAt: null,
    timeliness: null,
    lastSeq: 0,
  };
}

/**
 * An officer's correction of the declaration (declaration.service.ts): an action in the log that changes neither
 * the status, the clock nor the workflow step, and is not offered among the transitions.
 */
export const CORRECT_DECLARATION = 'correct_declaration';

/** Apply one action; throws TransitionError when the action is not allowed in the current status. */
export function apply(
  state: DossierState,
  action: ActionRecord,
  ctx: {
    schedule: Schedule;
    terms: ProcessingTerms | null;
    rules: RuleSettings;
    workflow?: WorkflowContext | null;
  },
): DossierState {
  const s: DossierState = { ...state, pauses: state.pauses.map((p) => ({ ...p })), lastSeq: action.seq };
  const at = new Date(action.at);
  const first = state.lastSeq === 0;
  if ((action.kind as string) === CORRECT_DECLARATION && !first) return s;

  if (first) {
    if (action.kind === 'submit') {
      s.status = 1;
      s.submittedAt = action.at;
      return s;
    }
    if (action.kind !== 'receive' && action.kind !== 'refuse') throw new TransitionError(1, action.kind);
  }

  const target = first ? (action.kind === 'receive' ? 2 : 3) : transitionTarget(state.status, action.kind);
  if (target === undefined) throw new TransitionError(state.status, action.kind);

  switch (action.kind) {
    case 'receive': {
      s.receivedAt = action.at;
      s.subState = null;
      if (ctx.terms) {
        const r = dueDate(at, ctx.terms.duration, ctx.terms.unit, ctx.schedule, {
          calendarDaysSkipHolidays: ctx.terms.calendarDaysSkipHolidays ?? false,
        });
        s.countedFrom = iso(r.countedFrom);
        s.dueAt = s.originalDueAt = s.dueAtIfExtended = s.dueAtIfRestarted = iso(r.due);
      }
      // A dossier imported from an older system keeps the appointment that system gave.
      const imported = action.data.importedDueAt;
      if (typeof imported === 'string')
        s.dueAt = s.originalDueAt = s.dueAtIfExtended = s.dueAtIfRestarted = imported;
      break;
    }
    case 'request_supplement': {
      s.supplementRequests++;
      if (state.status === 1) s.subState = 'awaiting_supplement_before_reception';
      else s.pauses.push({ kind: 'supplement', from: action.at, to: null, fromStatus: state.status });
      break;
    }
    case 'supplement_received': {
      if (state.status === 1) {
        s.subState = null;
        break;
      }
      const pause = s.pauses.findLast((p) => p.kind === 'supplement' && p.to === null);
      if (pause) {
        pause.to = action.at;
        if (s.dueAt && ctx.terms) {
          const paused = workingMinutesBetween(new Date(pause.from), at, ctx.schedule);
          // Only paused working time moves the due date: a pause without any leaves it exactly where it was.
          const extended = iso(
            extendByWorkingMinutes(new Date(s.dueAtIfExtended ?? s.dueAt), paused, ctx.schedule),
          );
          const restarted = iso(
            dueDate(at, ctx.terms.duration, ctx.terms.unit, ctx.schedule, {
              calendarDaysSkipHolidays: ctx.terms.calendarDaysSkipHolidays ?? false,
            }).due,
          );
          s.dueAtIfExtended = extended;
          s.dueAtIfRestarted = restarted;
          s.dueAt = ctx.rules.supplementDuringProcessing === 'restart' ? restarted : extended;
        }
        s.status = pause.fromStatus === 2 ? 2 : 4;
        s.lastSeq = action.seq;
        return s;
      }
      break;
    }
    case 'request_payment': {
      s.pauses.push({ kind: 'payment', from: action.at, to: null, fromStatus: state.status });
      break;
    }
    case 'payment_fulfilled': {
      const pause = s.pauses.findLast((p) => p.kind === 'payment' && p.to === null);
      if (pause) {
        pause.to = action.at;
        if (s.dueAt && pause.fromStatus !== 9) {
          const paused = workingMinutesBetween(new Date(pause.from), at, ctx.schedule);
          const extend = (due: string): string =>
            iso(extendByWorkingMinutes(new Date(due), paused, ctx.schedule));
          s.dueAt = extend(s.dueAt);
          if (s.dueAtIfExtended) s.dueAtIfExtended = extend(s.dueAtIfExtended);
          if (s.dueAtIfRestarted) s.dueAtIfRestarted = extend(s.dueAtIfRestarted);
        }
        s.status = pause.fromStatus === 9 ? 9 : pause.fromStatus === 2 ? 2 : 4;
        return s;
      }
      break;
    }
    case 'apologize': {
      const newDue = action.data.newDueAt;
      if (typeof newDue === 'string') s.dueAt = newDue;
      s.apologized = true;
      break;
    }
    case 'record_result': {
      s.resultAt = action.at;
      if (s.dueAt) s.timeliness = timelinessOf(action.at, s.dueAt, vnDay);
      break;
    }
    case 'return_result': {
      s.returnedAt = action.at;
      break;
    }
    case 'recall': {
      s.resultAt = null;
      s.returnedAt = null;
      s.timeliness = null;
      break;
    }
    case 'refuse':
    case 'withdraw':
    case 'stop': {
      s.closedAt = action.at;
      for (const p of s.pauses) if (p.to === null) p.to = action.at;
      break;
    }
    case 'submit':
    case 'dispatch':
    case 'start':
    case 'forward':
    case 'return_to_step':
    case 'approve':
      break;
  }
  if (ctx.workflow) s.workflow = applyStep(state.workflow ?? null, action, ctx.workflow, ctx.schedule);
  if (target !== 'previous') s.status = target;
  return s;
}

export function replay(
  actions: readonly ActionRecord[],
  ctx: {
    schedule: Schedule;
    terms: ProcessingTerms | null;
    rules: RuleSettings;
    workflow?: WorkflowContext | null;
  },
): DossierState {
  return actions.reduce((st, a) => apply(st, a, ctx), initialState());
}
