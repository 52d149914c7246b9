/** Working calendars and due dates: loads the schedule of an agency from the database and runs the engine. */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { assertAgencyScope } from '../identity/policy.ts';
import { findAgencyByCode } from '../reference/agency.repository.ts';
import type { Principal } from '../identity/principal.ts';
import { currentRevision, databaseKey } from '../reference/revisions.ts';
import {
  deleteDay,
  findSchedule,
  insertMissingDays,
  yearsPresent,
  listDays,
  upsertAgencySchedule,
  upsertDay,
} from './calendar.repository.ts';
import { calendarSchedule, dueDate, formatVn, parsePeriods, ScheduleError, type DurationUnit, type Schedule } from './engine.ts';
import { calendarFor, SEEDED_YEARS, type CalendarDay } from './holidays.ts';

export interface LoadedSchedule {
  schedule: Schedule;
  calendarCode: string;
  periods: string;
  calendarDaysSkipHolidays: boolean;
}

async function agencyIdOrThrow(db: Db, agencyCode: string): Promise<string> {
  const id = (await findAgencyByCode(db, agencyCode))?.id;
  if (!id) throw new AppError('agency-not-found', { detail: `No agency ${agencyCode}` });
  return id;
}

/**
 * Schedules are read on every reception and action, and change a few times a year: each process keeps them (a
 * rebuildable cache, per database) while `calendar_revision` is unchanged. That one-row number is bumped in the
 * writing transaction by every statement on `calendar_days` or `work_schedules` (migration 1400), so a change made
 * through any process is seen by every other at its next reception or action; one read of the revisions per use,
 * none in a reception (it checks them when it writes: src/platform/reference/revisions.ts).
 */
interface PerDb {
  revision: string;
  schedules: Map<string, Promise<LoadedSchedule>>;
}
const scheduleCache = new WeakMap<object, PerDb>();

const cacheKey = databaseKey;

function forgetSchedules(db: Db): void {
  scheduleCache.delete(cacheKey(db));
}

export async function loadSchedule(db: Db, agencyCode?: string): Promise<LoadedSchedule> {
  const revision = await currentRevision(db, 'calendar');
  let perDb = scheduleCache.get(cacheKey(db));
  if (!perDb || perDb.revision !== revision) scheduleCache.set(cacheKey(db), (perDb = { revision, schedules: new Map() }));
  const key = agencyCode ?? '';
  const hit = perDb.schedules.get(key);
  if (hit) return hit;
  const value = readSchedule(db, agencyCode);
  const schedules = perDb.schedules;
  schedules.set(key, value);
  value.catch(() => schedules.delete(key));
  return value;
}

async function readSchedule(db: Db, agencyCode?: string): Promise<LoadedSchedule> {
  const agencyId = agencyCode ? await agencyIdOrThrow(db, agencyCode) : undefined;
  const row = await findSchedule(db, agencyId);
  const days = await listDays(db, row.calendarCode);
  const schedule = calendarSchedule(
    parsePeriods(row.periods),
    days.filter((d) => d.kind === 'day_off').map((d) => d.date),
    days.filter((d) => d.kind === 'working_day').map((d) => d.date),
  );
  return { schedule, calendarCode: row.calendarCode, periods: row.periods, calendarDaysSkipHolidays: row.calendarDaysSkipHolidays };
}

/** Parse an ISO 8601 date-time; without an offset it is read as Vietnam time. */
export function parseVnDateTime(s: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(s.trim());
  if (!m) throw new AppError('validation-failed', { detail: 'start must be an ISO 8601 date-time', errors: [{ path: '/start', message: 'invalid date-time' }] });
  const d = new Date(`${m[1]}T${m[2] ?? '00:00'}${m[3] ?? '+07:00'}`);
  const day = new Date(`${m[1]}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== m[1]) {
    throw new AppError('validation-failed', { detail: 'start is not a real date-time', errors: [{ path: '/start', message: 'invalid date-time' }] });
  }
  return d;
}

export interface DueDateResult {
  start: string;
  countedFrom: string;
  due: string;
  duration: number;
  unit: DurationUnit;
  agency: string | null;
  calendar: string;
  workingHours: string;
}

export async function computeDueDate(
  db: Db,
  q: { start: string; duration: number; unit: DurationUnit; agency?: string },
): Promise<DueDateResult> {
  if (q.unit === 'calendar_day' && !Number.isInteger(q.duration)) {
    throw new AppError('validation-failed', { detail: 'calendar_day durations are whole days', errors: [{ path: '/duration', message: 'must be an integer' }] });
  }
  const loaded = await loadSchedule(db, q.agency);
  try {
    const r = dueDate(parseVnDateTime(q.start), q.duration, q.unit, loaded.schedule, {
      calendarDaysSkipHolidays: loaded.calendarDaysSkipHolidays,
    });
    return {
      start: formatVn(r.start),
      countedFrom: formatVn(r.countedFrom),
      due: formatVn(r.due),
      duration: q.duration,
      unit: q.unit,
      agency: q.agency ?? null,
      calendar: loaded.calendarCode,
      workingHours: loaded.periods,
    };
  } catch (err) {
    if (err instanceof ScheduleError) throw new AppError('bad-request', { detail: err.message });
    throw err;
  }
}

/**
 * Seed the years this release knows (2024–2027) into a calendar, each only if that year has no entry yet, so an
 * administrator's later edits and deletions are kept. Runs at every start; cheap and idempotent.
 */
export async function seedCalendar(db: Db, calendarCode = 'VN'): Promise<number> {
  const present = new Set(await yearsPresent(db, calendarCode));
  const days = SEEDED_YEARS.filter((y) => !present.has(y)).flatMap(calendarFor);
  return insertMissingDays(db, calendarCode, days);
}

export function yearDays(db: Db, year: number, calendarCode = 'VN') {
  return listDays(db, calendarCode, `${year}-01-01`, `${year}-12-31`);
}

export function setDay(db: Db, principal: Principal | undefined, d: CalendarDay) {
  forgetSchedules(db);
  return upsertDay(db, 'VN', d, principal?.id ?? '');
}

export async function removeDay(db: Db, date: string): Promise<void> {
  forgetSchedules(db);
  if (!(await deleteDay(db, 'VN', date))) throw new AppError('not-found', { detail: `No calendar entry on ${date}` });
}

export async function setWorkingHours(
  db: Db,
  principal: Principal | undefined,
  agencyCode: string,
  periods: string,
  calendarDaysSkipHolidays: boolean,
) {
  const agencyId = await agencyIdOrThrow(db, agencyCode);
  assertAgencyScope(principal, 'working-hours:manage', agencyId);
  try {
    parsePeriods(periods);
  } catch (err) {
    throw new AppError('validation-failed', { detail: (err as Error).message, errors: [{ path: '/periods', message: (err as Error).message }] });
  }
  forgetSchedules(db);
  return upsertAgencySchedule(db, agencyId, periods, calendarDaysSkipHolidays);
}
