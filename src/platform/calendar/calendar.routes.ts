import { Type } from 'typebox';
import { AppError } from '../../errors.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import type { AppContext } from '../../context.ts';
import { computeDueDate, removeDay, setDay, setWorkingHours, yearDays } from './calendar.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['calendar'];
const DateStr = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const Day = Type.Object({
  date: Type.String(),
  kind: Type.Union([Type.Literal('day_off'), Type.Literal('working_day')]),
  occasion: Type.String(),
  source: Type.String(),
});

export async function calendarRoutes(app: Server, { db }: AppContext): Promise<void> {
  app.get(
    '/api/v1/calendar/due-date',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Due date of a duration under the legal working calendar (Vietnam time, +07:00)',
        querystring: Type.Object(
          {
            start: Type.String({ maxLength: 40, description: 'ISO 8601 date-time; without offset read as +07:00' }),
            duration: Type.Number({ exclusiveMinimum: 0, maximum: 3650 }),
            unit: Type.Union([Type.Literal('working_day'), Type.Literal('working_hour'), Type.Literal('calendar_day')]),
            agency: Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            start: Type.String(),
            countedFrom: Type.String(),
            due: Type.String(),
            duration: Type.Number(),
            unit: Type.String(),
            agency: Type.Union([Type.String(), Type.Null()]),
            calendar: Type.String(),
            workingHours: Type.String(),
          }),
          400: problem,
          404: problem,
        },
      },
    },
    async (req) => computeDueDate(db, req.query),
  );

  app.get(
    '/api/v1/calendar/years/:year',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Days off and make-up working days of a year',
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ year: Type.Integer(), days: Type.Array(Day) }), 400: problem },
      },
    },
    async (req) => {
      const rows = await yearDays(db, req.params.year);
      return { year: req.params.year, days: rows.map(({ date, kind, occasion, source }) => ({ date, kind, occasion, source })) };
    },
  );

  app.put(
    '/api/v1/admin/calendar/days/:date',
    {
      config: { permission: 'calendar:manage' },
      schema: {
        tags,
        summary: 'Declare a day off or a make-up working day',
        params: Type.Object({ date: DateStr }, { additionalProperties: false }),
        body: Type.Object(
          {
            kind: Type.Union([Type.Literal('day_off'), Type.Literal('working_day')]),
            occasion: Type.String({ minLength: 1, maxLength: 300 }),
            source: Type.String({ minLength: 1, maxLength: 500 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Day, 400: problem, 401: problem, 403: problem },
      },
    },
    async (req) => {
      const d = new Date(`${req.params.date}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== req.params.date) {
        throw new AppError('validation-failed', { detail: 'Not a real date', errors: [{ path: '/date', message: 'invalid date' }] });
      }
      const row = await setDay(db, req.principal, { date: req.params.date, ...req.body });
      return { date: row.date, kind: row.kind, occasion: row.occasion, source: row.source };
    },
  );

  app.delete(
    '/api/v1/admin/calendar/days/:date',
    {
      config: { permission: 'calendar:manage' },
      schema: {
        tags,
        summary: 'Remove a calendar entry (the date becomes an ordinary day)',
        params: Type.Object({ date: DateStr }, { additionalProperties: false }),
        response: { 204: Type.Null(), 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req, reply) => {
      await removeDay(db, req.params.date);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/v1/admin/agencies/:agencyCode/working-hours',
    {
      config: { permission: 'working-hours:manage' },
      schema: {
        tags,
        summary: "Set an agency's office hours",
        params: Type.Object({ agencyCode: Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 }) }, { additionalProperties: false }),
        body: Type.Object(
          {
            periods: Type.String({ maxLength: 100, description: 'e.g. 07:30-11:30,13:00-17:00' }),
            calendarDaysSkipHolidays: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ periods: Type.String(), calendarDaysSkipHolidays: Type.Boolean() }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
        },
      },
    },
    async (req) => {
      const row = await setWorkingHours(db, req.principal, req.params.agencyCode, req.body.periods, req.body.calendarDaysSkipHolidays ?? false);
      return { periods: row.periods, calendarDaysSkipHolidays: row.calendarDaysSkipHolidays };
    },
  );
}
