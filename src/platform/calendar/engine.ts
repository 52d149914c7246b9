/**
 * The legal clock. Pure functions over a working schedule: office periods of a working day (07:00–11:30 and
 * 13:30–17:00 by default, 8 hours) and a calendar that says which dates are working days (Mon–Fri unless a
 * day off; a make-up Saturday is a working day). All wall-clock times are Vietnam time (UTC+07:00, no DST).
 *
 * Rules (domain-vn.md §7.1): reception outside office hours counts from the next working moment; working-day
 * durations are hours-per-day × days of working time; calendar-day durations count every day, and a due date
 * on a non-working day moves to the next working day (optionally skipping holidays while counting).
 */

export const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

export interface Period {
  /** Minutes from midnight, local time. */
  start: number;
  end: number;
}

export interface Schedule {
  periods: readonly Period[];
  /** Is this local date (YYYY-MM-DD) a working day? */
  isWorkingDay(day: string): boolean;
  /** Is this local date a holiday or other declared day off (not merely a weekend)? */
  isDeclaredDayOff(day: string): boolean;
}

export type DurationUnit = 'working_day' | 'working_hour' | 'calendar_day';

export class ScheduleError extends Error {}

export function parsePeriods(spec: string): Period[] {
  const periods = spec.split(',').map((part) => {
    const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(part);
    if (!m) throw new ScheduleError(`bad period "${part}"`);
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(m[3]) * 60 + Number(m[4]);
    if (!(start < end && end <= 24 * 60)) throw new ScheduleError(`bad period "${part}"`);
    return { start, end };
  });
  for (let i = 1; i < periods.length; i++) {
    if (periods[i]!.start < periods[i - 1]!.end) throw new ScheduleError('periods overlap or are out of order');
  }
  return periods;
}

export function minutesPerDay(periods: readonly Period[]): number {
  return periods.reduce((acc, p) => acc + (p.end - p.start), 0);
}

/** A calendar from its exceptions: declared days off and declared working days (make-up Saturdays). */
export function calendarSchedule(periods: readonly Period[], offDays: Iterable<string>, workingDays: Iterable<string>): Schedule {
  const off = new Set(offDays);
  const work = new Set(workingDays);
  return {
    periods,
    isWorkingDay(day) {
      if (work.has(day)) return true;
      if (off.has(day)) return false;
      const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
      return wd >= 1 && wd <= 5;
    },
    isDeclaredDayOff: (day) => off.has(day),
  };
}

/** Local wall-clock milliseconds (UTC ms + 7 h), so UTC getters read Vietnam time. */
export function toLocalMs(d: Date): number {
  return d.getTime() + VN_OFFSET_MS;
}

export function fromLocalMs(ms: number): Date {
  return new Date(ms - VN_OFFSET_MS);
}

export function localDay(localMs: number): string {
  return new Date(localMs).toISOString().slice(0, 10);
}

/** ISO 8601 with the +07:00 offset, e.g. 2025-05-05T16:00:00+07:00. */
export function formatVn(d: Date): string {
  return `${new Date(toLocalMs(d)).toISOString().slice(0, 19)}+07:00`;
}

const MAX_SCAN_DAYS = 800;

function dayStart(localMs: number): number {
  return Math.floor(localMs / DAY_MS) * DAY_MS;
}

/** The first working moment at or after `t` (reception after hours or in the lunch break moves forward). */
export function countedFrom(t: Date, s: Schedule): Date {
  if (s.periods.length === 0) throw new ScheduleError('the schedule has no office periods');
  let local = toLocalMs(t);
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    const base = dayStart(local);
    const minute = (local - base) / 60_000;
    if (s.isWorkingDay(localDay(base))) {
      for (const p of s.periods) {
        if (minute < p.end) return fromLocalMs(base + Math.max(minute, p.start) * 60_000);
      }
    }
    local = base + DAY_MS;
  }
  throw new ScheduleError(`no working time within ${MAX_SCAN_DAYS} days`);
}

/** Add `minutes` of working time to `t` (counted from the first working moment). */
export function addWorkingMinutes(t: Date, minutes: number, s: Schedule): Date {
  if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new ScheduleError('duration must be a non-negative number');
  let local = toLocalMs(countedFrom(t, s));
  let remaining = minutes;
  if (remaining === 0) return fromLocalMs(local);
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    const base = dayStart(local);
    const minute = (local - base) / 60_000;
    if (s.isWorkingDay(localDay(base))) {
      for (const p of s.periods) {
        if (minute >= p.end) continue;
        const from = Math.max(minute, p.start);
        const avail = p.end - from;
        if (remaining <= avail) return fromLocalMs(base + (from + remaining) * 60_000);
        remaining -= avail;
      }
    }
    local = base + DAY_MS;
  }
  throw new ScheduleError(`no working time within ${MAX_SCAN_DAYS} days`);
}

/**
 * A due date moved by the working time a pause took (domain-vn.md §7, law-2025.md §3): exactly `minutes` of
 * working time later. A pause with no working time in it leaves the due date where it was, including an
 * end-of-day instant (Friday 17:00 stays Friday 17:00; it is not normalised to Monday's opening).
 */
export function extendByWorkingMinutes(due: Date, minutes: number, s: Schedule): Date {
  if (minutes === 0) return due;
  return addWorkingMinutes(due, minutes, s);
}

/** Is `t` working time: a working day, within an office period (its opening and its closing instants included)? */
export function isWorkingInstant(t: Date, s: Schedule): boolean {
  const local = toLocalMs(t);
  const base = dayStart(local);
  if (!s.isWorkingDay(localDay(base))) return false;
  const minute = (local - base) / 60_000;
  return s.periods.some((p) => minute >= p.start && minute <= p.end);
}

/** The last closing of an office period at or before `t` (e.g. Friday 17:00 for a Sunday instant). */
export function previousWorkingEnd(t: Date, s: Schedule): Date {
  if (s.periods.length === 0) throw new ScheduleError('the schedule has no office periods');
  let local = toLocalMs(t);
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    const base = dayStart(local);
    const minute = (local - base) / 60_000;
    if (s.isWorkingDay(localDay(base))) {
      for (const p of [...s.periods].reverse()) {
        if (p.end <= minute) return fromLocalMs(base + p.end * 60_000);
      }
    }
    local = base - 1;
  }
  throw new ScheduleError(`no working time within ${MAX_SCAN_DAYS} days`);
}

/** Working minutes elapsed between two instants (0 when `b` is not after `a`). */
export function workingMinutesBetween(a: Date, b: Date, s: Schedule): number {
  const end = toLocalMs(b);
  let local = toLocalMs(a);
  let total = 0;
  for (let i = 0; i < MAX_SCAN_DAYS * 20 && local < end; i++) {
    const base = dayStart(local);
    if (s.isWorkingDay(localDay(base))) {
      for (const p of s.periods) {
        const from = Math.max(local, base + p.start * 60_000);
        const to = Math.min(end, base + p.end * 60_000);
        if (to > from) total += (to - from) / 60_000;
      }
    }
    local = base + DAY_MS;
  }
  return Math.round(total);
}

/**
 * Calendar days: every day counts (holidays are skipped while counting only when `skipHolidays`); a due date on a
 * non-working day moves to the same clock time of the next working day.
 */
export function addCalendarDays(t: Date, days: number, s: Schedule, skipHolidays = false): Date {
  if (!Number.isInteger(days) || days < 0) throw new ScheduleError('calendar days must be a non-negative integer');
  let local = toLocalMs(countedFrom(t, s));
  let left = days;
  let guard = 0;
  while (left > 0) {
    local += DAY_MS;
    if (!(skipHolidays && s.isDeclaredDayOff(localDay(local)))) left--;
    if (++guard > MAX_SCAN_DAYS * 4) throw new ScheduleError('calendar scan overflow');
  }
  while (!s.isWorkingDay(localDay(local))) {
    local += DAY_MS;
    if (++guard > MAX_SCAN_DAYS * 4) throw new ScheduleError('calendar scan overflow');
  }
  return countedFrom(fromLocalMs(local), s);
}

export interface DueDate {
  start: Date;
  countedFrom: Date;
  due: Date;
}

/** The due date of a duration in one of the legal units. */
export function dueDate(
  start: Date,
  duration: number,
  unit: DurationUnit,
  s: Schedule,
  opts: { calendarDaysSkipHolidays?: boolean } = {},
): DueDate {
  const from = countedFrom(start, s);
  let due: Date;
  switch (unit) {
    case 'working_hour':
      due = addWorkingMinutes(start, Math.round(duration * 60), s);
      break;
    case 'working_day':
      due = addWorkingMinutes(start, Math.round(duration * minutesPerDay(s.periods)), s);
      break;
    case 'calendar_day':
      due = addCalendarDays(start, duration, s, opts.calendarDaysSkipHolidays ?? false);
      break;
  }
  return { start, countedFrom: from, due };
}
