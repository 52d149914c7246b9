/**
 * DEVELOPMENT STAND-IN for the national e-ID (VNeID / DVCQG SSO): an OpenID Provider (oidc-provider) that issues
 * the user-info claims of domain-vn.md §6.6 for the demo identities. Authorization code flow with PKCE required.
 * Its protocol state (interactions, sessions, codes, tokens) is in PostgreSQL, so any process can serve it.
 */
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { behindProxy, type Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { pgAdapterFactory } from './eid.adapter.ts';
import { errorPage } from './eid.pages.ts';
import { findIdentityById, findIdentityByLogin } from './eid.repository.ts';
import type { StandinSecrets } from './eid.secrets.ts';
import type { EidStandinIdentityRow } from './eid.table.ts';

export const EID_MOUNT = '/dev-eid';

/** The claims of the `profile` scope, named as DVCQG/VNeID name them. */
export const EID_CLAIMS = ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh', 'GioiTinh', 'LoaiTaiKhoan', 'MaSoThue', 'TenDoanhNghiep', 'SoDienThoai', 'ThuDienTu', 'loAs'];

export function standinIssuer(config: Config): string {
  return config.PUBLIC_URL.replace(/\/$/, '') + EID_MOUNT;
}

export function portalRedirectUri(config: Config): string {
  return config.PUBLIC_URL.replace(/\/$/, '') + '/auth/eid/callback';
}

/** The extra relying parties of EID_STANDIN_CLIENTS (demo federation: the local systems); a bad value stops the start. */
export function extraClients(config: Config): Configuration['clients'] {
  if (!config.EID_STANDIN_CLIENTS) return [];
  const list = JSON.parse(config.EID_STANDIN_CLIENTS) as unknown;
  if (!Array.isArray(list)) throw new Error('Invalid configuration: EID_STANDIN_CLIENTS must be a JSON array');
  return list.map((c: Record<string, unknown>) => {
    const { clientId, clientSecret, redirectUri, name } = c;
    if (typeof clientId !== 'string' || typeof clientSecret !== 'string' || typeof redirectUri !== 'string') {
      throw new Error('Invalid configuration: each EID_STANDIN_CLIENTS entry needs clientId, clientSecret and redirectUri');
    }
    return {
      client_id: clientId,
      client_secret: clientSecret,
      client_name: typeof name === 'string' ? name : clientId,
      redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    };
  });
}

async function claimsOf(db: Db, i: EidStandinIdentityRow): Promise<{ sub: string } & Record<string, string>> {
  const base = { sub: i.id, loAs: String(i.loa), ...(i.phone ? { SoDienThoai: i.phone } : {}), ...(i.email ? { ThuDienTu: i.email } : {}) };
  if (i.kind === 'citizen') {
    return {
      ...base,
      LoaiTaiKhoan: '1',
      SoDinhDanh: i.loginId,
      HoVaTen: i.name,
      ...(i.birthDate ? { NgayThangNamSinh: i.birthDate } : {}),
      ...(i.gender ? { GioiTinh: i.gender === 'male' ? 'Nam' : 'Nữ' } : {}),
    };
  }
  const rep = i.representativePersonalId ? await findIdentityByLogin(db, i.representativePersonalId) : undefined;
  return {
    ...base,
    LoaiTaiKhoan: '2',
    MaSoThue: i.loginId,
    TenDoanhNghiep: i.name,
    ...(rep ? { SoDinhDanh: rep.loginId, HoVaTen: rep.name } : {}),
  };
}

export function createStandinProvider(config: Config, db: Db, secrets: StandinSecrets): Provider {
  const configuration: Configuration = {
    adapter: pgAdapterFactory(db),
    clients: [
      {
        client_id: config.EID_CLIENT_ID,
        client_secret: secrets.clientSecret,
        client_name: 'Cổng Dịch vụ công (motcua)',
        redirect_uris: [portalRedirectUri(config)],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      ...(extraClients(config) ?? []),
    ],
    jwks: { keys: [secrets.signingKey] },
    cookies: { keys: secrets.cookieKeys },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: EID_CLAIMS },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${EID_MOUNT}/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const identity = await findIdentityById(db, sub);
      if (!identity) return undefined;
      return { accountId: identity.id, claims: async () => claimsOf(db, identity) };
    },
    // First-party client of the stand-in: consent is implied, grant what was asked for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid profile');
      grant.addOIDCClaims(EID_CLAIMS);
      await grant.save();
      return grant;
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(`${String(out.error)}: ${String(out.error_description ?? '')}`);
    },
  };
  const provider = new Provider(standinIssuer(config), configuration);
  provider.proxy = behindProxy(config);
  return provider;
}
