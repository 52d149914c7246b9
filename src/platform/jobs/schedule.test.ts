/** Daily occurrences in Vietnam time (+07:00): the latest due and the next, across Vietnam and UTC midnights. */
import { describe, expect, it } from 'vitest';
import { latestDue, nextDue, parseDailyAt } from './schedule.ts';

const at = (iso: string) => new Date(iso);

describe('daily schedule in Vietnam time', () => {
  it('names the occurrence by its Vietnam day and dues it at the Vietnam time', () => {
    // 00:20 in Hà Nội is still the previous UTC day; the 00:30 occurrence of that Vietnam day is not due yet.
    expect(latestDue(at('2026-03-02T00:20:00+07:00'), '00:30')).toEqual({ runKey: '2026-03-01', dueAt: at('2026-03-01T00:30:00+07:00') });
    expect(latestDue(at('2026-03-02T00:30:00+07:00'), '00:30')).toEqual({ runKey: '2026-03-02', dueAt: at('2026-03-02T00:30:00+07:00') });
    expect(latestDue(at('2026-03-02T23:59:00+07:00'), '00:30').runKey).toBe('2026-03-02');
    expect(nextDue(at('2026-03-02T00:30:00+07:00'), '00:30')).toEqual({ runKey: '2026-03-03', dueAt: at('2026-03-03T00:30:00+07:00') });
    expect(nextDue(at('2026-03-02T00:29:59+07:00'), '00:30').runKey).toBe('2026-03-02');
    expect(latestDue(at('2027-01-01T06:59:00Z'), '23:45')).toEqual({ runKey: '2026-12-31', dueAt: at('2026-12-31T23:45:00+07:00') });
  });

  it('accepts HH:MM only', () => {
    expect(parseDailyAt('00:30')).toBe(30);
    expect(parseDailyAt('23:59')).toBe(23 * 60 + 59);
    for (const bad of ['24:00', '7:00', '07:60', '0730', '']) expect(() => parseDailyAt(bad)).toThrow();
  });
});
