/**
 * MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập. The inbox of the development mail catcher: GET /dev-mail (HTML) and
 * GET /dev-mail/messages.json. Mounted only outside production; it shows what the catcher's SMTP server (started by
 * the notification dispatcher when SMTP_URL is empty) and the development SMS sender stored.
 */
import { Type } from 'typebox';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Server } from '../../http/types.ts';
import { listDevMessages } from './mail-catcher.repository.ts';
import { CATCHER_BANNER, inboxPage } from './page.ts';

export const CATCHER_PATH = '/dev-mail';

export function mailCatcherEnabled(config: Config): boolean {
  return config.NODE_ENV !== 'production';
}

const Message = Type.Object({
  id: Type.Integer(),
  channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
  sender: Type.String(),
  recipients: Type.Array(Type.String()),
  subject: Type.String(),
  body: Type.String(),
  receivedAt: Type.String(),
});

export async function mailCatcherRoutes(app: Server, { db, config }: { db: Db; config: Config }): Promise<void> {
  if (!mailCatcherEnabled(config)) return;
  const tags = ['dev-mail'];
  const Query = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }, { additionalProperties: false });

  app.get(
    CATCHER_PATH,
    {
      config: { permission: 'public' },
      schema: { tags, summary: `${CATCHER_BANNER}: inbox page`, querystring: Query },
    },
    async (req, reply) => {
      const rows = await listDevMessages(db, req.query.limit ?? 200);
      return reply.type('text/html; charset=utf-8').send(inboxPage(rows));
    },
  );

  app.get(
    `${CATCHER_PATH}/messages.json`,
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: `${CATCHER_BANNER}: caught messages, newest first`,
        querystring: Query,
        response: { 200: Type.Object({ messages: Type.Array(Message) }), 400: { $ref: 'Problem#' } },
      },
    },
    async (req) => {
      const rows = await listDevMessages(db, req.query.limit ?? 200);
      return {
        messages: rows.map((m) => ({
          id: m.id,
          channel: m.channel,
          sender: m.sender,
          recipients: m.recipients,
          subject: m.subject,
          body: m.body,
          receivedAt: m.receivedAt,
        })),
      };
    },
  );
}
