/**
 * POST /api/v1/message-checks: the public "Kiểm tra tin nhắn" check (no login, rate-limited per IP). The body is
 * the code or the whole pasted message; the answer says whether this system (on the portal: any connected system)
 * sent it, when, by which channel, to which masked address, about which masked dossier.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';
import type { Server } from '../../http/types.ts';
import { checkMessage } from './message-check.ts';

const problem = { $ref: 'Problem#' };
/** Per IP: enough for a person, far too few to walk the code space (40 bits). */
export const MESSAGE_CHECK_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const Checked = Type.Object({
  channel: Type.String({ enum: ['email', 'sms'] }),
  template: Type.String({ description: 'What the message was about (received, supplement_requested, …)' }),
  recipient: Type.String({ description: 'The address it was sent to, masked' }),
  dossierCode: Nullable(Type.String({ description: 'The dossier code, masked' })),
  issuedAt: Type.String(),
  sentAt: Nullable(Type.String()),
  status: Type.String({ enum: ['sent', 'pending', 'failed', 'registered'] }),
  agency: Type.Union([Type.Object({ code: Type.String(), name: Nullable(Type.String()) }), Type.Null()]),
  system: Type.Object({ code: Type.String(), name: Nullable(Type.String()) }),
});

export const MessageCheckResult = Type.Object({
  code: Nullable(Type.String({ description: 'The check code found, XXXX-XXXX' })),
  verdict: Type.String({ enum: ['sent', 'not-sent', 'no-code'] }),
  messages: Type.Array(Checked),
});

export async function messageCheckRoutes(app: Server, ctx: AppContext): Promise<void> {
  const self = loadNodeIdentity(ctx.config);
  app.post(
    '/api/v1/message-checks',
    {
      config: { permission: 'public', rateLimit: MESSAGE_CHECK_RATE_LIMIT },
      schema: {
        tags: ['notifications'],
        summary: 'Check whether an e-mail or SMS was sent by the system: its check code, or the whole message pasted',
        body: Type.Object(
          { text: Type.String({ minLength: 1, maxLength: 5000 }) },
          { additionalProperties: false },
        ),
        response: { 200: MessageCheckResult, 400: problem, 429: problem },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return checkMessage(ctx.db, { code: self.code, name: self.name }, req.body.text);
    },
  );
}
