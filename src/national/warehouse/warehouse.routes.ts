/** The owner's warehouse (Kho dữ liệu điện tử): list, view, download, hide, upload, consents, and who read what. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { helmetRoute } from '../../http/security-headers.ts';
import type { Server } from '../../http/types.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import { receiveUpload, registerUploadParser } from '../../platform/documents/upload.ts';
import { listOwnerConsents } from './warehouse.repository.ts';
import { toPortConsent } from './consent.service.ts';
import { myAccessLog, myDocument, myDocuments, setMyDocumentHidden, uploadMyDocument } from './warehouse.service.ts';
import { ownerOf } from './warehouse.ts';

const problem = { $ref: 'Problem#' };
const tags = ['warehouse'];
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const Doc = Type.Object({}, { additionalProperties: true, description: 'A warehouse document (metadata, provenance, validity, status)' });
const List = Type.Object({ total: Type.Integer(), items: Type.Array(Type.Object({}, { additionalProperties: true })) });
const Date_ = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const TypeCode = Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' });
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

export async function warehouseRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, blobs } = ctx;
  // Raw uploads: the body stays a stream, stored and inspected by content (src/platform/documents, this scope only).
  registerUploadParser(app);

  app.get(
    '/api/v1/my/warehouse/documents',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'My documents (expired and revoked ones are marked)',
        querystring: Type.Object(
          {
            typeCode: Type.Optional(TypeCode),
            provenance: Type.Optional(Type.Union([Type.Literal('issued'), Type.Literal('digitised'), Type.Literal('uploaded')])),
            includeHidden: Type.Optional(Type.Boolean()),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: List, ...errors },
      },
    },
    async (req) => {
      const q = req.query;
      const items = await myDocuments(db, ownerOf(req.principal), {
        ...(q.typeCode ? { typeCodes: [q.typeCode] } : {}),
        ...(q.provenance ? { provenance: q.provenance } : {}),
        includeHidden: q.includeHidden ?? false,
        limit: q.limit ?? 50,
        offset: q.offset ?? 0,
      });
      return { total: items.length, items };
    },
  );

  app.post(
    '/api/v1/my/warehouse/documents',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'Upload my own document (raw PDF, JPEG, PNG or TIFF body, type by content; provenance `uploaded`, not verified)',
        querystring: Type.Object(
          {
            typeCode: TypeCode,
            name: Type.String({ minLength: 1, maxLength: 300 }),
            numberSymbol: Type.Optional(Type.String({ maxLength: 100 })),
            issuerName: Type.Optional(Type.String({ maxLength: 300 })),
            issueDate: Type.Optional(Date_),
            validUntil: Type.Optional(Date_),
          },
          { additionalProperties: false },
        ),
        response: { 201: Doc, ...errors, 409: problem, 413: problem, 415: problem, 422: problem },
      },
    },
    async (req, reply) => {
      const owner = ownerOf(req.principal);
      const up = await receiveUpload(req, blobs, limitsFrom(ctx.config));
      const doc = await uploadMyDocument(db, blobs, owner, up, req.query);
      return reply.code(201).send(doc);
    },
  );

  app.get(
    '/api/v1/my/warehouse/documents/:id',
    { config: { permission: 'self' }, schema: { tags, summary: 'One of my documents', params: Id, response: { 200: Doc, ...errors } } },
    async (req) => myDocument(db, ownerOf(req.principal), req.params.id),
  );

  app.get(
    '/api/v1/my/warehouse/documents/:id/file',
    {
      config: { permission: 'self' },
      // previewed in the portal's own <iframe> (a PDF through the browser's viewer): framing by this origin only
      helmet: helmetRoute({ frameableBySelf: true, directives: { 'object-src': ["'self'"] } }),
      schema: { tags, summary: 'Download (or preview) the file of one of my documents', params: Id, response: errors },
    },
    async (req, reply) => {
      const doc = await myDocument(db, ownerOf(req.principal), req.params.id);
      const stream = await blobs.open(doc.file.sha256);
      return reply
        .type(doc.file.mime)
        .header('content-length', doc.file.size)
        .header('content-disposition', `inline; filename="${doc.id}"`)
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  app.post(
    '/api/v1/my/warehouse/documents/:id/visibility',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'Hide or show one of my documents (hidden: not offered for reuse, not shown to officers)',
        params: Id,
        body: Type.Object({ hidden: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: Doc, ...errors },
      },
    },
    async (req) => setMyDocumentHidden(db, ownerOf(req.principal), req.params.id, req.body.hidden),
  );

  app.get(
    '/api/v1/my/warehouse/access-log',
    {
      config: { permission: 'self' },
      schema: {
        tags,
        summary: 'Who looked at my data: every read of my documents by someone else, newest first',
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: List, ...errors },
      },
    },
    async (req) => myAccessLog(db, ownerOf(req.principal), req.query.limit ?? 50, req.query.offset ?? 0),
  );

  app.get(
    '/api/v1/my/warehouse/consents',
    { config: { permission: 'self' }, schema: { tags, summary: 'The consents I gave (and withdrew)', response: { 200: List, ...errors } } },
    async (req) => {
      const items = (await listOwnerConsents(db, ownerOf(req.principal).id)).map(toPortConsent);
      return { total: items.length, items };
    },
  );
}
