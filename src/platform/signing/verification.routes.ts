/**
 * Public verification of issued documents (no login, rate-limited): by the code printed on the document, or by
 * uploading the PDF as the raw body (application/pdf, up to 20 MB).
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Server } from '../../http/types.ts';
import { verifyByCode, verifyFile, type RemoteVerification } from './registry.service.ts';
import { verificationErrorPage, verificationPage } from './verification.page.ts';

const problem = { $ref: 'Problem#' };
const tags = ['verification'];
const MAX_PDF_BYTES = 20 * 1024 * 1024;
const rateLimit = { max: 60, timeWindow: '1 minute' };
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const RegistryEntry = Type.Object({
  verificationCode: Type.String(),
  kind: Type.String({ enum: ['receipt', 'form', 'result', 'digitised_copy'] }),
  title: Type.String(),
  issuer: Type.Object({ name: Type.String(), code: Type.String() }),
  issuedAt: Type.String(),
  sha256: Type.String(),
  owner: Nullable(Type.String({ description: 'Owner ID number, masked' })),
  status: Type.String({ enum: ['valid', 'replaced', 'revoked'] }),
  replacedAt: Nullable(Type.String()),
  replacedBy: Nullable(Type.String({ description: 'Verification code of the replacing document' })),
  revokedAt: Nullable(Type.String()),
  revokedReason: Nullable(Type.String()),
});

const Signature = Type.Object({
  signed: Type.Boolean(),
  intact: Type.Boolean(),
  coversWholeFile: Type.Boolean(),
  signatureValid: Type.Boolean(),
  trusted: Type.Boolean(),
  signer: Type.Union([
    Type.Object({
      commonName: Nullable(Type.String()),
      agencyCode: Nullable(Type.String()),
      organisation: Nullable(Type.String()),
    }),
    Type.Null(),
  ]),
  certificate: Type.Union([
    Type.Object({
      serialNumber: Type.String(),
      issuer: Type.String(),
      validFrom: Type.String(),
      validTo: Type.String(),
      validAtSigning: Type.Boolean(),
    }),
    Type.Null(),
  ]),
  signedAt: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  subFilter: Nullable(Type.String()),
  problems: Type.Array(Type.String()),
});

const FileReport = Type.Object({
  sha256: Type.String(),
  signature: Signature,
  registered: Type.Union([RegistryEntry, Type.Null()]),
  valid: Type.Boolean({
    description: 'Intact, signed under a CA of this system, registered and still valid',
  }),
});

/** `remote`: documents of the other connected systems (src/national/verification-remote), when federated. */
export async function verificationRoutes(app: Server, ctx: AppContext, remote?: RemoteVerification): Promise<void> {
  app.get(
    '/api/v1/verification/:code',
    {
      config: { permission: 'public', rateLimit },
      schema: {
        tags,
        summary: 'Verify an issued document by the code printed on it (XXXX-XXXX-XXXX)',
        params: Type.Object(
          { code: Type.String({ minLength: 1, maxLength: 40 }) },
          { additionalProperties: false },
        ),
        response: { 200: RegistryEntry, 400: problem, 404: problem, 429: problem },
      },
    },
    async (req) => verifyByCode(ctx.db, req.params.code, remote),
  );

  app.get(
    '/xac-thuc/:code',
    {
      config: { permission: 'public', rateLimit },
      schema: {
        tags,
        summary: 'The page the QR code on issued documents opens (HTML, Vietnamese)',
        params: Type.Object(
          { code: Type.String({ minLength: 1, maxLength: 40 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      try {
        return verificationPage(await verifyByCode(ctx.db, req.params.code, remote));
      } catch (err) {
        // A person (browser) gets a page; a program gets problem+json like every other route.
        const { status, html } = verificationErrorPage(err);
        if (status >= 500 || !req.headers.accept?.includes('text/html')) throw err;
        return reply.code(status).send(html);
      }
    },
  );

  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['application/pdf', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: MAX_PDF_BYTES },
      (_req, body, done) => done(null, body),
    );
    scope.post(
      '/api/v1/verification',
      {
        config: { permission: 'public', rateLimit },
        bodyLimit: MAX_PDF_BYTES,
        schema: {
          tags,
          summary:
            'Verify an uploaded PDF (raw body, application/pdf, ≤ 20 MB): its signature, and whether this system or another connected system issued exactly these bytes',
          response: { 200: FileReport, 400: problem, 413: problem, 415: problem, 422: problem, 429: problem },
        },
      },
      async (req) => {
        if (req.body === undefined || req.body === null) return verifyFile(ctx, Buffer.alloc(0), remote);
        if (!Buffer.isBuffer(req.body)) {
          throw new AppError('unsupported-media-type', {
            detail: 'Send the PDF as the raw body (application/pdf)',
          });
        }
        return verifyFile(ctx, req.body, remote);
      },
    );
  });
}
