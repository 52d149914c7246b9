/**
 * One renderer for every error: RFC 9457 problem+json with a stable `code`, titled in the user's language.
 * Fastify's own errors (bad JSON, body limits, validation, unknown routes) are mapped to our codes; anything
 * unexpected is logged and becomes a generic 500 so internal messages never leak; an unreachable database is a 503
 * with Retry-After (db-unavailable.ts).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorCodes, type ErrorCode, type FieldError } from '../errors.ts';
import { DB_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './db-unavailable.ts';
import { pickLanguage } from './language.ts';

export const PROBLEM_BASE = 'https://motcua.dev/problems/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  errors?: FieldError[];
  [k: string]: unknown;
}

export function toProblem(err: AppError, req: FastifyRequest): Problem {
  const lang = pickLanguage(req.headers['accept-language']);
  const spec = errorCodes[err.code];
  const title = spec[lang];
  return {
    ...(err.data ?? {}),
    type: PROBLEM_BASE + err.code,
    title,
    status: err.status,
    detail: err.detail ?? title,
    instance: req.url,
    code: err.code,
    ...(err.errors ? { errors: err.errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, err: AppError): FastifyReply {
  const retryAfter = err.data?.retryAfter;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .code(err.status)
    .type('application/problem+json; charset=utf-8')
    .send(toProblem(err, reply.request));
}

const fastifyCodeMap: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-request',
  FST_ERR_VALIDATION: 'validation-failed',
  FST_ERR_NOT_FOUND: 'route-not-found',
  FST_ERR_MAX_PARAM_LENGTH: 'uri-too-long',
  FST_ERR_BAD_URL: 'bad-request',
  FST_ERR_ASYNC_CONSTRAINT: 'bad-request',
};

interface AjvError {
  instancePath: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * Ajv's errors as field errors a person can read: a union of literals (an enum written as anyOf of consts) gives
 * one "must be one of: a, b, c" instead of one "must be equal to constant" per literal plus "must match a schema in
 * anyOf"; repeated lines are dropped.
 */
export function fieldErrors(validation: readonly AjvError[]): FieldError[] {
  const pathOf = (v: AjvError) =>
    (v.instancePath || '') +
    (v.params?.additionalProperty ? `/${v.params.additionalProperty as string}` : '');
  const allowed = new Map<string, string[]>();
  for (const v of validation)
    if (v.keyword === 'const')
      allowed.set(pathOf(v), [...(allowed.get(pathOf(v)) ?? []), String(v.params?.allowedValue)]);
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const v of validation) {
    const path = pathOf(v);
    const consts = allowed.get(path);
    let message = v.message ?? 'invalid';
    if (consts && (v.keyword === 'const' || v.keyword === 'anyOf'))
      message = `must be one of: ${consts.join(', ')}`;
    if (seen.has(`${path}\u0000${message}`)) continue;
    seen.add(`${path}\u0000${message}`);
    out.push({ path, message });
  }
  return out;
}

/** Turn anything thrown into an AppError; returns undefined for a genuine server fault. */
export function normaliseError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe?.validation) {
    const errors = fieldErrors(fe.validation);
    const where = fe.validationContext ?? 'body';
    return new AppError('validation-failed', {
      detail: errors.map((e) => `${where}${e.path} ${e.message}`).join('; '),
      errors,
    });
  }
  if (fe?.code && fastifyCodeMap[fe.code])
    return new AppError(fastifyCodeMap[fe.code]!, { detail: fe.message });
  if (fe?.statusCode === 429) return new AppError('rate-limited');
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError('bad-request', { detail: fe.message });
  }
  // The database is down, restarting, full or unreachable: a temporary state, said as such (503 + Retry-After).
  if (isDatabaseUnavailable(error))
    return new AppError('database-unavailable', { data: { retryAfter: DB_RETRY_AFTER_SECONDS }, cause: error });
  // Errors raised by PostgreSQL for values the schema let through (e.g. numeric overflow, invalid text).
  const pgCode = (error as { code?: unknown })?.code;
  if (typeof pgCode === 'string' && /^(22|23)/.test(pgCode)) {
    return new AppError(pgCode.startsWith('23') ? 'conflict' : 'validation-failed', {
      detail: pgCode.startsWith('23')
        ? 'The data conflicts with existing records'
        : 'A value is out of range',
    });
  }
  return undefined;
}

/** For Fastify's `frameworkErrors` option: errors raised by the router before any route runs (bad URLs, too long). */
export function frameworkErrorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  void sendProblem(reply, normaliseError(error) ?? new AppError('bad-request', { detail: error.message }));
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, req, reply) => {
    const appErr = normaliseError(error);
    if (appErr) {
      if (appErr.status >= 500) req.log.error({ err: error }, 'server error');
      return sendProblem(reply, appErr);
    }
    req.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, new AppError('internal'));
  });
  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, new AppError('route-not-found', { detail: `${req.method} ${req.url.split('?')[0]}` })),
  );
}

/** OpenAPI description of the problem document, referenced by every route's 4xx/5xx responses. */
export const ProblemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details with a stable `code`.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
  additionalProperties: true,
} as const;
