/**
 * GET /api/v1/dossiers/:id/messages: the e-mails and SMS sent to the dossier's owner, each with its check code —
 * for whoever may see the dossier (its officers, its owner). The address is masked: the page shows which contact
 * was used, not the contact itself.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Server } from '../../http/types.ts';
import { formatCheckCode, maskRecipient } from '../../platform/notifications/check-code.ts';
import { listForDossier } from '../../platform/notifications/outbox.repository.ts';
import { assertVisible } from './dossier.query.ts';
import { findDossier } from './dossier.repository.ts';

const problem = { $ref: 'Problem#' };
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const Message = Type.Object({
  checkCode: Type.String({ description: 'XXXX-XXXX, printed in the message' }),
  channel: Type.String({ enum: ['email', 'sms'] }),
  template: Type.String(),
  recipient: Type.String({ description: 'masked' }),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
  status: Type.String({ enum: ['sent', 'pending', 'failed'] }),
});

export async function dossierMessageRoutes(app: Server, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/dossiers/:id/messages',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['dossiers'],
        summary: 'The e-mails and SMS sent about this dossier, with their check codes (addresses masked)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Message) }), 400: problem, 401: problem, 404: problem },
      },
    },
    async (req) => {
      const row = await findDossier(ctx.db, req.params.id);
      if (!row) throw new AppError('dossier-not-found');
      await assertVisible(ctx.db, req.principal, row);
      const rows = await listForDossier(ctx.db, row.id);
      return {
        items: rows.map((m) => ({
          checkCode: formatCheckCode(m.checkCode),
          channel: m.channel,
          template: m.template,
          recipient: maskRecipient(m.channel, m.recipient),
          createdAt: m.createdAt,
          sentAt: m.sentAt,
          status: m.sentAt ? ('sent' as const) : m.deadAt ? ('failed' as const) : ('pending' as const),
        })),
      };
    },
  );
}
