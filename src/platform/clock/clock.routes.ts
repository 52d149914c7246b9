/**
 * The law's clock from outside (src/platform/clock/law-clock.ts): anyone may read it (the banner of a test or demo
 * node says when it runs at a chosen instant); an operator or administrator sets it (`clock:set`), only on a test or
 * demo node — elsewhere 409 `clock-not-settable`, whatever the caller.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Server } from '../../http/types.ts';
import { formatVn } from '../calendar/engine.ts';
import type { ClockStatus } from './law-clock.ts';

const problem = { $ref: 'Problem#' };
const tags = ['operations'];

const Status = Type.Object({
  settable: Type.Boolean({ description: 'This node is a test or demo node whose clock may be set' }),
  set: Type.Boolean({ description: 'The clock runs at a chosen instant (false: real time)' }),
  frozen: Type.Boolean({ description: 'It stands still at the chosen instant' }),
  now: Type.String({ description: "The law's now, Vietnam time" }),
  realNow: Type.String({ description: 'The system clock, Vietnam time' }),
  offsetMs: Type.Number(),
});

function present(s: ClockStatus) {
  return { ...s, now: formatVn(new Date(s.now)), realNow: formatVn(new Date(s.realNow)) };
}

export async function clockRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { clock } = ctx;
  app.get(
    '/api/v1/operations/clock',
    {
      config: { permission: 'public' },
      schema: { tags, summary: "The law's clock of this node: real time, or a chosen instant (test and demo only)", response: { 200: Status } },
    },
    async () => present(clock.status()),
  );

  app.put(
    '/api/v1/operations/clock',
    {
      config: { permission: 'clock:set' },
      schema: {
        tags,
        summary: 'Run this node at a chosen instant (test and demo modes only): deadlines, windows and late marks follow it',
        body: Type.Object(
          {
            at: Type.String({ format: 'date-time', maxLength: 40, description: 'e.g. 2026-03-13T16:00:00+07:00' }),
            frozen: Type.Optional(Type.Boolean({ description: 'Stand still at `at` (default: run on from it)' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Status, 400: problem, 401: problem, 403: problem, 409: problem },
      },
    },
    async (req, reply) => {
      if (!clock.settable) throw new AppError('clock-not-settable');
      const at = new Date(req.body.at);
      if (Number.isNaN(at.getTime()))
        throw new AppError('validation-failed', { errors: [{ path: '/at', message: 'not a date-time' }] });
      const s = clock.set(at, { frozen: req.body.frozen ?? false });
      req.log.warn({ clock: s }, "the law's clock was set");
      return reply.send(present(s));
    },
  );

  app.delete(
    '/api/v1/operations/clock',
    {
      config: { permission: 'clock:set' },
      schema: {
        tags,
        summary: 'Return this node to real time',
        response: { 200: Status, 401: problem, 403: problem, 409: problem },
      },
    },
    async (req) => {
      if (!clock.settable) throw new AppError('clock-not-settable');
      const s = clock.reset();
      req.log.warn("the law's clock is back to real time");
      return present(s);
    },
  );
}
