/** The dossier's declaration e-form: read it (with its form) and, for an officer of the agency, correct it. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { correctDeclaration, getDeclaration } from './declaration.service.ts';
import { DeclarationBody } from '../../federation/reception.schemas.ts';

const problem = { $ref: 'Problem#' };
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const View = Type.Object({}, { additionalProperties: true, description: 'e-form, answers, corrections' });

export async function declarationRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/dossiers/:id/declaration',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['dossiers'],
        summary: "The dossier's declaration (tờ khai) with the e-form of its procedure version and the corrections",
        params: Id,
        response: { 200: View, 400: problem, 401: problem, 404: problem },
      },
    },
    async (req) => getDeclaration(ctx.db, ctx.nationalPort, req.principal, req.params.id),
  );
  app.put(
    '/api/v1/dossiers/:id/declaration',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags: ['dossiers'],
        summary: 'Correct the declaration (officer of the agency; an action in the log with its reason)',
        params: Id,
        body: Type.Object(
          { data: DeclarationBody, reason: Type.String({ minLength: 1, maxLength: 1000 }), expectedVersion: Type.Integer({ minimum: 1 }) },
          { additionalProperties: false },
        ),
        response: { 200: View, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem },
      },
    },
    async (req) => correctDeclaration(ctx.db, ctx.nationalPort, req.principal, req.params.id, req.body),
  );
}
