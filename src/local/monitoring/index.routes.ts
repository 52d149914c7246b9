import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { DossierListSchema, IndicatorKeyParam, PageParam, PeriodParam, SystemIndexSchema } from '../../federation/monitoring/schemas.ts';
import { localIndex, localIndexDossiers } from './index.service.ts';
import { exportFormatOf, FormatQuery, sendTable } from '../../platform/export/table-export.ts';
import { indicatorDossiersTable, systemIndexTable } from '../../platform/export/monitoring-tables.ts';

const problem = { $ref: 'Problem#' };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const Agency = Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 }));

/** The local system's own Decision 766 index and its drill-down (officer session, scoped to their agencies). */
export async function localIndexRoutes(app: Server, { db, config }: AppContext): Promise<void> {
  app.get(
    '/api/v1/statistics/index',
    {
      config: { permission: 'dossier:statistics' },
      schema: {
        tags: ['statistics'],
        summary: "Decision 766 service index of this system (or one agency) for a month, quarter or year, from the system's stored facts",
        querystring: Type.Object({ period: PeriodParam, agency: Agency, format: FormatQuery }, { additionalProperties: false }),
        response: { 200: SystemIndexSchema, ...errors },
      },
    },
    async (req, reply) => {
      const r = await localIndex(db, req.principal, config.NODE_CODE, req.query);
      const f = exportFormatOf(req);
      return f ? sendTable(reply, f, systemIndexTable(r)) : r;
    },
  );
  app.get(
    '/api/v1/statistics/index/indicators/:key/dossiers',
    {
      config: { permission: 'dossier:statistics' },
      schema: {
        tags: ['statistics'],
        summary: 'The dossiers behind one indicator of the index for a period: its denominator, each marked whether it counts in the numerator',
        params: Type.Object({ key: IndicatorKeyParam }, { additionalProperties: false }),
        querystring: Type.Object({ period: PeriodParam, agency: Agency, page: Type.Optional(PageParam), format: FormatQuery }, { additionalProperties: false }),
        response: { 200: DossierListSchema, ...errors },
      },
    },
    async (req, reply) => {
      const r = await localIndexDossiers(db, req.principal, req.params.key, req.query);
      const f = exportFormatOf(req);
      const what = { system: config.NODE_CODE, key: req.params.key, period: req.query.period, page: req.query.page ?? 1 };
      return f ? sendTable(reply, f, indicatorDossiersTable(r, what)) : r;
    },
  );
}
