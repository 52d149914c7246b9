/**
 * `GET /api/v1/forwarded-dossiers/:id/receipt.pdf` (ROLE=local): Form 01 at the receiving counter for a dossier
 * received here for another system, with that system's dossier code and appointment date (forwarded-receipt.ts).
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { Server } from '../../http/types.ts';
import { forwardedReceipt } from './forwarded-receipt.ts';

const problem = { $ref: 'Problem#' };

export async function forwardedReceiptRoutes(app: Server, ctx: AppContext): Promise<void> {
  if (ctx.config.ROLE === 'national') return;
  app.get(
    '/api/v1/forwarded-dossiers/:id/receipt.pdf',
    {
      config: { permission: 'dossier:work' },
      schema: {
        tags: ['federation'],
        summary:
          'Form 01 printed at this counter for a dossier received here for another system, with its dossier code and appointment date there (409 forwarded-receipt-pending before it answers)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem },
      },
    },
    async (req, reply) => {
      const r = await forwardedReceipt({ config: ctx.config, db: ctx.db, blobs: ctx.blobs, port: ctx.nationalPort }, req.principal, req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="giay-tiep-nhan.pdf"')
        .header('x-verification-code', `${r.verificationCode.slice(0, 4)}-${r.verificationCode.slice(4, 8)}-${r.verificationCode.slice(8)}`)
        .header('cache-control', 'no-store')
        .send(r.pdf);
    },
  );
}
