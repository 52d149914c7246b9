/** HTTP of the local component → document-type mapping (component-types.service.ts): thin, validated, scoped there. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { AGENCY_CODE_PATTERN } from '../../lib/vn-ids.ts';
import { componentTypesOf, documentTypes, setComponentType } from './component-types.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['once-only'];
const Params = Type.Object(
  { agencyCode: Type.String({ pattern: AGENCY_CODE_PATTERN, maxLength: 13 }), procedureCode: Type.String({ pattern: '^\\d\\.\\d{6}$', maxLength: 8 }) },
  { additionalProperties: false },
);

export async function componentTypeRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/document-types',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'The national document types a procedure component can be mapped to (code, name, the result code that replaces it)',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), resultCode: Type.Union([Type.String(), Type.Null()]) })) }) },
      },
    },
    async () => ({ items: documentTypes() }),
  );

  const Nullable = Type.Union([Type.String(), Type.Null()]);
  app.get(
    '/api/v1/local/agencies/:agencyCode/procedures/:procedureCode/component-types',
    {
      config: { permission: 'catalogue:manage' },
      schema: {
        tags,
        summary: 'The components of a procedure this agency is competent for, with the document type each carries on this system',
        params: Params,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ caseCode: Type.String(), caseName: Type.String(), seq: Type.Integer(), name: Type.String(), documentTypeCode: Nullable, replacingResultCode: Nullable }),
            ),
          }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
        },
      },
    },
    async (req) => componentTypesOf(ctx.db, ctx.nationalPort, req.principal, req.params.agencyCode, req.params.procedureCode),
  );

  app.put(
    '/api/v1/local/agencies/:agencyCode/procedures/:procedureCode/component-types',
    {
      config: { permission: 'catalogue:manage' },
      schema: {
        tags,
        summary: 'Map a component of a procedure this agency is competent for to a national document type on this system (audited)',
        params: Params,
        body: Type.Object(
          {
            caseCode: Type.Optional(Type.String({ pattern: '^\\d{1,2}$' })),
            seq: Type.Integer({ minimum: 1, maximum: 200 }),
            documentTypeCode: Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            procedureCode: Type.String(),
            caseCode: Type.String(),
            seq: Type.Integer(),
            name: Type.String(),
            documentTypeCode: Type.String(),
            replacingResultCode: Type.Union([Type.String(), Type.Null()]),
          }),
          400: problem,
          401: problem,
          403: problem,
          404: problem,
          409: problem,
        },
      },
    },
    async (req) => setComponentType(ctx.db, ctx.nationalPort, req.principal, req.params.agencyCode, req.params.procedureCode, req.body),
  );
}
