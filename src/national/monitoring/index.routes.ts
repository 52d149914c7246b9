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
        querystring: Type.Object({ period: PeriodParam }, { additionalProperties: false }),
        response: { 200: NationalIndexSchema, ...errors },
      },
    },
    async (req) => nationalIndex(db, req.query),
  );
  app.get(
    '/api/v1/national/index/systems/:code',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['monitoring'],
        summary: "One system's index: groups, indicators (numerator, denominator, ratio, points, formula source), trend and the official score when known",
        params: Type.Object({ code: SystemCode }, { additionalProperties: false }),
        querystring: Type.Object({ period: PeriodParam, agency: Agency }, { additionalProperties: false }),
        response: { 200: SystemIndexSchema, ...errors },
      },
    },
    async (req) => nationalSystemIndex(db, req.params.code, req.query),
  );
  app.get(
    '/api/v1/national/index/systems/:code/indicators/:key/dossiers',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['monitoring'],
        summary: 'The dossiers behind one indicator of a system for a period (no personal data)',
        params: Type.Object({ code: SystemCode, key: IndicatorKeyParam }, { additionalProperties: false }),
        querystring: Type.Object({ period: PeriodParam, agency: Agency, page: Type.Optional(PageParam) }, { additionalProperties: false }),
        response: { 200: DossierListSchema, ...errors },
      },
    },
    async (req) => nationalIndicatorList(db, req.params.code, req.params.key, req.query),
  );
}
