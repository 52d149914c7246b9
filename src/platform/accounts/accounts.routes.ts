/** Portal login through the national e-ID (/auth/eid/*) and the account's own profile. */
import { Type } from 'typebox';
import { behindProxy, type Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Server } from '../../http/types.ts';
import { AppError } from '../../errors.ts';
import { createSession, setSessionCookie } from '../identity/session.service.ts';
import { AccountSchema, presentAccount } from './account.ts';
import { findAccountById } from './accounts.repository.ts';
import { accountInputFromClaims, saveAccount } from './accounts.service.ts';
import { createEidClient, redirectUri } from './eid-client.ts';

const STATE_COOKIE = 'motcua_eid_state';
const problem = { $ref: 'Problem#' };
const tags = ['accounts'];

export async function accountsRoutes(app: Server, { config, db }: { config: Config; db: Db }): Promise<void> {
  const eid = createEidClient(config, db);
  const secure = behindProxy(config) || config.PUBLIC_URL.startsWith('https:');

  app.get(
    '/auth/eid/login',
    {
      config: { permission: 'public' },
      schema: { tags, summary: 'Start login with the national e-ID (redirects to the provider)', response: { 302: Type.Null(), 503: problem } },
    },
    async (_req, reply) => {
      const { url, state } = await eid.begin();
      reply.setCookie(STATE_COOKIE, state, { path: '/auth/eid', httpOnly: true, sameSite: 'lax', secure, maxAge: 600 });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/auth/eid/callback',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Return from the national e-ID: creates or updates the account, opens a session, redirects to /',
        querystring: Type.Object(
          {
            state: Type.Optional(Type.String({ maxLength: 200 })),
            code: Type.Optional(Type.String({ maxLength: 2000 })),
            error: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: true },
        ),
        response: { 302: Type.Null(), 400: problem, 401: problem, 503: problem },
      },
    },
    async (req, reply) => {
      const cookieState = (req.cookies as Record<string, string | undefined>)[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: '/auth/eid' });
      if (req.query.error) throw new AppError('unauthenticated', { detail: `The e-ID refused the login: ${req.query.error}` });
      if (!req.query.state || !cookieState || cookieState !== req.query.state) {
        throw new AppError('unauthenticated', { detail: 'The login state does not match this browser; start again' });
      }
      const callbackUrl = new URL(redirectUri(config));
      callbackUrl.search = new URL(req.url, 'http://x').search;
      const claims = await eid.finish(callbackUrl, req.query.state);
      const account = await saveAccount(db, accountInputFromClaims(claims), { login: true });
      const session = await createSession(db, { accountId: account.id }, config.SESSION_TTL_HOURS);
      req.log.info({ accountId: account.id, kind: account.kind, loa: account.loa }, 'account logged in with e-ID');
      setSessionCookie(reply, config, session);
      return reply.redirect('/', 302);
    },
  );

  app.get(
    '/api/v1/accounts/me',
    {
      config: { permission: 'self' },
      schema: { tags, summary: 'The logged-in citizen or organisation account', response: { 200: AccountSchema, 401: problem, 403: problem } },
    },
    async (req) => {
      const row = await findAccountById(db, req.principal!.id);
      if (!row) throw new AppError('not-found');
      return presentAccount(row);
    },
  );
}
