import { sql, type Kysely } from 'kysely';

/**
 * The working calendar as data: per calendar, the dates that differ from a Mon–Fri week (days off, make-up
 * working Saturdays), each with its legal source; and working hours per agency (a row without agency is the
 * default). Edited by administrators when the yearly notice is published; dossiers keep the due dates computed
 * at the time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table calendar_days (
      calendar_code text not null default 'VN',
      date date not null,
      kind text not null check (kind in ('day_off', 'working_day')),
      occasion text not null,
      source text not null,
      updated_by uuid,
      updated_at timestamptz not null default now(),
      primary key (calendar_code, date)
    );

    create table work_schedules (
      id uuid primary key default gen_random_uuid(),
      agency_id uuid references agencies(id),
      calendar_code text not null default 'VN',
      periods text not null default '07:00-11:30,13:30-17:00',
      calendar_days_skip_holidays boolean not null default false,
      updated_at timestamptz not null default now()
    );
    create unique index work_schedules_agency on work_schedules(agency_id) where agency_id is not null;
    create unique index work_schedules_default on work_schedules((agency_id is null)) where agency_id is null;
    comment on column work_schedules.calendar_days_skip_holidays is
      'Whether holidays are skipped when counting calendar-day durations (configurable: practice differs, domain-vn.md §7.1)';
    insert into work_schedules (agency_id) values (null);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table work_schedules, calendar_days`.execute(db);
}
