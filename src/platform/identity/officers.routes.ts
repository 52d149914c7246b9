/** /api/v1/officers: officer administration (permission officers:manage, agency-scoped in the service). */
import { Type } from 'typebox';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Server } from '../../http/types.ts';
import { AgencyCodeSchema, OfficerSchema, RoleSchema, UsernameSchema } from './officer.ts';
import { createOfficer, deactivateOfficer, getOfficerFor, grantRole, listOfficersOfAgency, revokeRole } from './officers.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['identity'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid', maxLength: 36 }) }, { additionalProperties: false });
const GrantBody = Type.Object({ role: RoleSchema, agencyCode: AgencyCodeSchema }, { additionalProperties: false });
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

export async function officersRoutes(app: Server, { db }: { config: Config; db: Db }): Promise<void> {
  const config = { permission: 'officers:manage' } as const;

  app.post(
    '/api/v1/officers',
    {
      config,
      schema: {
        tags,
        summary: 'Create an officer with one or more roles at agencies in your scope',
        body: Type.Object(
          {
            username: UsernameSchema,
            fullName: Type.String({ minLength: 1, maxLength: 200 }),
            email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
            password: Type.String({ minLength: 10, maxLength: 200 }),
            roles: Type.Array(GrantBody, { minItems: 1, maxItems: 20 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: OfficerSchema, ...errors, 409: problem },
      },
    },
    async (req, reply) => reply.code(201).send(await createOfficer(db, req.principal, req.body)),
  );

  app.get(
    '/api/v1/officers',
    {
      config,
      schema: {
        tags,
        summary: 'Officers holding a role at an agency',
        querystring: Type.Object({ agency: AgencyCodeSchema }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(OfficerSchema) }, { additionalProperties: false }), ...errors },
      },
    },
    async (req) => ({ items: await listOfficersOfAgency(db, req.principal, req.query.agency) }),
  );

  app.get(
    '/api/v1/officers/:id',
    { config, schema: { tags, summary: 'One officer', params: IdParams, response: { 200: OfficerSchema, ...errors } } },
    async (req) => getOfficerFor(db, req.principal, req.params.id),
  );

  app.post(
    '/api/v1/officers/:id/roles',
    {
      config,
      schema: { tags, summary: 'Grant a role at an agency', params: IdParams, body: GrantBody, response: { 200: OfficerSchema, ...errors } },
    },
    async (req) => grantRole(db, req.principal, req.params.id, req.body.role, req.body.agencyCode),
  );

  app.post(
    '/api/v1/officers/:id/roles/revoke',
    {
      config,
      schema: { tags, summary: 'Revoke a role at an agency', params: IdParams, body: GrantBody, response: { 200: OfficerSchema, ...errors } },
    },
    async (req) => revokeRole(db, req.principal, req.params.id, req.body.role, req.body.agencyCode),
  );

  app.post(
    '/api/v1/officers/:id/deactivate',
    {
      config,
      schema: { tags, summary: 'Deactivate an officer and end their sessions', params: IdParams, response: { 200: OfficerSchema, ...errors, 409: problem } },
    },
    async (req) => deactivateOfficer(db, req.principal, req.params.id),
  );
}
