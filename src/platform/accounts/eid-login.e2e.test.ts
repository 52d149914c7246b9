/**
 * The whole e-ID login on a real listening server: portal → stand-in (Vietnamese login form) → callback →
 * session cookie, driven with fetch and a small cookie jar, following every redirect by hand.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

class Browser {
  private jar = new Map<string, string>();
  constructor(private readonly base: string) {}

  private store(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set('cookie', [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(new URL(url, this.base), { ...init, headers, redirect: 'manual' });
    this.store(res);
    return res;
  }

  /** Follow redirects until a non-redirect answer; returns it and the URLs visited. */
  async follow(url: string, init: RequestInit = {}): Promise<{ res: Response; visited: string[] }> {
    const visited: string[] = [];
    let res = await this.fetch(url, init);
    visited.push(new URL(url, this.base).href);
    for (let i = 0; i < 15 && res.status >= 300 && res.status < 400; i++) {
      const next = new URL(res.headers.get('location')!, visited.at(-1)).href;
      visited.push(next);
      res = await this.fetch(next);
    }
    return { res, visited };
  }
}

let t: TestApp;
let base: string;
beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await createTestApp({ PORT: String(port), PUBLIC_URL: base });
  await t.app.listen({ host: '127.0.0.1', port });
});
afterAll(async () => {
  await t.close();
});

async function loginThroughEid(b: Browser, loginId: string, password: string) {
  const start = await b.follow('/auth/eid/login');
  expect(start.res.status).toBe(200);
  const authorize = new URL(start.visited[1]!);
  expect(authorize.pathname).toBe('/dev-eid/auth');
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('state')).toBeTruthy();
  expect(authorize.searchParams.get('nonce')).toBeTruthy();
  const page = await start.res.text();
  expect(page).toContain('Đăng nhập bằng tài khoản định danh điện tử');
  expect(page).toContain('MÔI TRƯỜNG THỬ NGHIỆM');
  const action = /action="([^"]+)"/.exec(page)![1]!.replace(/&amp;/g, '&');
  return b.follow(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ loginId, password }).toString(),
  });
}

describe('login with the development e-ID stand-in', () => {
  it('publishes OIDC discovery under /dev-eid with PKCE S256', async () => {
    const res = await fetch(`${base}/dev-eid/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc.issuer).toBe(`${base}/dev-eid`);
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
    expect(doc.claims_supported).toEqual(expect.arrayContaining(['SoDinhDanh', 'HoVaTen', 'LoaiTaiKhoan', 'MaSoThue', 'loAs']));
  });

  it('a citizen logs in: account created with level of assurance, session cookie set, redirected to /', async () => {
    const b = new Browser(base);
    const done = await loginThroughEid(b, '038087012345', 'motcua-demo');
    expect(done.visited.at(-1)).toBe(`${base}/`);
    expect(done.visited.some((u) => u.startsWith(`${base}/auth/eid/callback?`))).toBe(true);
    expect(b.cookie('motcua_session')).toBeTruthy();
    const me = await b.fetch('/api/v1/accounts/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      kind: 'citizen',
      personalId: '038087012345',
      name: 'Lê Văn Thành',
      birthDate: '1987-04-12',
      gender: 'male',
      loa: 2,
    });
    const who = await b.fetch('/api/v1/auth/me');
    expect(await who.json()).toMatchObject({ kind: 'citizen', personalId: '038087012345', loa: 2 });
    const row = await t.db.selectFrom('accounts').selectAll().where('personalId', '=', '038087012345').executeTakeFirstOrThrow();
    expect(row.lastLoginAt).not.toBeNull();
    // the contact registered with the e-ID (SoDienThoai, ThuDienTu): where a counter consent's code goes
    expect(row).toMatchObject({ phone: '0900000001', email: 'le.van.thanh@nguoidan.example.vn' });
  });

  it('a business logs in with its tax code', async () => {
    const b = new Browser(base);
    await loginThroughEid(b, '2800123452', 'motcua-demo');
    const me = await (await b.fetch('/api/v1/accounts/me')).json();
    expect(me).toMatchObject({ kind: 'organisation', taxCode: '2800123452', name: 'Công ty TNHH Thương mại Sầm Sơn' });
  });

  it('a wrong password stays on the Vietnamese login page with an error', async () => {
    const b = new Browser(base);
    const r = await loginThroughEid(b, '038087012345', 'sai-mat-khau');
    expect(r.res.status).toBe(401);
    expect(await r.res.text()).toContain('mật khẩu không đúng');
    expect(b.cookie('motcua_session')).toBeUndefined();
  });

  it('a callback with a forged or replayed state is refused', async () => {
    const b = new Browser(base);
    await b.fetch('/auth/eid/login');
    const res = await b.fetch('/auth/eid/callback?code=abc&state=forged');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(b.cookie('motcua_session')).toBeUndefined();
  });
});
