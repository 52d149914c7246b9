import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { addOffering, listOfferings, removeOffering } from './offering.service.ts';

const Params = Type.Object(
  { agencyCode: Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 }) },
  { additionalProperties: false },
);
const ProcedureCode = Type.String({ pattern: '^\\d\\.\\d{6}$', maxLength: 8 });
const Offering = Type.Object({
  procedureCode: Type.String(),
  since: Type.String(),
  procedure: Type.Union([
    Type.Null(),
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      versionId: Type.String(),
      sectorCode: Type.String(),
      levels: Type.Array(Type.String()),
      onlineLevel: Type.String(),
      competentAgencyCodes: Type.Array(Type.String()),
      effectiveFrom: Type.String(),
    }),
  ]),
});
const problem = { $ref: 'Problem#' };
const tags = ['local catalogue'];

export async function offeringRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, nationalPort } = ctx;

  app.get(
    '/api/v1/local/agencies/:agencyCode/procedures',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Procedures an agency of this local system offers (definitions from the national catalogue)',
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(Offering) }), 400: problem, 404: problem },
      },
    },
    async (req) => ({ items: await listOfferings(db, nationalPort, req.params.agencyCode) }),
  );

  app.post(
    '/api/v1/local/agencies/:agencyCode/procedures',
    {
      config: { permission: 'catalogue:manage' },
      schema: {
        tags,
        summary: 'Offer a published national procedure at this agency',
        params: Params,
        body: Type.Object({ procedureCode: ProcedureCode }, { additionalProperties: false }),
        response: { 201: Offering, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => {
      const o = await addOffering(db, nationalPort, req.principal, req.params.agencyCode, req.body.procedureCode);
      return reply.code(201).send(o);
    },
  );

  app.delete(
    '/api/v1/local/agencies/:agencyCode/procedures/:procedureCode',
    {
      config: { permission: 'catalogue:manage' },
      schema: {
        tags,
        summary: 'Stop offering a procedure at this agency',
        params: Type.Object(
          { agencyCode: Params.properties.agencyCode, procedureCode: ProcedureCode },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req, reply) => {
      await removeOffering(db, req.principal, req.params.agencyCode, req.params.procedureCode);
      return reply.code(204).send(null);
    },
  );
}
