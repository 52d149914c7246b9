/**
 * The portal as an OpenID client of the national e-ID (openid-client 6): authorization code + PKCE S256 + state +
 * nonce. The pending login (verifier, nonce) is stored in PostgreSQL under its state, so any process can finish it.
 * With EID_ISSUER empty the issuer is the development stand-in at PUBLIC_URL/dev-eid.
 */
import * as oidc from 'openid-client';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { standinClientSecret } from '../../standins/eid/eid.secrets.ts';
import { insertLoginRequest, takeLoginRequest } from './accounts.repository.ts';

const LOGIN_TTL_MS = 10 * 60_000;

export interface EidClient {
  /** Start a login: the URL to send the browser to, and the state to bind to the browser (cookie). */
  begin(): Promise<{ url: string; state: string }>;
  /** Finish at the callback URL: the verified user-info claims. */
  finish(callbackUrl: URL, expectedState: string): Promise<Record<string, unknown>>;
}

export function redirectUri(config: Config): string {
  return config.PUBLIC_URL.replace(/\/$/, '') + '/auth/eid/callback';
}

export function createEidClient(config: Config, db: Db): EidClient {
  const issuer = config.EID_ISSUER || config.PUBLIC_URL.replace(/\/$/, '') + '/dev-eid';
  let discovered: Promise<oidc.Configuration> | undefined;

  function configuration(): Promise<oidc.Configuration> {
    discovered ??= (async () => {
      const secret = config.EID_CLIENT_SECRET || (config.EID_ISSUER ? '' : await standinClientSecret(db));
      const options = new URL(issuer).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
      return oidc.discovery(new URL(issuer), config.EID_CLIENT_ID, secret, oidc.ClientSecretBasic(secret), options);
    })().catch((err: unknown) => {
      discovered = undefined; // try again on the next login
      throw new AppError('service-unavailable', { detail: 'The e-ID provider cannot be reached', cause: err });
    });
    return discovered;
  }

  return {
    async begin() {
      const cfg = await configuration();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      await insertLoginRequest(db, { state, codeVerifier, nonce, expiresAt: new Date(Date.now() + LOGIN_TTL_MS).toISOString() });
      const url = oidc.buildAuthorizationUrl(cfg, {
        redirect_uri: redirectUri(config),
        scope: 'openid profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state };
    },

    async finish(callbackUrl, expectedState) {
      const cfg = await configuration();
      const pending = await takeLoginRequest(db, expectedState);
      if (!pending) throw new AppError('unauthenticated', { detail: 'The e-ID login expired or was already used; start again' });
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(cfg, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (err) {
        throw new AppError('unauthenticated', { detail: 'The e-ID did not confirm the login', cause: err });
      }
      const sub = tokens.claims()?.sub;
      if (!sub) throw new AppError('unauthenticated', { detail: 'No subject in the ID token' });
      const info = await oidc.fetchUserInfo(cfg, tokens.access_token, sub);
      return { ...info };
    },
  };
}
