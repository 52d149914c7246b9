/**
 * The DVCQG-compatible integration endpoints of the national portal (domain-vn.md §6.1): a system that already
 * talks to DVCQG connects unchanged. `POST /api/dvcqg/login` (header `dstcode`, `{username, password}` →
 * `{error_code: 0, session}`) and `POST /api/dvcqg/integration` (header `dstcode`, `{session, madonvi, service,
 * …}`). Answers are DVCQG-shaped (`error_code` "0", message "… thành công"); errors carry both the DVCQG
 * `error_code` (≠ "0"; "-3" on a duplicate create) and problem+json fields, with a 4xx status. Logins are limited per IP
 * (LOGIN_RATE_LIMIT a minute); calls with an unknown session count against the IP (src/federation/transport/gate.ts).
 */
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { normaliseError, toProblem } from '../../http/problem.ts';
import type { Server } from '../../http/types.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import { NODE_CODE_PATTERN } from '../registry/registry.service.ts';
import { dvcqgErrorCode } from './dvcqg.ts';
import { dvcqgCall, dvcqgLogin, MAX_ITEMS, requireDstcode, setDvcqgAccount } from './dvcqg.service.ts';

const tags = ['dvcqg'];
const Anything = Type.Object({}, { additionalProperties: true });
const Answer = Type.Object({ error_code: Type.Union([Type.String(), Type.Number()]), message: Type.String() }, { additionalProperties: true });
/** Errors: problem+json with the DVCQG error_code (absent only when the body could not even be parsed). */
const ErrorAnswer = Type.Object(
  { error_code: Type.Optional(Type.Union([Type.String(), Type.Number()])), message: Type.Optional(Type.String()), code: Type.Optional(Type.String()) },
  { additionalProperties: true },
);
const S = (max: number) => Type.String({ maxLength: max });

function sendDvcqgError(reply: FastifyReply, raw: unknown): FastifyReply {
  const err = normaliseError(raw);
  if (!err) throw raw;
  const problem = toProblem(err, reply.request);
  const retryAfter = err.data?.retryAfter;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .code(err.status)
    .type('application/problem+json; charset=utf-8')
    .send({ ...problem, error_code: dvcqgErrorCode[err.code] ?? '-1', message: problem.detail });
}

export async function dvcqgRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, config } = ctx;
  const gate = federationGate(app, config);
  app.post(
    '/api/dvcqg/login',
    {
      config: {
        permission: 'public',
        rateLimit: { max: config.LOGIN_RATE_LIMIT, timeWindow: '1 minute', hook: 'preValidation', keyGenerator: (req) => req.ip },
      },
      attachValidation: true,
      schema: {
        tags,
        summary: 'DVCQG-compatible session login (header dstcode): {error_code: 0, session}',
        headers: Type.Object({ dstcode: Type.Optional(S(100)) }),
        body: Type.Object({ username: S(100), password: S(200) }, { additionalProperties: false }),
        response: { 200: Type.Object({ error_code: Type.Number(), message: Type.String(), session: Type.String() }), 400: ErrorAnswer, 401: ErrorAnswer, 429: ErrorAnswer },
      },
    },
    async (req, reply) => {
      try {
        if (req.validationError) throw req.validationError;
        requireDstcode(req.headers.dstcode);
        const session = await dvcqgLogin(db, req.body.username, req.body.password);
        return { error_code: 0, message: 'Đăng nhập thành công', session };
      } catch (err) {
        return sendDvcqgError(reply, err);
      }
    },
  );

  app.post(
    '/api/dvcqg/integration',
    {
      config: { permission: 'public' },
      bodyLimit: 8 * 1024 * 1024,
      attachValidation: true,
      schema: {
        tags,
        summary: 'DVCQG-compatible integration call: DongBoHoSoMC, CapNhatTienDoHoSoMC, TraCuuHoSo, LayThuTuc',
        headers: Type.Object({ dstcode: Type.Optional(S(100)) }),
        body: Type.Object(
          {
            session: S(200),
            madonvi: Type.Optional(S(50)),
            service: S(100),
            isUpdating: Type.Optional(Type.Union([Type.String({ maxLength: 10 }), Type.Boolean()])),
            // DongBoHoSoMC / CapNhatTienDoHoSoMC items: the many optional DVCQG fields are kept as sent; the
            // ones the portal relies on (codes, statuses, dates, lengths) are checked by the service.
            data: Type.Optional(Type.Union([Type.Array(Anything, { maxItems: MAX_ITEMS }), Anything])),
            MaHoSo: Type.Optional(S(100)),
            mahoso: Type.Optional(S(100)),
            MaTTHC: Type.Optional(S(100)),
            matthc: Type.Optional(S(100)),
          },
          { additionalProperties: false },
        ),
        response: { 200: Answer, 400: ErrorAnswer, 401: ErrorAnswer, 403: ErrorAnswer, 404: ErrorAnswer, 409: ErrorAnswer, 413: ErrorAnswer, 429: ErrorAnswer },
      },
    },
    async (req, reply) => {
      try {
        if (req.validationError) throw req.validationError;
        requireDstcode(req.headers.dstcode);
        // an unknown session counts against the caller's IP like an unauthenticated signed message (gate.ts)
        return await gate(req, () => dvcqgCall(db, req.body));
      } catch (err) {
        return sendDvcqgError(reply, err);
      }
    },
  );

  app.put(
    '/api/v1/federation/nodes/:code/dvcqg-account',
    {
      config: { permission: 'federation:manage' },
      schema: {
        tags: ['federation'],
        summary: 'Set the DVCQG-compatible login of a connected system (password stored hashed)',
        params: Type.Object({ code: Type.String({ pattern: NODE_CODE_PATTERN }) }),
        body: Type.Object({ username: Type.String({ minLength: 3, maxLength: 100 }), password: Type.String({ minLength: 12, maxLength: 200 }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), 400: { $ref: 'Problem#' }, 401: { $ref: 'Problem#' }, 403: { $ref: 'Problem#' }, 404: { $ref: 'Problem#' } },
      },
    },
    async (req, reply) => {
      await setDvcqgAccount(db, { nodeCode: req.params.code, ...req.body });
      return reply.code(204).send(null);
    },
  );
}
