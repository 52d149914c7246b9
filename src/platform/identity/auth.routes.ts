/**
 * /api/v1/auth: officer login (user name normalised once, then rate-limited per IP and name and locked out per name),
 * logout, who am I, TOTP enrolment (re-enrolment needs the password or a current code), demo-mode scripted login.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Server } from '../../http/types.ts';
import { AppError } from '../../errors.ts';
import { confirmTotpEnrolment, enrolTotp, loginOfficer } from './auth.service.ts';
import { demoLogin } from './demo-login.service.ts';
import { lockoutPolicy } from './login-throttle.ts';
import { normaliseUsername, UsernameSchema } from './officer.ts';
import { clearSessionCookie, resolvePrincipal, revokeSession, setSessionCookie } from './session.service.ts';

const problem = { $ref: 'Problem#' };
const PrincipalSchema = Type.Object(
  { kind: Type.Union([Type.Literal('officer'), Type.Literal('citizen'), Type.Literal('organisation')]), id: Type.String() },
  { additionalProperties: true, description: 'Officer (username, name, grants) or citizen/organisation (personalId/taxCode, name, loa)' },
);
const SessionSchema = Type.Object(
  { token: Type.String(), expiresAt: Type.String(), principal: PrincipalSchema },
  { additionalProperties: false },
);
const tags = ['identity'];

/** Runs before the rate limit and validation: every spelling of a name (spaces, full width, case) is one name. */
async function normaliseLoginName(req: FastifyRequest): Promise<void> {
  const body = req.body as { username?: unknown } | null | undefined;
  if (body && typeof body === 'object' && typeof body.username === 'string') body.username = normaliseUsername(body.username);
}

/** A POST without a body is an empty object (TOTP enrolment of an officer without a second factor yet). */
async function emptyBodyAsObject(req: FastifyRequest): Promise<void> {
  if (req.body === undefined || req.body === null) req.body = {};
}

export async function authRoutes(app: Server, { config, db }: { config: Config; db: Db }): Promise<void> {
  const lockout = lockoutPolicy(config);
  app.post(
    '/api/v1/auth/login',
    {
      preValidation: normaliseLoginName,
      config: {
        permission: 'public',
        rateLimit: {
          max: config.LOGIN_RATE_LIMIT,
          timeWindow: '1 minute',
          hook: 'preValidation',
          // req.ip: the client behind a TRUSTED proxy only (TRUST_PROXY); the name as normalised above.
          keyGenerator: (req) => {
            const u = (req.body as { username?: unknown } | undefined)?.username;
            return `${req.ip}|${typeof u === 'string' ? u.slice(0, 64) : ''}`;
          },
        },
      },
      schema: {
        tags,
        summary: 'Officer login (user name, password, TOTP when enrolled); sets the session cookie and returns a bearer token',
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 64 }),
            password: Type.String({ minLength: 1, maxLength: 200 }),
            totp: Type.Optional(Type.String({ maxLength: 10 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: SessionSchema, 400: problem, 401: problem, 429: problem },
      },
    },
    async (req, reply) => {
      const s = await loginOfficer(db, req.body, { ttlHours: config.SESSION_TTL_HOURS, lockout, ip: req.ip });
      const principal = await resolvePrincipal(db, s.token);
      if (!principal) throw new AppError('internal');
      req.log.info({ officerId: s.officerId }, 'officer logged in');
      setSessionCookie(reply, config, s);
      return { token: s.token, expiresAt: s.expiresAt, principal };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'End the current session', response: { 204: Type.Null(), 401: problem } },
    },
    async (req, reply) => {
      if (req.authToken) await revokeSession(db, req.authToken);
      clearSessionCookie(reply, config);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'The logged-in principal', response: { 200: PrincipalSchema, 401: problem } },
    },
    async (req) => req.principal!,
  );

  app.post(
    '/api/v1/auth/totp/enroll',
    {
      config: { permission: 'officer:read' },
      preValidation: emptyBodyAsObject,
      schema: {
        tags,
        summary:
          'Start two-factor enrolment: returns an otpauth:// URI to scan; confirm with a code. Replacing an enrolled ' +
          'second factor needs the password or a current code (403 reauthentication-required without)',
        body: Type.Object(
          {
            password: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            code: Type.Optional(Type.String({ pattern: '^\\d{6}$', maxLength: 6 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ otpauthUri: Type.String(), secret: Type.String() }, { additionalProperties: false }),
          400: problem,
          401: problem,
          403: problem,
          429: problem,
        },
      },
    },
    async (req) => enrolTotp(db, req.principal!.id, req.body, { lockout, ip: req.ip }),
  );

  app.post(
    '/api/v1/auth/totp/confirm',
    {
      config: { permission: 'officer:read' },
      schema: {
        tags,
        summary: 'Confirm two-factor enrolment with a current code; from then on login requires a code',
        body: Type.Object({ code: Type.String({ pattern: '^\\d{6}$', maxLength: 6 }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), 400: problem, 401: problem, 403: problem, 409: problem },
      },
    },
    async (req, reply) => {
      await confirmTotpEnrolment(db, req.principal!.id, req.body.code);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/demo-login',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'DEMO MODE ONLY: log in as a demo officer (username) or account (personalId / taxCode) without a password',
        body: Type.Union([
          Type.Object({ username: UsernameSchema }, { additionalProperties: false }),
          Type.Object({ personalId: Type.String({ maxLength: 12 }) }, { additionalProperties: false }),
          Type.Object({ taxCode: Type.String({ maxLength: 14 }) }, { additionalProperties: false }),
        ]),
        response: { 200: SessionSchema, 400: problem, 401: problem, 403: problem },
      },
    },
    async (req, reply) => {
      const s = await demoLogin(db, config, req.body);
      const principal = await resolvePrincipal(db, s.token);
      if (!principal) throw new AppError('internal');
      setSessionCookie(reply, config, s);
      return { token: s.token, expiresAt: s.expiresAt, principal };
    },
  );
}
