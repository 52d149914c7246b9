/**
 * Mounts the DEVELOPMENT STAND-IN e-ID under /dev-eid of this server: our Vietnamese login interaction, and every
 * other /dev-eid path handed to oidc-provider raw (reply.hijack, url rewritten to the provider's own paths, body
 * left unread for the provider to parse).
 */
import formbody from '@fastify/formbody';
import type Provider from 'oidc-provider';
import { Type } from 'typebox';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { originOf } from '../../http/cross-origin.ts';
import { helmetRoute } from '../../http/security-headers.ts';
import type { Server } from '../../http/types.ts';
import { verifyPassword, burnPasswordCheck } from '../../platform/identity/password.ts';
import { loginPage } from './eid.pages.ts';
import { createStandinProvider, EID_MOUNT, extraClients, portalRedirectUri, standinIssuer } from './eid.provider.ts';
import { findIdentityByLogin } from './eid.repository.ts';
import { ensureStandinSecrets } from './eid.secrets.ts';
import { seedEidIdentities } from './eid.seed.ts';

const Uid = Type.Object({ uid: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', maxLength: 64 }) }, { additionalProperties: false });

export async function eidStandinRoutes(app: Server, { config, db }: { config: Config; db: Db }): Promise<void> {
  if (config.EID_ISSUER) return;
  if (config.NODE_ENV === 'production') {
    app.log.error('EID_ISSUER is empty in production: the development e-ID stand-in is NOT mounted; citizen login is unavailable');
    return;
  }
  // Built on first use: keys are generated (first start) and demo identities seeded only when someone logs in,
  // so starting the server (and every test app) stays cheap.
  let started: Promise<{ provider: Provider; handle: ReturnType<Provider['callback']> }> | undefined;
  const standin = () => {
    started ??= (async () => {
      const secrets = await ensureStandinSecrets(db);
      await seedEidIdentities(db);
      const provider = createStandinProvider(config, db, secrets);
      return { provider, handle: provider.callback() };
    })().catch((err: unknown) => {
      started = undefined;
      throw err;
    });
    return started;
  };
  app.log.warn({ issuer: standinIssuer(config) }, 'DEVELOPMENT STAND-IN for the national e-ID mounted at /dev-eid (not a real identity provider)');

  const tags = ['dev-eid'];
  const html = { 200: Type.String() };
  // The login page's form is an HTML form post (its own scope takes form bodies; the API does not). Its answer
  // redirects on to the relying party's callback, another origin in the demo federation: the page's CSP lets the
  // form end there (form-action applies to every redirect after the post).
  await app.register(formbody);
  const relyingParties = [portalRedirectUri(config), ...(extraClients(config) ?? []).flatMap((c) => c.redirect_uris ?? [])]
    .map(originOf)
    .filter((o): o is string => o !== undefined);
  const loginPageHelmet = helmetRoute({ directives: { 'form-action': ["'self'", ...new Set(relyingParties)] } });

  app.get(
    `${EID_MOUNT}/interaction/:uid`,
    { config: { permission: 'public' }, helmet: loginPageHelmet, schema: { tags, summary: 'DEV e-ID stand-in: login page', params: Uid, response: html } },
    async (req, reply) => {
      const { provider } = await standin();
      const details = await provider.interactionDetails(req.raw, reply.raw);
      const client = await provider.Client.find(String(details.params.client_id));
      return reply.type('text/html; charset=utf-8').send(loginPage({ uid: details.uid, clientName: client?.clientName ?? String(details.params.client_id) }));
    },
  );

  app.post(
    `${EID_MOUNT}/interaction/:uid/login`,
    {
      config: { permission: 'public' },
      helmet: loginPageHelmet,
      schema: {
        tags,
        summary: 'DEV e-ID stand-in: submit personal ID / tax code and password',
        params: Uid,
        body: Type.Object(
          { loginId: Type.String({ maxLength: 20 }), password: Type.String({ maxLength: 200 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      const { provider } = await standin();
      const details = await provider.interactionDetails(req.raw, reply.raw);
      const loginId = req.body.loginId.replace(/[\s.]/g, '');
      const identity = await findIdentityByLogin(db, loginId);
      const ok = identity ? await verifyPassword(req.body.password, identity.passwordHash) : (await burnPasswordCheck(req.body.password), false);
      if (!identity || !ok) {
        const client = await provider.Client.find(String(details.params.client_id));
        return reply
          .code(401)
          .type('text/html; charset=utf-8')
          .send(loginPage({ uid: details.uid, clientName: client?.clientName ?? '', loginId, error: 'Số định danh (mã số thuế) hoặc mật khẩu không đúng.' }));
      }
      req.log.info({ sub: identity.id, kind: identity.kind }, 'DEV e-ID stand-in: demo identity logged in');
      const redirectTo = await provider.interactionResult(req.raw, reply.raw, { login: { accountId: identity.id, amr: ['pwd'] } }, { mergeWithLastSubmission: false });
      return reply.redirect(redirectTo, 303);
    },
  );

  // Everything else under /dev-eid is the provider itself (discovery, authorize, token, userinfo, jwks, …).
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    const passThrough = async (req: { raw: { url?: string; originalUrl?: string } }, reply: { hijack(): void; raw: unknown }) => {
      const { handle } = await standin();
      reply.hijack();
      const url = req.raw.url ?? '/';
      req.raw.originalUrl = url;
      req.raw.url = url.slice(EID_MOUNT.length) || '/';
      await handle(req.raw as never, reply.raw as never);
    };
    const options = { config: { permission: 'public' as const }, schema: { hide: true } };
    scope.all(EID_MOUNT, options, passThrough);
    scope.all(`${EID_MOUNT}/*`, options, passThrough);
  });
}
