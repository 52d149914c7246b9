import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  calendarSchedule,
  countedFrom,
  dueDate,
  extendByWorkingMinutes,
  formatVn,
  isWorkingInstant,
  parsePeriods,
  previousWorkingEnd,
} from './engine.ts';
import { calendarFor, statutoryCalendar } from './holidays.ts';

const periods = parsePeriods('07:00-11:30,13:30-17:00');
const days = [2024, 2025, 2026, 2027].flatMap(calendarFor);
const s = calendarSchedule(
  periods,
  days.filter((d) => d.kind === 'day_off').map((d) => d.date),
  days.filter((d) => d.kind === 'working_day').map((d) => d.date),
);
const vn = (iso: string) => new Date(iso);

describe('due dates (domain-vn.md §7.3)', () => {
  it('Thu 24/4/2025 16:00 + 5 working days is Mon 5/5/2025 16:00 (make-up Saturday 26/4 counts, 30/4–4/5 off)', () => {
    const r = dueDate(vn('2025-04-24T16:00:00+07:00'), 5, 'working_day', s);
    expect(formatVn(r.countedFrom)).toBe('2025-04-24T16:00:00+07:00');
    expect(formatVn(r.due)).toBe('2025-05-05T16:00:00+07:00');
  });

  it('reception after hours, before opening and in the lunch break counts from the next working moment', () => {
    expect(formatVn(countedFrom(vn('2025-04-24T17:30:00+07:00'), s))).toBe('2025-04-25T07:00:00+07:00');
    expect(formatVn(countedFrom(vn('2025-04-24T06:10:00+07:00'), s))).toBe('2025-04-24T07:00:00+07:00');
    expect(formatVn(countedFrom(vn('2025-04-24T12:00:00+07:00'), s))).toBe('2025-04-24T13:30:00+07:00');
    expect(formatVn(countedFrom(vn('2025-04-24T17:00:00+07:00'), s))).toBe('2025-04-25T07:00:00+07:00');
    // Friday evening → the make-up Saturday 26/4/2025 is a working day.
    expect(formatVn(countedFrom(vn('2025-04-25T18:00:00+07:00'), s))).toBe('2025-04-26T07:00:00+07:00');
    // Tuesday 29/4/2025 evening → Monday 5/5 (30/4–4/5 off).
    expect(formatVn(countedFrom(vn('2025-04-29T18:00:00+07:00'), s))).toBe('2025-05-05T07:00:00+07:00');
  });

  it('a duration that ends exactly at a period end is due at that end', () => {
    expect(formatVn(addWorkingMinutes(vn('2025-06-02T07:00:00+07:00'), 8 * 60 * 5, s))).toBe('2025-06-06T17:00:00+07:00');
    expect(formatVn(addWorkingMinutes(vn('2025-06-02T07:00:00+07:00'), 270, s))).toBe('2025-06-02T11:30:00+07:00');
    expect(formatVn(addWorkingMinutes(vn('2025-06-02T07:00:00+07:00'), 271, s))).toBe('2025-06-02T13:31:00+07:00');
  });

  it('working hours cross the lunch break and nights', () => {
    const r = dueDate(vn('2025-06-02T10:00:00+07:00'), 4, 'working_hour', s);
    expect(formatVn(r.due)).toBe('2025-06-02T16:00:00+07:00'); // 1.5 h before lunch + 2.5 h after
    const r2 = dueDate(vn('2025-06-02T16:00:00+07:00'), 2, 'working_hour', s);
    expect(formatVn(r2.due)).toBe('2025-06-03T08:00:00+07:00');
  });

  it('calendar days count every day and move a due date off a non-working day', () => {
    // Mon 2/6/2025 09:00 + 5 calendar days = Sat 7/6 → Mon 9/6 09:00.
    expect(formatVn(dueDate(vn('2025-06-02T09:00:00+07:00'), 5, 'calendar_day', s).due)).toBe('2025-06-09T09:00:00+07:00');
    // Across Tết 2026 with holidays skipped while counting: Fri 13/2 09:00 + 3 days.
    expect(formatVn(dueDate(vn('2026-02-13T09:00:00+07:00'), 3, 'calendar_day', s).due)).toBe('2026-02-23T09:00:00+07:00');
    expect(
      formatVn(dueDate(vn('2026-02-13T09:00:00+07:00'), 3, 'calendar_day', s, { calendarDaysSkipHolidays: true }).due),
    ).toBe('2026-02-23T09:00:00+07:00');
    expect(formatVn(dueDate(vn('2026-02-12T09:00:00+07:00'), 2, 'calendar_day', s, { calendarDaysSkipHolidays: true }).due)).toBe(
      '2026-02-23T09:00:00+07:00',
    );
  });
});

describe('calendar seed', () => {
  it('matches the official civil-service calendar 2024–2026 day by day (shared data, by path)', () => {
    const csv = readFileSync(
      path.resolve(import.meta.dirname, '../../../../shared/data/holidays-civil-service-vn/vn_civil_service_calendar_2024_2027.csv'),
      'utf8',
    );
    const rows = csv.trim().split('\n').slice(1).map((l) => l.split(','));
    const expectedOff = rows.filter((r) => ['holiday', 'swapped_day_off', 'substitute_day_off'].includes(r[3]!) && r[2] !== '2027').map((r) => r[0]);
    const expectedWork = rows.filter((r) => r[3] === 'compensatory_workday').map((r) => r[0]);
    const seeded = [2024, 2025, 2026].flatMap(calendarFor);
    expect(seeded.filter((d) => d.kind === 'day_off').map((d) => d.date).sort()).toEqual(expectedOff.sort());
    expect(seeded.filter((d) => d.kind === 'working_day').map((d) => d.date).sort()).toEqual(expectedWork.sort());
  });

  it('estimates a year without a notice from the Labour Code and the Vietnamese lunar calendar', () => {
    const y2027 = statutoryCalendar(2027).map((d) => d.date);
    // 1/1 Fri; Tết: giao thừa Fri 5/2, mùng 1 Sat 6/2 → weekdays 5, 8, 9 + two substitutes 10, 11; Giỗ Tổ Fri 16/4;
    // 30/4 Fri; 1/5 Sat → Mon 3/5; 2/9 Thu + 3/9 Fri.
    expect(y2027).toEqual([
      '2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
      '2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03',
    ]);
    expect(statutoryCalendar(2030).map((d) => d.date)).toContain('2030-02-01'); // VN giao thừa Fri 1/2 (the Chinese calendar says 2/2)
  });
});

describe('working minutes between two instants', () => {
  it('counts only office time', async () => {
    const { workingMinutesBetween } = await import('./engine.ts');
    // Thu 24/4/2025 16:00 → Mon 5/5/2025 16:00 is exactly the 5 working days of the worked example.
    expect(workingMinutesBetween(vn('2025-04-24T16:00:00+07:00'), vn('2025-05-05T16:00:00+07:00'), s)).toBe(40 * 60);
    expect(workingMinutesBetween(vn('2025-06-02T11:00:00+07:00'), vn('2025-06-02T14:00:00+07:00'), s)).toBe(60);
    expect(workingMinutesBetween(vn('2025-06-02T14:00:00+07:00'), vn('2025-06-02T11:00:00+07:00'), s)).toBe(0);
  });
});

describe('pauses and new appointments (issue 14 items 3 and 4)', () => {
  it('a pause without working time leaves an end-of-day due date where it is; working time moves it exactly', () => {
    const friday = vn('2025-06-06T17:00:00+07:00');
    expect(formatVn(extendByWorkingMinutes(friday, 0, s))).toBe('2025-06-06T17:00:00+07:00');
    expect(formatVn(extendByWorkingMinutes(vn('2025-06-06T11:30:00+07:00'), 0, s))).toBe('2025-06-06T11:30:00+07:00');
    expect(formatVn(extendByWorkingMinutes(friday, 30, s))).toBe('2025-06-09T07:30:00+07:00');
    expect(formatVn(extendByWorkingMinutes(vn('2025-06-06T16:00:00+07:00'), 60, s))).toBe('2025-06-06T17:00:00+07:00');
  });

  it('working time is a working day inside an office period, opening and closing included', () => {
    expect(isWorkingInstant(vn('2025-06-06T17:00:00+07:00'), s)).toBe(true);
    expect(isWorkingInstant(vn('2025-06-06T07:00:00+07:00'), s)).toBe(true);
    expect(isWorkingInstant(vn('2025-06-06T11:30:00+07:00'), s)).toBe(true);
    expect(isWorkingInstant(vn('2025-06-06T10:15:00+07:00'), s)).toBe(true);
    expect(isWorkingInstant(vn('2025-06-06T12:00:00+07:00'), s)).toBe(false);
    expect(isWorkingInstant(vn('2025-06-06T17:00:01+07:00'), s)).toBe(false);
    expect(isWorkingInstant(vn('2025-06-08T10:00:00+07:00'), s)).toBe(false); // Sunday
    expect(isWorkingInstant(vn('2025-09-02T10:00:00+07:00'), s)).toBe(false); // National Day
    expect(isWorkingInstant(vn('2025-04-26T10:00:00+07:00'), s)).toBe(true); // make-up Saturday
  });

  it('the nearest working-time choices around a non-working instant', () => {
    const sunday = vn('2025-06-08T10:00:00+07:00');
    expect(formatVn(previousWorkingEnd(sunday, s))).toBe('2025-06-06T17:00:00+07:00');
    expect(formatVn(countedFrom(sunday, s))).toBe('2025-06-09T07:00:00+07:00');
    expect(formatVn(previousWorkingEnd(vn('2025-06-09T12:10:00+07:00'), s))).toBe('2025-06-09T11:30:00+07:00');
    expect(formatVn(previousWorkingEnd(vn('2025-06-09T06:00:00+07:00'), s))).toBe('2025-06-06T17:00:00+07:00');
    // Across the 30/4–4/5 holidays: Monday 5/5 early morning → Tuesday 29/4 17:00.
    expect(formatVn(previousWorkingEnd(vn('2025-05-05T06:00:00+07:00'), s))).toBe('2025-04-29T17:00:00+07:00');
  });
});
