/**
 * Routes the citizen portal needs: my dossier's payment requests, attaching my warehouse upload (or, on a local
 * system, a file uploaded straight) to a component of my open dossier, and (demo mode only) an officer depositing a digitised document into a person's warehouse, so
 * that demonstrations and browser tests have something to reuse.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Server } from '../../http/types.ts';
import { receiveUpload, registerUploadParser } from '../../platform/documents/upload.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import { requesterOf } from '../reuse/reception-plan.ts';
import { attachMyDocument, myDossierPayments, uploadMyFile } from './portal.service.ts';

const problem = { $ref: 'Problem#' };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const Id = Type.String({ format: 'uuid' });
/** A page added to a component of my dossier. */
const Page = Type.Object({ id: Type.String(), position: Type.Integer(), pages: Type.Integer(), size: Type.Integer(), fileName: Type.String() });
const Date_ = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });

export async function portalRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db } = ctx;

  app.get(
    '/api/v1/my/dossiers/:id/payments',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['payments'],
        summary: 'The fee payment requests of my dossier (to pay online from the dossier page)',
        params: Type.Object({ id: Id }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }),
          ...errors,
        },
      },
    },
    async (req) => ({ items: await myDossierPayments(db, req.principal, req.params.id) }),
  );

  app.post(
    '/api/v1/my/dossiers/:id/components/:seq/attachments',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['digitisation'],
        summary:
          'Attach a file I uploaded to my warehouse to a component of my open dossier (a page for the one-stop officer)',
        params: Type.Object(
          { id: Id, seq: Type.Integer({ minimum: 1, maximum: 32767 }) },
          { additionalProperties: false },
        ),
        body: Type.Object({ documentId: Id }, { additionalProperties: false }),
        response: {
          201: Page,
          ...errors,
          413: problem,
          422: problem,
        },
      },
    },
    async (req, reply) => {
      const s = await attachMyDocument(
        ctx,
        req.principal,
        req.params.id,
        req.params.seq,
        req.body.documentId,
      );
      return reply
        .code(201)
        .send({ id: s.id, position: s.position, pages: s.pages, size: s.size, fileName: s.fileName });
    },
  );

  // the owner's file straight into their open dossier (raw body, streamed): a local system's supplement upload
  await app.register(async (plain) => {
    const scope = plain as unknown as Server;
    registerUploadParser(scope);
    const limits = limitsFrom(ctx.config);
    scope.post(
      '/api/v1/my/dossiers/:id/components/:seq/files',
      {
        config: { permission: 'self' },
        bodyLimit: limits.maxBytes,
        schema: {
          tags: ['digitisation'],
          summary: 'Upload a file (PDF, JPEG, PNG, TIFF; the body, streamed) to a component of my open dossier, as the next page',
          params: Type.Object({ id: Id, seq: Type.Integer({ minimum: 1, maximum: 32767 }) }, { additionalProperties: false }),
          response: { 201: Page, ...errors, 413: problem, 415: problem, 422: problem },
        },
      },
      async (req, reply) => {
        const s = await uploadMyFile(db, req.principal, req.params.id, req.params.seq, () => receiveUpload(req, ctx.blobs, limits));
        return reply.code(201).send({ id: s.id, position: s.position, pages: s.pages, size: s.size, fileName: s.fileName });
      },
    );
  });

  if (!ctx.config.DEMO_MODE) return;
  await app.register(async (plain) => {
    const scope = plain as unknown as Server;
    registerUploadParser(scope);
    scope.post(
      '/api/v1/demo/warehouse/deposit',
      {
        config: { permission: 'dossier:digitise' },
        bodyLimit: limitsFrom(ctx.config).maxBytes,
        schema: {
          tags: ['warehouse'],
          summary:
            'DEMO MODE ONLY: deposit a digitised document (raw PDF/JPEG/PNG body) into a person’s warehouse',
          querystring: Type.Object(
            {
              personalId: Type.String({ pattern: '^\\d{12}$' }),
              typeCode: Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' }),
              name: Type.String({ minLength: 1, maxLength: 300 }),
              numberSymbol: Type.Optional(Type.String({ maxLength: 100 })),
              issueDate: Type.Optional(Date_),
              validUntil: Type.Optional(Date_),
            },
            { additionalProperties: false },
          ),
          response: {
            201: Type.Object({ documentId: Type.String(), created: Type.Boolean() }),
            ...errors,
            413: problem,
            415: problem,
            422: problem,
          },
        },
      },
      async (req, reply) => {
        const p = req.principal;
        if (!p || p.kind !== 'officer') throw new AppError('forbidden');
        const agencyCode = p.grants[0]?.agencyCode ?? null;
        const up = await receiveUpload(req, ctx.blobs, limitsFrom(ctx.config));
        const q = req.query;
        const r = await ctx.nationalPort.depositDocument({
          owner: { kind: 'citizen', id: q.personalId },
          typeCode: q.typeCode,
          name: q.name,
          numberSymbol: q.numberSymbol ?? null,
          abstract: null,
          issuer: { code: agencyCode, name: p.grants[0] ? `Cơ quan ${agencyCode}` : null },
          signer: p.name,
          issueDate: q.issueDate ?? null,
          validUntil: q.validUntil ?? null,
          permanent: !q.validUntil,
          validityScope: 'national',
          provenance: 'digitised',
          signatureStatus: 'unsigned',
          origin: { dossierCode: null, procedureCode: null, sectorCode: null },
          verificationCode: null,
          file: { sha256: up.blob.sha256, size: up.inspected.size, mime: up.inspected.mime },
          depositor: requesterOf(p, agencyCode),
        });
        return reply.code(201).send(r);
      },
    );
  });
}
