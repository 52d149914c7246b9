/** GET the officer's monitoring dashboard of a period; `table` + `format` download one of its tables. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { exportFormatOf, FormatQuery, sendTable } from '../../platform/export/table-export.ts';
import { monitoringTable, monitoringView } from './monitoring.service.ts';
import { PERIOD_PATTERN } from './period.ts';

const problem = { $ref: 'Problem#' };
const N = Type.Integer({ minimum: 0 });
const Share = Type.Union([Type.Number(), Type.Null()]);
const Watch = Type.Object({
  total: N,
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.Union([Type.String(), Type.Null()]),
      procedureName: Type.String(),
      agencyCode: Type.String(),
      agencyName: Type.String(),
      status: N,
      receivedAt: Type.Union([Type.String(), Type.Null()]),
      dueAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export async function monitoringRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/statistics/monitoring',
    {
      config: { permission: 'dossier:statistics' },
      schema: {
        tags: ['statistics'],
        summary:
          "Officer's monitoring dashboard: received / online / resolved / on time per day (a month) or per month (a quarter or year), and the open dossiers late or due within two days now; ?table=series|late|at-risk&format=csv|xlsx downloads one table",
        querystring: Type.Object(
          {
            period: Type.String({ pattern: PERIOD_PATTERN, maxLength: 7 }),
            agency: Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 })),
            table: Type.Optional(Type.Union([Type.Literal('series'), Type.Literal('late'), Type.Literal('at-risk')])),
            format: FormatQuery,
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            period: Type.String(),
            periodLabel: Type.String(),
            agency: Type.Object({ code: Type.Union([Type.String(), Type.Null()]), name: Type.String() }),
            unit: Type.Union([Type.Literal('day'), Type.Literal('month')]),
            series: Type.Array(
              Type.Object({
                bucket: Type.String(),
                received: N,
                receivedOnline: N,
                resolved: N,
                resolvedOnTime: N,
                onlineShare: Share,
                onTimeShare: Share,
              }),
            ),
            late: Watch,
            atRisk: Watch,
          }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
        },
      },
    },
    async (req, reply) => {
      const view = await monitoringView(ctx, req.principal, req.query, ctx.clock.now());
      const format = exportFormatOf(req);
      return format ? sendTable(reply, format, monitoringTable(view, req.query.table ?? 'series')) : view;
    },
  );
}
