/**
 * The law's clock: the one "now" the legal decisions read (reception, due dates, late marks, apologies, pauses,
 * windows, the daily jobs). In real operation it is the system clock. In test and demo modes only
 * (`clockSettable(config)`; refused at start in production, src/config.ts) an operator may run the node at a chosen
 * instant through `PUT /api/v1/operations/clock`, so that deadlines can be exercised without waiting: either
 * running on from that instant (an offset) or frozen at it. Per process and per node (the demo federation's nodes
 * each have their own); nothing is stored.
 */
import type { Config } from '../../config.ts';

export interface ClockStatus {
  /** Whether this node may be set at all (test and demo modes only). */
  settable: boolean;
  /** Whether it is set now (false: real time). */
  set: boolean;
  /** Set and standing still at `now`. */
  frozen: boolean;
  /** The law's now (ISO). */
  now: string;
  /** The system clock (ISO). */
  realNow: string;
  /** How far the law's now is from the system clock, in milliseconds. */
  offsetMs: number;
}

export interface LawClock {
  readonly settable: boolean;
  now(): Date;
  status(): ClockStatus;
  /** Run at `at` from now on (running on, or frozen). Throws when the clock is not settable. */
  set(at: Date, opts?: { frozen?: boolean }): ClockStatus;
  /** Back to real time. */
  reset(): ClockStatus;
}

export class ClockNotSettableError extends Error {
  constructor() {
    super('the clock of this node cannot be set (production, or not a test or demo node)');
  }
}

/** Test and demo nodes: CLOCK_SETTABLE when given, else on in test and demo modes; never in production. */
export function clockSettable(cfg: Pick<Config, 'NODE_ENV' | 'DEMO_MODE' | 'CLOCK_SETTABLE'>): boolean {
  if (cfg.NODE_ENV === 'production') return false;
  if (cfg.CLOCK_SETTABLE !== undefined) return cfg.CLOCK_SETTABLE && (cfg.NODE_ENV === 'test' || cfg.DEMO_MODE);
  return cfg.NODE_ENV === 'test' || cfg.DEMO_MODE;
}

export function createLawClock(settable: boolean, system: () => number = () => Date.now()): LawClock {
  let offsetMs = 0;
  let frozenAt: number | null = null;
  const nowMs = (): number => frozenAt ?? system() + offsetMs;
  const status = (): ClockStatus => {
    const real = system();
    const now = nowMs();
    return {
      settable,
      set: frozenAt !== null || offsetMs !== 0,
      frozen: frozenAt !== null,
      now: new Date(now).toISOString(),
      realNow: new Date(real).toISOString(),
      offsetMs: now - real,
    };
  };
  return {
    settable,
    now: () => new Date(nowMs()),
    status,
    set(at, opts = {}) {
      if (!settable) throw new ClockNotSettableError();
      const t = at.getTime();
      if (!Number.isFinite(t)) throw new RangeError('invalid instant');
      if (opts.frozen) {
        frozenAt = t;
        offsetMs = 0;
      } else {
        frozenAt = null;
        offsetMs = t - system();
      }
      return status();
    },
    reset() {
      offsetMs = 0;
      frozenAt = null;
      return status();
    },
  };
}

/** The real clock, for code paths that have no node (CLI commands, tools). */
export const realClock: LawClock = createLawClock(false);
