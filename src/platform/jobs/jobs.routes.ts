/**
 * Operators' view of the periodic jobs (permission ops:read): each occurrence with when it was due, which process ran
 * it, when it started and ended, how it ended and what it counted. Read-only; the runner writes (runner.ts).
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { listRuns } from './jobs.repository.ts';

const problem = { $ref: 'Problem#' };
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Run = Type.Object({
  job: Type.String(),
  runKey: Type.String({ description: 'The occurrence: the Vietnam day (YYYY-MM-DD) of a daily job' }),
  scheduledFor: Type.String({ description: 'When the occurrence was due' }),
  evaluatedAt: Type.String({ description: 'The instant the job evaluated the data at' }),
  startedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
  outcome: Type.Union([Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Number()),
  error: Nullable(Type.String()),
  runner: Type.String({ description: 'The process that ran it (host:pid)' }),
});

export async function jobsRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/operations/jobs',
    {
      config: { permission: 'ops:read' },
      schema: {
        tags: ['operations'],
        summary: 'Periodic job runs, newest due first: start, end, outcome and counts',
        querystring: Type.Object(
          {
            job: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ runs: Type.Array(Run) }), 400: problem, 401: problem, 403: problem },
      },
    },
    async (req) => {
      const runs = await listRuns(ctx.db, { limit: req.query.limit, ...(req.query.job ? { job: req.query.job } : {}) });
      return { runs: runs.map(({ id: _id, ...r }) => r) };
    },
  );
}
