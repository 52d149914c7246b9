import { describe, expect, it } from 'vitest';
import { calendarSchedule, formatVn, parsePeriods } from '../../platform/calendar/engine.ts';
import { calendarFor } from '../../platform/calendar/holidays.ts';
import { defaultRules, replay, TransitionError, type ActionRecord } from './lifecycle.ts';
import { allowedActions, transitions } from './status.ts';
import type { ActionKind } from './status.ts';

const days = [2024, 2025, 2026, 2027].flatMap(calendarFor);
const schedule = calendarSchedule(
  parsePeriods('07:00-11:30,13:30-17:00'),
  days.filter((d) => d.kind === 'day_off').map((d) => d.date),
  days.filter((d) => d.kind === 'working_day').map((d) => d.date),
);
const terms = { duration: 5, unit: 'working_day' as const };
const ctx = { schedule, terms, rules: defaultRules };

function log(...steps: [ActionKind, string, Record<string, unknown>?][]): ActionRecord[] {
  return steps.map(([kind, at, data], i) => ({
    seq: i + 1,
    kind,
    at: new Date(at).toISOString(),
    data: data ?? {},
  }));
}
const vn = (iso: string | null) => (iso ? formatVn(new Date(iso)) : null);

describe('transition table', () => {
  it('is the one table of allowed actions (snapshot)', () => {
    expect(transitions).toMatchSnapshot();
    expect(allowedActions(3)).toEqual([]);
    expect(allowedActions(10)).toEqual(['recall']);
  });
});

describe('replaying the action log', () => {
  it('a counter dossier received Thu 24/4/2025 16:00 for 5 working days is due Mon 5/5/2025 16:00', () => {
    const st = replay(log(['receive', '2025-04-24T16:00:00+07:00']), ctx);
    expect(st.status).toBe(2);
    expect(vn(st.dueAt)).toBe('2025-05-05T16:00:00+07:00');
  });

  it('refuses an action the status does not allow, naming status and action', () => {
    expect(() =>
      replay(
        log(['receive', '2025-06-02T07:00:00+07:00'], ['return_result', '2025-06-02T08:00:00+07:00']),
        ctx,
      ),
    ).toThrow(TransitionError);
    expect(() => replay(log(['record_result', '2025-06-02T07:00:00+07:00']), ctx)).toThrow(TransitionError);
    expect(() =>
      replay(
        log(
          ['receive', '2025-06-02T07:00:00+07:00'],
          ['withdraw', '2025-06-02T08:00:00+07:00'],
          ['start', '2025-06-02T09:00:00+07:00'],
        ),
        ctx,
      ),
    ).toThrow(/not allowed in status 7/);
  });

  it('pauses the clock for a supplement and extends (or, by rule, restarts) the due date', () => {
    const actions = log(
      ['receive', '2025-06-02T07:00:00+07:00'],
      ['start', '2025-06-02T08:00:00+07:00'],
      ['request_supplement', '2025-06-03T07:00:00+07:00'],
      ['supplement_received', '2025-06-05T07:00:00+07:00'],
    );
    const extended = replay(actions, ctx);
    expect(extended.status).toBe(4);
    expect(vn(extended.originalDueAt)).toBe('2025-06-06T17:00:00+07:00');
    expect(vn(extended.dueAt)).toBe('2025-06-10T17:00:00+07:00'); // 2 working days paused
    expect(vn(extended.dueAtIfRestarted)).toBe('2025-06-11T17:00:00+07:00');
    expect(extended.pauses).toEqual([
      {
        kind: 'supplement',
        from: new Date('2025-06-03T07:00:00+07:00').toISOString(),
        to: new Date('2025-06-05T07:00:00+07:00').toISOString(),
        fromStatus: 4,
      },
    ]);
    const restarted = replay(actions, {
      ...ctx,
      rules: { ...defaultRules, supplementDuringProcessing: 'restart' },
    });
    expect(vn(restarted.dueAt)).toBe('2025-06-11T17:00:00+07:00');
  });

  it('a pause with no working time in it leaves the due date Friday 17:00 (issue 14 item 3)', () => {
    // 5 working days from Mon 2/6/2025 07:00 → Fri 6/6 17:00; paused Fri 17:30 → Sun 10:00 (no working time).
    const base: [ActionKind, string, Record<string, unknown>?][] = [
      ['receive', '2025-06-02T07:00:00+07:00'],
      ['start', '2025-06-02T08:00:00+07:00'],
    ];
    const sup = replay(
      log(...base, ['request_supplement', '2025-06-06T17:30:00+07:00'], ['supplement_received', '2025-06-08T10:00:00+07:00']),
      ctx,
    );
    expect(vn(sup.dueAt)).toBe('2025-06-06T17:00:00+07:00');
    expect(vn(sup.dueAtIfExtended)).toBe('2025-06-06T17:00:00+07:00');
    const pay = replay(
      log(...base, ['request_payment', '2025-06-06T17:30:00+07:00'], ['payment_fulfilled', '2025-06-08T10:00:00+07:00']),
      ctx,
    );
    expect(vn(pay.dueAt)).toBe('2025-06-06T17:00:00+07:00');
    // Paused working time moves it by exactly that time: Fri 16:30 → Mon 07:15 is 30 + 15 minutes.
    const some = replay(
      log(...base, ['request_supplement', '2025-06-06T16:30:00+07:00'], ['supplement_received', '2025-06-09T07:15:00+07:00']),
      ctx,
    );
    expect(vn(some.dueAt)).toBe('2025-06-09T07:45:00+07:00');
  });

  it('pauses for a financial obligation and returns to where it was (9 stays 9)', () => {
    const st = replay(
      log(
        ['receive', '2025-06-02T07:00:00+07:00'],
        ['start', '2025-06-02T08:00:00+07:00'],
        ['request_payment', '2025-06-02T13:30:00+07:00'],
        ['payment_fulfilled', '2025-06-03T13:30:00+07:00'],
      ),
      ctx,
    );
    expect(st.status).toBe(4);
    expect(vn(st.dueAt)).toBe('2025-06-09T17:00:00+07:00');
    const ready = replay(
      log(
        ['receive', '2025-06-02T07:00:00+07:00'],
        ['record_result', '2025-06-03T07:00:00+07:00'],
        ['request_payment', '2025-06-03T08:00:00+07:00'],
        ['payment_fulfilled', '2025-06-04T08:00:00+07:00'],
        ['return_result', '2025-06-04T09:00:00+07:00'],
      ),
      ctx,
    );
    expect(ready.status).toBe(10);
  });

  it('grades the result early, on time or late against the due date', () => {
    const base: [ActionKind, string][] = [
      ['receive', '2025-06-02T07:00:00+07:00'],
      ['start', '2025-06-02T07:10:00+07:00'],
    ];
    const at = (t: string) => replay(log(...base, ['record_result', t]), ctx).timeliness;
    expect(at('2025-06-05T10:00:00+07:00')).toBe('early');
    expect(at('2025-06-06T16:59:00+07:00')).toBe('on_time');
    expect(at('2025-06-09T08:00:00+07:00')).toBe('late');
  });

  it('an online submission waits in status 1, may be sent back once for a supplement, then is received', () => {
    const st = replay(
      log(
        ['submit', '2025-06-01T21:00:00+07:00'],
        ['request_supplement', '2025-06-02T08:00:00+07:00'],
        ['supplement_received', '2025-06-02T20:00:00+07:00'],
        ['receive', '2025-06-03T08:00:00+07:00'],
      ),
      ctx,
    );
    expect(st.status).toBe(2);
    expect(st.subState).toBeNull();
    expect(vn(st.submittedAt)).toBe('2025-06-01T21:00:00+07:00');
    expect(vn(st.dueAt)).toBe('2025-06-10T08:00:00+07:00');
  });

  it('records an apology with its new appointment', () => {
    const st = replay(
      log(
        ['receive', '2025-06-02T07:00:00+07:00'],
        ['start', '2025-06-02T08:00:00+07:00'],
        [
          'apologize',
          '2025-06-05T09:00:00+07:00',
          { newDueAt: new Date('2025-06-12T17:00:00+07:00').toISOString() },
        ],
      ),
      ctx,
    );
    expect(st.apologized).toBe(true);
    expect(vn(st.dueAt)).toBe('2025-06-12T17:00:00+07:00');
    expect(vn(st.originalDueAt)).toBe('2025-06-06T17:00:00+07:00');
  });
});
