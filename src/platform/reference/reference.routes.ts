/**
 * The reference API: public reads of administrative units, agencies and one-stop units (versioned by
 * effective date), and agency-scoped management of agencies and one-stop units (`reference:manage`).
 */
import { Type } from 'typebox';
import type { Server } from '../../http/types.ts';
import type { Db } from '../../db/connect.ts';
import {
  changeAgency,
  changeOneStopUnit,
  createAgency,
  createOneStopUnit,
  retireAgency,
} from './agency.service.ts';
import {
  agencyDetail,
  oneStopUnitsOfAgency,
  presentAgency,
  presentOneStopUnits,
  searchAgencies,
  searchUnits,
  unitDetail,
} from './reference.read.ts';
import {
  AgencyCode,
  AgencyDetail,
  AgencyPatchBody,
  AgencyView,
  DateStr,
  Limit,
  NewAgencyBody,
  NewOneStopBody,
  Offset,
  OneStopCode,
  OneStopPatchBody,
  OneStopUnitView,
  Problem,
  Q,
  RetireBody,
  UnitDetail,
  UnitLevelS,
  UnitView,
} from './reference.schemas.ts';

const TAG = ['reference'];
const page = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Registered by src/modules.ts (its AppContext carries `db`; typed here to keep imports acyclic). */
export async function referenceRoutes(app: Server, { db }: { db: Db }): Promise<void> {
  app.get(
    '/api/v1/admin-units',
    {
      config: { permission: 'public' },
      schema: {
        tags: TAG,
        summary: 'Administrative units in force on a date (provinces, communes; districts before 2025-07-01)',
        querystring: Type.Object(
          {
            level: Type.Optional(UnitLevelS),
            parent: Type.Optional(Type.String({ pattern: '^\\d{2,5}$' })),
            date: Type.Optional(DateStr),
            q: Type.Optional(Q),
            limit: Limit,
            offset: Offset,
          },
          { additionalProperties: false },
        ),
        response: { 200: page(UnitView), 400: Problem },
      },
    },
    async (req) => searchUnits(db, req.query),
  );

  app.get(
    '/api/v1/admin-units/:level/:code',
    {
      config: { permission: 'public' },
      schema: {
        tags: TAG,
        summary: 'One administrative unit with the units it replaced and that replaced it',
        description:
          "With `date`, the version in force that day (404 if none). Without it, today's version, or else the latest one, so a code abolished on 2025-07-01 still answers with `replacedBy`.",
        params: Type.Object({ level: UnitLevelS, code: Type.String({ pattern: '^\\d{2,5}$' }) }),
        querystring: Type.Object({ date: Type.Optional(DateStr) }, { additionalProperties: false }),
        response: { 200: UnitDetail, 400: Problem, 404: Problem },
      },
    },
    async (req) => unitDetail(db, req.params.level, req.params.code, req.query.date),
  );

  app.get(
    '/api/v1/agencies',
    {
      config: { permission: 'public' },
      schema: {
        tags: TAG,
        summary: 'Agencies in force on a date, by node, parent or name',
        querystring: Type.Object(
          {
            node: Type.Optional(Type.String({ maxLength: 10 })),
            parent: Type.Optional(AgencyCode),
            q: Type.Optional(Q),
            date: Type.Optional(DateStr),
            limit: Limit,
            offset: Offset,
          },
          { additionalProperties: false },
        ),
        response: { 200: page(AgencyView), 400: Problem },
      },
    },
    async (req) => searchAgencies(db, req.query),
  );

  app.get(
    '/api/v1/agencies/:code',
    {
      config: { permission: 'public' },
      schema: {
        tags: TAG,
        summary: 'One agency with its parent chain, subordinate agencies and one-stop units',
        params: Type.Object({ code: AgencyCode }),
        querystring: Type.Object({ date: Type.Optional(DateStr) }, { additionalProperties: false }),
        response: { 200: AgencyDetail, 400: Problem, 404: Problem },
      },
    },
    async (req) => agencyDetail(db, req.params.code, req.query.date),
  );

  app.get(
    '/api/v1/one-stop-units',
    {
      config: { permission: 'public' },
      schema: {
        tags: TAG,
        summary: 'One-stop units (of an agency) in force on a date',
        querystring: Type.Object(
          { agency: Type.Optional(AgencyCode), date: Type.Optional(DateStr) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(OneStopUnitView) }), 400: Problem, 404: Problem },
      },
    },
    async (req) => oneStopUnitsOfAgency(db, req.query.agency, req.query.date),
  );

  app.post(
    '/api/v1/agencies',
    {
      config: { permission: 'reference:manage' },
      schema: {
        tags: TAG,
        summary: 'Create an agency below your own (national operator: anywhere)',
        security: [{ bearer: [] }, { session: [] }],
        body: NewAgencyBody,
        response: { 201: AgencyView, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await presentAgency(db, await createAgency(db, req.principal, req.body))),
  );

  app.patch(
    '/api/v1/agencies/:code',
    {
      config: { permission: 'reference:manage' },
      schema: {
        tags: TAG,
        summary: 'Rename an agency, or change its code or parent from an effective date (a new version)',
        security: [{ bearer: [] }, { session: [] }],
        params: Type.Object({ code: AgencyCode }),
        body: AgencyPatchBody,
        response: { 200: AgencyView, ...errors },
      },
    },
    async (req) => presentAgency(db, await changeAgency(db, req.principal, req.params.code, req.body)),
  );

  app.post(
    '/api/v1/agencies/:code/retire',
    {
      config: { permission: 'reference:manage' },
      schema: {
        tags: TAG,
        summary: 'Retire an agency (and its one-stop units) from a date',
        security: [{ bearer: [] }, { session: [] }],
        params: Type.Object({ code: AgencyCode }),
        body: RetireBody,
        response: { 200: AgencyView, ...errors },
      },
    },
    async (req) => presentAgency(db, await retireAgency(db, req.principal, req.params.code, req.body.date)),
  );

  app.post(
    '/api/v1/one-stop-units',
    {
      config: { permission: 'reference:manage' },
      schema: {
        tags: TAG,
        summary: 'Create a one-stop unit of an agency you manage',
        security: [{ bearer: [] }, { session: [] }],
        body: NewOneStopBody,
        response: { 201: OneStopUnitView, ...errors },
      },
    },
    async (req, reply) => {
      const u = await createOneStopUnit(db, req.principal, req.body);
      return reply.code(201).send((await presentOneStopUnits(db, [u]))[0]!);
    },
  );

  app.patch(
    '/api/v1/one-stop-units/:code',
    {
      config: { permission: 'reference:manage' },
      schema: {
        tags: TAG,
        summary: 'Rename, move or close a one-stop unit',
        security: [{ bearer: [] }, { session: [] }],
        params: Type.Object({ code: OneStopCode }),
        body: OneStopPatchBody,
        response: { 200: OneStopUnitView, ...errors },
      },
    },
    async (req) =>
      (
        await presentOneStopUnits(db, [await changeOneStopUnit(db, req.principal, req.params.code, req.body)])
      )[0]!,
  );
}
