/** Routes of digitisation at reception (rules in digitisation.service.ts). */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { contentDisposition } from '../../platform/documents/file-name.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import { DigitisationInputSchema, DigitisationMetadataSchema } from '../../platform/documents/metadata.ts';
import { receiveUpload, registerUploadParser, UPLOAD_CONTENT_TYPES } from '../../platform/documents/upload.ts';
import { findSignedDocumentBySha256 } from '../../platform/signing/registry.repository.ts';
import { formatVerificationCode } from '../../platform/signing/verification.ts';
import type { Db } from '../../db/connect.ts';
import type { DigitisationRow, DigitisationScanRow } from './digitisation.table.ts';
import {
  digitiseComponent,
  getDigitisation,
  openDigitisedCopy,
  openScan,
  removeScan,
  scanPages,
  uploadScan,
} from './digitisation.service.ts';

const problem = { $ref: 'Problem#' };
const tags = ['digitisation'];
const base = '/api/v1/dossiers/:id/components/:seq';

const Component = Type.Object(
  { id: Type.String({ format: 'uuid' }), seq: Type.Integer({ minimum: 1, maximum: 32767 }) },
  { additionalProperties: false },
);
const ScanParams = Type.Object(
  { ...Component.properties, scanId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Scan = Type.Object(
  {
    id: Type.String(),
    position: Type.Integer(),
    fileName: Type.String(),
    type: Type.String(),
    mime: Type.String(),
    size: Type.Integer(),
    sha256: Type.String(),
    pages: Type.Integer(),
    width: Nullable(Type.Integer()),
    height: Nullable(Type.Integer()),
    uploadedAt: Type.String(),
    uploadedBy: Type.Object({ id: Type.String(), name: Type.String() }),
  },
  { additionalProperties: false },
);

const Digitisation = Type.Object(
  {
    dossierId: Type.String(),
    componentSeq: Type.Integer(),
    sha256: Type.String(),
    size: Type.Integer(),
    pages: Type.Integer(),
    state: Type.Integer({ description: 'TrangThaiSoHoa: 1 digitised' }),
    metadata: DigitisationMetadataSchema,
    officer: Type.Object({ id: Type.String(), name: Type.String() }),
    unitName: Type.String(),
    digitisedAt: Type.String(),
    downloadUrl: Type.String(),
    verificationCode: Type.Union([Type.String(), Type.Null()], {
      description: 'Printed on the signed copy (XXXX-XXXX-XXXX); public check at GET /api/v1/verification/{code}',
    }),
  },
  { additionalProperties: false },
);

function presentScan(s: DigitisationScanRow) {
  return {
    id: s.id,
    position: s.position,
    fileName: s.fileName,
    type: s.fileType,
    mime: s.mime,
    size: s.size,
    sha256: s.blobSha256,
    pages: s.pages,
    width: s.width,
    height: s.height,
    uploadedAt: s.uploadedAt,
    uploadedBy: { id: s.uploadedBy, name: s.uploadedByName },
  };
}

async function presentDigitisation(db: Db, d: DigitisationRow) {
  const signed = await findSignedDocumentBySha256(db, d.pdfSha256);
  return {
    dossierId: d.dossierId,
    componentSeq: d.componentSeq,
    sha256: d.pdfSha256,
    size: d.pdfSize,
    pages: d.pages,
    state: d.state,
    metadata: d.metadata,
    officer: { id: d.officerId, name: d.officerName },
    unitName: d.unitName,
    digitisedAt: d.digitisedAt,
    downloadUrl: `/api/v1/dossiers/${d.dossierId}/components/${d.componentSeq}/digitised-copy.pdf`,
    verificationCode: signed ? formatVerificationCode(signed.verificationCode) : null,
  };
}

export async function digitisationRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const limits = limitsFrom(ctx.config);
  registerUploadParser(app);

  app.post(
    `${base}/scans`,
    {
      config: { permission: 'dossier:digitise' },
      bodyLimit: limits.maxBytes,
      schema: {
        tags,
        summary: 'Add a scanned page (or photo, or PDF) to a dossier component at reception',
        description: `The file itself is the body (${UPLOAD_CONTENT_TYPES.join(', ')}), streamed; its name may be sent percent-encoded in X-File-Name. The type is detected from the content.`,
        params: Component,
        response: { 201: Scan, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 413: problem, 415: problem, 422: problem },
      },
    },
    async (req, reply) => {
      const scan = await uploadScan(db, req.principal, req.params.id, req.params.seq, () => receiveUpload(req, ctx.blobs, limits));
      return reply.code(201).send(presentScan(scan));
    },
  );

  app.get(
    `${base}/scans`,
    {
      config: { permission: 'dossier:digitise' },
      schema: {
        tags,
        summary: 'The scanned pages of a dossier component, in order',
        params: Component,
        response: { 200: Type.Object({ items: Type.Array(Scan) }), 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req) => ({ items: (await scanPages(db, req.principal, req.params.id, req.params.seq)).map(presentScan) }),
  );

  app.get(
    `${base}/scans/:scanId/content`,
    {
      config: { permission: 'dossier:digitise' },
      schema: {
        tags,
        summary: 'The file of one scanned page (for preview)',
        params: ScanParams,
        response: { 400: problem, 401: problem, 403: problem, 404: problem },
      },
    },
    async (req, reply) => {
      const { scan, content } = await openScan(ctx, req.principal, req.params.id, req.params.seq, req.params.scanId);
      return reply
        .type(scan.mime)
        .header('content-disposition', contentDisposition('inline', scan.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );

  app.delete(
    `${base}/scans/:scanId`,
    {
      config: { permission: 'dossier:digitise' },
      schema: {
        tags,
        summary: 'Remove a scanned page before the component is digitised',
        params: ScanParams,
        response: { 204: Type.Null(), 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => {
      await removeScan(db, req.principal, req.params.id, req.params.seq, req.params.scanId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/digitise`,
    {
      config: { permission: 'dossier:digitise' },
      schema: {
        tags,
        summary: 'Compose the digitised copy of a component from its scanned pages, with its metadata (§5.2)',
        params: Component,
        body: DigitisationInputSchema,
        response: { 201: Digitisation, 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 413: problem, 422: problem },
      },
    },
    async (req, reply) => {
      const row = await digitiseComponent(ctx, req.principal, req.params.id, req.params.seq, req.body);
      return reply.code(201).send(await presentDigitisation(db, row));
    },
  );

  app.get(
    `${base}/digitisation`,
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'The digitisation record of a component (officers who see the dossier, and its owner)',
        params: Component,
        response: { 200: Digitisation, 400: problem, 401: problem, 404: problem },
      },
    },
    async (req) => presentDigitisation(db, await getDigitisation(db, req.principal, req.params.id, req.params.seq)),
  );

  app.get(
    `${base}/digitised-copy.pdf`,
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Download the digitised copy of a component (officers who see the dossier, and its owner)',
        params: Component,
        response: { 400: problem, 401: problem, 404: problem },
      },
    },
    async (req, reply) => {
      const { row, content } = await openDigitisedCopy(ctx, req.principal, req.params.id, req.params.seq);
      const name = `${row.metadata.title}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition('attachment', name))
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );
}
