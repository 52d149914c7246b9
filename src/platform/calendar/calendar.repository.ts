import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { CalendarDay } from './holidays.ts';
import type { CalendarDayRow, WorkScheduleRow } from './calendar.table.ts';

/** The agency's own schedule, else the default one. */
export async function findSchedule(db: Db, agencyId: string | undefined): Promise<WorkScheduleRow> {
  return db
    .selectFrom('workSchedules')
    .selectAll()
    .where((eb) => (agencyId ? eb.or([eb('agencyId', '=', agencyId), eb('agencyId', 'is', null)]) : eb('agencyId', 'is', null)))
    .orderBy(sql`agency_id is null`)
    .limit(1)
    .executeTakeFirstOrThrow();
}

export function listDays(db: Db, calendarCode: string, from?: string, to?: string): Promise<CalendarDayRow[]> {
  let q = db.selectFrom('calendarDays').selectAll().where('calendarCode', '=', calendarCode);
  if (from) q = q.where('date', '>=', from);
  if (to) q = q.where('date', '<=', to);
  return q.orderBy('date').execute();
}

export async function yearsPresent(db: Db, calendarCode: string): Promise<number[]> {
  const r = await db
    .selectFrom('calendarDays')
    .select(sql<number>`distinct extract(year from date)::int`.as('year'))
    .where('calendarCode', '=', calendarCode)
    .execute();
  return r.map((x) => x.year);
}

/** Insert seed days that are not there yet; an administrator's edits are never overwritten. */
export async function insertMissingDays(db: Db, calendarCode: string, days: CalendarDay[]): Promise<number> {
  if (days.length === 0) return 0;
  const r = await db
    .insertInto('calendarDays')
    .values(days.map((d) => ({ calendarCode, date: d.date, kind: d.kind, occasion: d.occasion, source: d.source })))
    .onConflict((oc) => oc.columns(['calendarCode', 'date']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

export async function upsertDay(db: Db, calendarCode: string, d: CalendarDay, by: string): Promise<CalendarDayRow> {
  return db
    .insertInto('calendarDays')
    .values({ calendarCode, date: d.date, kind: d.kind, occasion: d.occasion, source: d.source, updatedBy: by })
    .onConflict((oc) =>
      oc.columns(['calendarCode', 'date']).doUpdateSet({
        kind: d.kind,
        occasion: d.occasion,
        source: d.source,
        updatedBy: by,
        updatedAt: sql<string>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteDay(db: Db, calendarCode: string, date: string): Promise<boolean> {
  const r = await db.deleteFrom('calendarDays').where('calendarCode', '=', calendarCode).where('date', '=', date).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function upsertAgencySchedule(db: Db, agencyId: string, periods: string, skipHolidays: boolean): Promise<WorkScheduleRow> {
  return db
    .insertInto('workSchedules')
    .values({ agencyId, periods, calendarDaysSkipHolidays: skipHolidays })
    .onConflict((oc) =>
      oc
        .column('agencyId')
        .where('agencyId', 'is not', null)
        .doUpdateSet({ periods, calendarDaysSkipHolidays: skipHolidays, updatedAt: sql<string>`now()` }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
