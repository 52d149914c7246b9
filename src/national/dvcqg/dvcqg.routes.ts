/**
 * The DVCQG-compatible integration endpoints of the national portal (domain-vn.md §6.1): a system that already
 * talks to DVCQG connects unchanged. `POST /api/dvcqg/login` (header `dstcode`, `{username, password}` →
 * `{error_code: 0, session}`) and `POST /api/dvcqg/integration` (header `dstcode`, `{session, madonvi, service,
 * …}`). Answers are DVCQG-shaped (`error_code` "0", message "… thành công").
 *
 * Errors are answered as the portal does: HTTP 200 with `error_code` ≠ "0" and `message` (issue 15 §3). OpenCPS
 * (DVCQGIntegrationActionImpl.getSharingData / getAccessToken) reads only `conn.getInputStream()`, which Java's
 * HttpURLConnection refuses on a 4xx, and the Thanh Hóa client (SyncLocalDataToDVCQGService.cs) reads `error_code`
 * whatever the status. The body also carries motcua's stable `code` (and `errors`); only a server fault (5xx)
 * stays problem+json. motcua's own API keeps problem+json for every error.
 *
 * Keys are read whatever their case and unknown keys are ignored (§4). Sessions are reusable for their life
 * (SESSION_HOURS). Logins are limited per account (DVCQG_LOGIN_RATE_LIMIT a minute, generous) and failed logins per
 * IP (LOGIN_RATE_LIMIT a minute); calls with an unknown session count against the IP
 * (src/federation/transport/gate.ts); a refusal is the envelope with the `rate-limited` code and `retryAfter`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { normaliseError, toProblem } from '../../http/problem.ts';
import type { Server } from '../../http/types.ts';
import { federationGate } from '../../federation/transport/gate.ts';
import { NODE_CODE_PATTERN } from '../registry/registry.service.ts';
import { canonicalKeys, dvcqgErrorCode } from './dvcqg.ts';
import { dvcqgCall, dvcqgLogin, requireDstcode, setDvcqgAccount } from './dvcqg.service.ts';

const tags = ['dvcqg'];
/** Bodies are read leniently (any key, any case): the service checks what it uses. */
const Anything = Type.Object({}, { additionalProperties: true });
const Answer = Type.Object(
  { error_code: Type.Union([Type.String(), Type.Number()]), message: Type.String(), session: Type.Optional(Type.String()) },
  { additionalProperties: true },
);
const S = (max: number) => Type.String({ maxLength: max });

/** An error as the portal answers it: HTTP 200, `{error_code ≠ "0", message}` plus motcua's code and field errors. */
function sendDvcqgError(raw: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const err = normaliseError(raw);
  if (!err || err.status >= 500) throw raw; // a server fault: the app's problem+json 5xx
  // `status` (the HTTP status motcua's own API would use) is left out: the answer's status is 200
  const { status: _status, ...problem } = toProblem(err, req);
  const retryAfter = err.data?.retryAfter;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .code(200)
    .type('application/json; charset=utf-8')
    .send({ ...problem, error_code: dvcqgErrorCode[err.code] ?? '-1', message: problem.detail });
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export async function dvcqgRoutes(app: Server, ctx: AppContext): Promise<void> {
  const { db, config } = ctx;
  const gate = federationGate(app, config);
  const credentials = (req: FastifyRequest) => {
    const b = canonicalKeys((req.body ?? {}) as Record<string, unknown>, ['username', 'password']);
    return { username: text(b.username), password: text(b.password) };
  };
  const failedByIp = app.createRateLimit({ max: config.LOGIN_RATE_LIMIT, timeWindow: 60_000, keyGenerator: (req) => `dvcqg-login-failed|${req.ip}` });
  const byAccount = app.createRateLimit({
    max: config.DVCQG_LOGIN_RATE_LIMIT,
    timeWindow: 60_000,
    keyGenerator: (req) => `dvcqg-login|${credentials(req).username.toLowerCase()}`,
  });
  const refuseWhenSpent = async (limit: typeof byAccount, req: FastifyRequest) => {
    const seen = await limit(req, { increment: false });
    if (!seen.isAllowed && seen.remaining <= 0) throw new AppError('rate-limited', { data: { retryAfter: Math.max(1, seen.ttlInSeconds) } });
  };
  // a fault thrown here goes on to the app's handler (problem+json 5xx)
  const errorHandler = (err: unknown, req: FastifyRequest, reply: FastifyReply): void => {
    void sendDvcqgError(err, req, reply);
  };

  app.post(
    '/api/dvcqg/login',
    {
      config: { permission: 'public' },
      errorHandler,
      schema: {
        tags,
        summary: 'DVCQG-compatible session login (header dstcode): {error_code: 0, session}; errors: HTTP 200, error_code ≠ 0',
        headers: Type.Object({ dstcode: Type.Optional(S(100)) }),
        body: Anything,
        response: { 200: Answer },
      },
    },
    async (req) => {
      requireDstcode(req.headers.dstcode);
      const { username, password } = credentials(req);
      if (!username || username.length > 100 || !password || password.length > 200)
        throw new AppError('dvcqg-invalid', { errors: [{ path: '/username', message: 'username (≤ 100) and password (≤ 200) are required' }] });
      await refuseWhenSpent(failedByIp, req);
      await refuseWhenSpent(byAccount, req);
      try {
        const session = await dvcqgLogin(db, username, password);
        await byAccount(req);
        return { error_code: 0, message: 'Đăng nhập thành công', session };
      } catch (err) {
        if (err instanceof AppError && err.code === 'dvcqg-login-failed') await failedByIp(req);
        throw err;
      }
    },
  );

  app.post(
    '/api/dvcqg/integration',
    {
      config: { permission: 'public' },
      bodyLimit: 8 * 1024 * 1024,
      errorHandler,
      schema: {
        tags,
        summary:
          'DVCQG-compatible integration call: DongBoHoSoMC, CapNhatTienDoHoSoMC, TraCuuHoSo, LayThuTuc, LayDanhSachTTHC, LayDanhMucCoQuan, LayDanhMucLinhVuc; errors: HTTP 200, error_code ≠ 0',
        headers: Type.Object({ dstcode: Type.Optional(S(100)) }),
        // {session, madonvi, service, isUpdating, data, MaHoSo, MaTTHC} in any case; DongBoHoSoMC /
        // CapNhatTienDoHoSoMC items keep the many optional DVCQG fields as sent; the service checks the ones the
        // portal relies on (codes, statuses, dates, lengths).
        body: Anything,
        response: { 200: Answer },
      },
    },
    async (req) => {
      requireDstcode(req.headers.dstcode);
      // an unknown session counts against the caller's IP like an unauthenticated signed message (gate.ts)
      return gate(req, () => dvcqgCall(db, req.body as Record<string, unknown>));
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
