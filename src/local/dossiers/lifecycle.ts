/**
 * The dossier's state, derived by replaying its append-only action log: status, sub-state, the legal clock
 * (reception, counted-from, due date, every pause), the apology, the result and its timeliness. Pure: the same
 * log, schedule and rules always give the same state, so the stored projection can be rebuilt at any time.
 */
import {
  addWorkingMinutes,
  countedFrom,
  dueDate,
  extendByWorkingMinutes,
  minutesPerDay,
  workingMinutesBetween,
  type DurationUnit,
  type Schedule,
} from '../../platform/calendar/engine.ts';
import { applyStep, transferDue, type WorkflowContext, type WorkflowState } from '../workflow/steps.ts';
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
  /** The paper file of a counter or postal dossier reaches the resolving agency within this many working days (§1). */
  paperHandoverWorkingDays?: number | null;
  /** An online dossier is accepted, refused or asked for a supplement within this many working hours (§6). */
  onlineAcceptanceWorkingHours?: number | null;
}

export const defaultRules: RuleSettings = {
  supplementDuringProcessing: 'extend',
  apologyLeadMinutes: 24 * 60,
  transferCutoff: '15:00',
  paperHandoverWorkingDays: 1,
  onlineAcceptanceWorkingHours: 8,
};

/**
 * The acceptance clock of an online dossier (law-2025.md §6, "chậm tiếp nhận"): from the first working moment after
 * it reached the system, due `onlineAcceptanceWorkingHours` later; answered by acceptance, refusal, a supplement
 * request or the owner's withdrawal. A supplement sent before reception starts it again; an earlier late answer stays.
 */
export interface AcceptanceClock {
  countsFrom: string;
  dueAt: string;
  answeredAt: string | null;
  /** An earlier round (before a supplement) was answered late. */
  lateBefore: boolean;
}

/** The electronic transfer of a counter or postal dossier (law-2025.md §1): same day, or the next opening after the cut-off. */
export interface TransferClock {
  dueAt: string;
  /** Received after the cut-off (or after hours): due at the opening of the next working day. */
  nextDay: boolean;
  cutoff: string;
}

/** The paper file handed over to the resolving agency (law-2025.md §1), recorded with `hand_over_paper`. */
export interface PaperHandover {
  dueAt: string | null;
  at: string | null;
}

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
  /** Online dossiers: the acceptance clock (absent on states written before it existed). */
  acceptance?: AcceptanceClock | null;
  /** Counter and postal dossiers: the transfer due time and the paper hand-over. */
  transfer?: TransferClock | null;
  paperHandover?: PaperHandover | null;
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

/** Is the acceptance of an online dossier late at `now`: answered after its due time, or still waiting past it? */
export function acceptanceLate(a: AcceptanceClock | null | undefined, now: Date): boolean {
  if (!a) return false;
  return a.lateBefore || (a.answeredAt ?? now.toISOString()) > a.dueAt;
}

function startAcceptance(at: Date, rules: RuleSettings, schedule: Schedule, lateBefore: boolean): AcceptanceClock | null {
  const hours = rules.onlineAcceptanceWorkingHours;
  if (!hours) return null;
  return {
    countsFrom: iso(countedFrom(at, schedule)),
    dueAt: iso(addWorkingMinutes(at, Math.round(hours * 60), schedule)),
    answeredAt: null,
    lateBefore,
  };
}

function answerAcceptance(s: DossierState, at: string): void {
  if (s.acceptance && s.acceptance.answeredAt === null) s.acceptance = { ...s.acceptance, answeredAt: at };
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

  const imported = action.data.imported === true; // from an older system: its clocks are not ours to mark
  if (first) {
    if (action.kind === 'submit') {
      s.status = 1;
      s.submittedAt = action.at;
      s.acceptance = imported ? null : startAcceptance(at, ctx.rules, ctx.schedule, false);
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
      answerAcceptance(s, action.at);
      if (first && !imported) {
        // counter or post: the electronic transfer and the paper hand-over (law-2025.md §1)
        const cutoff = ctx.rules.transferCutoff;
        if (cutoff) {
          const t = transferDue(at, ctx.schedule, cutoff);
          s.transfer = { dueAt: iso(t.dueAt), nextDay: t.nextDay, cutoff };
        }
        const days = ctx.rules.paperHandoverWorkingDays;
        s.paperHandover = {
          dueAt: days ? iso(addWorkingMinutes(at, Math.round(days * minutesPerDay(ctx.schedule.periods)), ctx.schedule)) : null,
          at: null,
        };
      }
      if (ctx.terms) {
        const r = dueDate(at, ctx.terms.duration, ctx.terms.unit, ctx.schedule, {
          calendarDaysSkipHolidays: ctx.terms.calendarDaysSkipHolidays ?? false,
        });
        s.countedFrom = iso(r.countedFrom);
        s.dueAt = s.originalDueAt = s.dueAtIfExtended = s.dueAtIfRestarted = iso(r.due);
      }
      // A dossier imported from an older system keeps the appointment that system gave.
      const importedDue = action.data.importedDueAt;
      if (typeof importedDue === 'string')
        s.dueAt = s.originalDueAt = s.dueAtIfExtended = s.dueAtIfRestarted = importedDue;
      break;
    }
    case 'request_supplement': {
      s.supplementRequests++;
      if (state.status === 1) answerAcceptance(s, action.at);
      if (state.status === 1) s.subState = 'awaiting_supplement_before_reception';
      else s.pauses.push({ kind: 'supplement', from: action.at, to: null, fromStatus: state.status });
      break;
    }
    case 'supplement_received': {
      if (state.status === 1) {
        s.subState = null;
        // the dossier waits for acceptance again: a new acceptance clock, an earlier late answer kept
        if (s.acceptance) s.acceptance = startAcceptance(at, ctx.rules, ctx.schedule, acceptanceLate(s.acceptance, at));
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
    case 'hand_over_paper': {
      s.paperHandover = { dueAt: s.paperHandover?.dueAt ?? null, at: action.at };
      break;
    }
    case 'refuse':
    case 'withdraw':
    case 'stop': {
      answerAcceptance(s, action.at);
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
