import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { formatVerificationCode } from '../../platform/signing/verification.ts';
import { dossierForms, signedDossierForm } from './dossier.documents.ts';

const problem = { $ref: 'Problem#' };

export async function dossierDocumentRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/dossiers/:id/forms/:form',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['dossiers'],
        summary:
          'A standard form of the dossier as a PDF signed by the agency and registered (verification code in the ' +
          'X-Verification-Code header and printed with a QR code): receipt (01), supplement request (02), refusal ' +
          '(03), apology (04), stop notice (05). The same form for the same action is the same document.',
        params: Type.Object(
          {
            id: Type.String({ format: 'uuid' }),
            form: Type.String({ pattern: `^(${dossierForms.join('|')})\\.pdf$`, maxLength: 40 }),
          },
          { additionalProperties: false },
        ),
        response: { 400: problem, 401: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => {
      const form = req.params.form.replace(/\.pdf$/, '') as (typeof dossierForms)[number];
      const issued = await signedDossierForm(ctx, req.principal, req.params.id, form);
      return reply
        .type('application/pdf')
        .header('x-verification-code', formatVerificationCode(issued.verificationCode))
        .header('content-disposition', `inline; filename="${form}.pdf"`)
        .send(issued.pdf);
    },
  );
}
