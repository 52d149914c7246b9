/** GET the II.06a report (Biểu số II.06a/VPCP/KSTT) of a period: JSON, CSV / XLSX (the shared export), or a signed PDF. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { exportFormatOf, FormatQuery, sendTable } from '../../platform/export/table-export.ts';
import { ii06aPdf, ii06aReport, ii06aTable } from './ii06a.service.ts';
import { PERIOD_PATTERN } from './period.ts';

const problem = { $ref: 'Problem#' };
const N = Type.Integer({ minimum: 0 });
const Row = Type.Object({
  sectorCode: Type.String(),
  sectorName: Type.String(),
  receivedTotal: N,
  receivedOnline: N,
  receivedDirect: N,
  receivedPostal: N,
  carriedOver: N,
  resolvedTotal: N,
  resolvedEarly: N,
  resolvedOnTime: N,
  resolvedLate: N,
  pendingTotal: N,
  pendingOnTime: N,
  pendingLate: N,
});
const base = {
  period: Type.String({ pattern: PERIOD_PATTERN, maxLength: 7, description: 'A month 2026-11, a quarter 2026-Q4 or a year 2026' }),
  agency: Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 })),
};
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const SUMMARY =
  'Biểu số II.06a/VPCP/KSTT per sector for a period: received online / direct / postal / carried over, resolved early / on time / late, pending within the deadline / late';

export async function ii06aRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/reports/ii06a',
    {
      config: { permission: 'dossier:statistics' },
      schema: {
        tags: ['statistics'],
        summary: `${SUMMARY} (JSON; ?format=csv|xlsx or Accept: text/csv for a download)`,
        querystring: Type.Object({ ...base, format: FormatQuery }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            period: Type.String(),
            periodLabel: Type.String(),
            from: Type.String(),
            to: Type.String(),
            agency: Type.Object({ id: Type.Union([Type.String(), Type.Null()]), code: Type.Union([Type.String(), Type.Null()]), name: Type.String() }),
            rows: Type.Array(Row),
            total: Row,
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const report = await ii06aReport(ctx, req.principal, req.query, ctx.clock.now());
      const format = exportFormatOf(req);
      return format ? sendTable(reply, format, ii06aTable(report)) : report;
    },
  );
  app.get(
    '/api/v1/reports/ii06a.xlsx',
    {
      config: { permission: 'dossier:statistics' },
      schema: { tags: ['statistics'], summary: `${SUMMARY} as an XLSX workbook`, querystring: Type.Object(base, { additionalProperties: false }), response: errors },
    },
    async (req, reply) => sendTable(reply, 'xlsx', ii06aTable(await ii06aReport(ctx, req.principal, req.query, ctx.clock.now()))),
  );
  app.get(
    '/api/v1/reports/ii06a.pdf',
    {
      config: { permission: 'dossier:statistics' },
      schema: { tags: ['statistics'], summary: `${SUMMARY} as a PDF signed by the agency`, querystring: Type.Object(base, { additionalProperties: false }), response: errors },
    },
    async (req, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="bao-cao-II06a-${req.query.period}.pdf"`)
        .send(await ii06aPdf(ctx, req.principal, req.query, ctx.clock.now())),
  );
}
