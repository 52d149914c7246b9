import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { agencyStatistics } from './statistics.service.ts';

const problem = { $ref: 'Problem#' };
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', maxLength: 10 });
const N = Type.Integer({ minimum: 0 });

export async function statisticsRoutes(app: Server, { db, clock }: AppContext): Promise<void> {
  app.get(
    '/api/v1/dossiers/statistics',
    {
      config: { permission: 'dossier:statistics' },
      schema: {
        tags: ['dossiers'],
        summary:
          "Agency dashboard: received, resolved early / on time / late, pending and online share for a period (Vietnam days, inclusive) over the officer's agencies or one of them",
        querystring: Type.Object(
          {
            from: Day,
            to: Day,
            agencyCode: Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            from: Type.String(),
            to: Type.String(),
            agency: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
            received: N,
            receivedOnline: N,
            receivedCounter: N,
            receivedPost: N,
            resolved: N,
            resolvedEarly: N,
            resolvedOnTime: N,
            resolvedLate: N,
            pending: N,
            pendingLate: N,
            acceptedLate: Type.Integer({ description: 'Online dossiers accepted in the period after their acceptance time (chậm tiếp nhận)' }),
            awaitingAcceptanceLate: Type.Integer({ description: 'Online dossiers waiting now past their acceptance time (chậm tiếp nhận)' }),
            onlineShare: Type.Number(),
            resolvedWithoutDue: N,
            onTimeShare: Type.Union([Type.Number(), Type.Null()], { description: 'Early and on-time share of the results that had a due date; null when none had' }),
            byDay: Type.Array(Type.Object({ day: Type.String(), received: N, resolved: N })),
          }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
        },
      },
    },
    async (req) => agencyStatistics(db, req.principal, req.query, clock.now()),
  );
}
