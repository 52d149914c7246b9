import type { Generated, Selectable } from 'kysely';

export interface CalendarDayTable {
  calendarCode: Generated<string>;
  date: string;
  kind: 'day_off' | 'working_day';
  occasion: string;
  source: string;
  updatedBy: string | null;
  updatedAt: Generated<string>;
}

export interface WorkScheduleTable {
  id: Generated<string>;
  agencyId: string | null;
  calendarCode: Generated<string>;
  periods: Generated<string>;
  calendarDaysSkipHolidays: Generated<boolean>;
  updatedAt: Generated<string>;
}

export interface CalendarTables {
  calendarDays: CalendarDayTable;
  workSchedules: WorkScheduleTable;
}

export type CalendarDayRow = Selectable<CalendarDayTable>;
export type WorkScheduleRow = Selectable<WorkScheduleTable>;
