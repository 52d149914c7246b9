import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import {
  DossierListSchema,
  IndicatorKeyParam,
  NationalIndexSchema,
  PageParam,
  PeriodParam,
  SystemIndexSchema,
} from '../../federation/monitoring/schemas.ts';
import { nationalIndex, nationalIndicatorList, nationalSystemIndex } from './index.service.ts';
import { exportFormatOf, FormatQuery, sendTable } from '../../platform/export/table-export.ts';
import { indicatorDossiersTable, nationalIndexTable, systemIndexTable } from '../../platform/export/monitoring-tables.ts';

const problem = { $ref: 'Problem#' };
const errors = { 400: problem, 404: problem };
const SystemCode = Type.String({ pattern: '^[A-Z0-9]{2,20}$', maxLength: 20 });
const Agency = Type.Optional(Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 }));

/** The public national service index (Decision 766) on the portal, from what the connected systems sync. */
export async function nationalIndexRoutes(app: Server, { db }: AppContext): Promise<void> {
  app.get(
    '/api/v1/national/index',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['monitoring'],
        summary: 'Ranking of the connected provinces and ministries by their Decision 766 points for a month, quarter or year, with the previous period',
        querystring: Type.Object({ period: PeriodParam, format: FormatQuery }, { additionalProperties: false }),
        response: { 200: NationalIndexSchema, ...errors },
      },
    },
    async (req, reply) => {
      const r = await nationalIndex(db, req.query);
      const f = exportFormatOf(req);
      return f ? sendTable(reply, f, nationalIndexTable(r)) : r;
    },
  );
  app.get(
    '/api/v1/national/index/systems/:code',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['monitoring'],
        summary: "One system's index: groups, indicators (numerator, denominator, ratio, points, formula source), trend and the official score when known",
        params: Type.Object({ code: SystemCode }, { additionalProperties: false }),
        querystring: Type.Object({ period: PeriodParam, agency: Agency, format: FormatQuery }, { additionalProperties: false }),
        response: { 200: SystemIndexSchema, ...errors },
      },
    },
    async (req, reply) => {
      const r = await nationalSystemIndex(db, req.params.code, req.query);
      const f = exportFormatOf(req);
      return f ? sendTable(reply, f, systemIndexTable(r)) : r;
    },
  );
  app.get(
    '/api/v1/national/index/systems/:code/indicators/:key/dossiers',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['monitoring'],
        summary: 'The dossiers behind one indicator of a system for a period (no personal data)',
        params: Type.Object({ code: SystemCode, key: IndicatorKeyParam }, { additionalProperties: false }),
        querystring: Type.Object({ period: PeriodParam, agency: Agency, page: Type.Optional(PageParam), format: FormatQuery }, { additionalProperties: false }),
        response: { 200: DossierListSchema, ...errors },
      },
    },
    async (req, reply) => {
      const r = await nationalIndicatorList(db, req.params.code, req.params.key, req.query);
      const f = exportFormatOf(req);
      const what = { system: req.params.code, key: req.params.key, period: req.query.period, page: req.query.page ?? 1 };
      return f ? sendTable(reply, f, indicatorDossiersTable(r, what)) : r;
    },
  );
}
