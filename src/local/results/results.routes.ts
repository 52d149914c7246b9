/** /api/v1/dossiers/{id}/results: issue, list, download, replace and revoke electronic results. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { issueResult, listResults, replaceResult, resultPdf, revokeResult } from './results.service.ts';
import { BIRTH_EXTRACT_FIELDS, resultTemplates } from './results.ts';

const problem = { $ref: 'Problem#' };
const tags = ['results'];
const Day = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', maxLength: 10 });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Params = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const ResultParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), resultId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

const resultFields = {
  resultTypeCode: Type.String({
    pattern: '^[A-Za-z0-9._-]{1,100}$',
    maxLength: 100,
    description: 'MaKetQua / LoaiVanBanKetQua',
  }),
  resultTypeName: Text(500),
  template: Type.Optional(Type.Union(resultTemplates.map((t) => Type.Literal(t)))),
  numberSymbol: Text(100),
  abstract: Text(2000),
  signerName: Text(200),
  signerPosition: Type.Array(Text(200), {
    minItems: 1,
    maxItems: 4,
    description: 'Lines above the signature',
  }),
  issueDate: Day,
  validFrom: Type.Optional(Day),
  validUntil: Type.Optional(Day),
  permanent: Type.Boolean(),
  scope: Type.Optional(Text(500)),
  content: Type.Optional(Type.Array(Text(5000), { maxItems: 50 })),
  details: Type.Optional(
    Type.Object(Object.fromEntries(BIRTH_EXTRACT_FIELDS.map((f) => [f.key, Type.Optional(Text(500))])), {
      additionalProperties: false,
      description: 'birth-extract facts',
    }),
  ),
};

const IssueBody = Type.Object(
  { ...resultFields, expectedVersion: Type.Integer({ minimum: 0, description: 'The dossier version read' }) },
  { additionalProperties: false },
);
const ReplaceBody = Type.Object({ ...resultFields, reason: Text(2000) }, { additionalProperties: false });
const RevokeBody = Type.Object({ reason: Text(2000) }, { additionalProperties: false });

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Result = Type.Object({
  id: Type.String(),
  dossierId: Type.String(),
  dossierCode: Nullable(Type.String()),
  resultTypeCode: Type.String(),
  resultTypeName: Type.String(),
  template: Type.String(),
  numberSymbol: Type.String(),
  abstract: Type.String(),
  signerName: Type.String(),
  signerPosition: Type.Array(Type.String()),
  issuer: Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }),
  issueDate: Type.String(),
  signedAt: Type.String(),
  validFrom: Type.String(),
  validUntil: Nullable(Type.String()),
  permanent: Type.Boolean(),
  scope: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.String()),
  ownerIdNumber: Type.String(),
  status: Type.String({ enum: ['valid', 'replaced', 'revoked'] }),
  replacesId: Nullable(Type.String()),
  replacedBy: Nullable(Type.String()),
  revokedReason: Nullable(Type.String()),
  changedAt: Nullable(Type.String()),
  verificationCode: Type.String(),
  blobSha256: Type.String(),
  signedDocumentId: Type.String(),
});
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

export async function resultRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.post(
    '/api/v1/dossiers/:id/results',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary:
          'Issue the electronic result: PDF from the template, verification code and QR, signed by the agency, ' +
          'registered, and the record_result action applied (status → 9) in one transaction',
        params: Params,
        body: IssueBody,
        response: { 201: Result, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await issueResult(ctx, req.principal, req.params.id, req.body)),
  );

  app.get(
    '/api/v1/dossiers/:id/results',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'The electronic results of a dossier (owner and officers in scope)',
        params: Params,
        response: { 200: Type.Array(Result), ...errors },
      },
    },
    async (req) => listResults(ctx, req.principal, req.params.id),
  );

  app.get(
    '/api/v1/dossiers/:id/results/:resultId/pdf',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'The signed PDF of a result', params: ResultParams, response: errors },
    },
    async (req, reply) => {
      const { pdf, result } = await resultPdf(ctx, req.principal, req.params.id, req.params.resultId);
      return reply
        .type('application/pdf')
        .header('x-verification-code', result.verificationCode)
        .header('content-disposition', `inline; filename="ket-qua-${result.id}.pdf"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/dossiers/:id/results/:resultId/replace',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary:
          'Replace a valid result by a new one (the old one is marked replaced, linked to the new one)',
        params: ResultParams,
        body: ReplaceBody,
        response: { 201: Result, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await replaceResult(ctx, req.principal, req.params.id, req.params.resultId, req.body)),
  );

  app.post(
    '/api/v1/dossiers/:id/results/:resultId/revoke',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags,
        summary: 'Revoke a valid result, with the reason',
        params: ResultParams,
        body: RevokeBody,
        response: { 200: Result, ...errors },
      },
    },
    async (req) => revokeResult(ctx, req.principal, req.params.id, req.params.resultId, req.body.reason),
  );
}
