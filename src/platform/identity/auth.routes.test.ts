import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createOfficerWithRole, loginOfficer } from '../../../test/auth.ts';
import { currentTotp } from './totp.ts';

let t: TestApp;
let officer: Awaited<ReturnType<typeof createOfficerWithRole>>;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '5' });
  officer = await createOfficerWithRole(t.db, { role: 'one_stop_officer', agencyCode: '000.00.00.H56' });
});
afterAll(async () => {
  await t.close();
});

function login(payload: Record<string, unknown>, ip = '10.0.0.1') {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress: ip });
}

describe('officer login', () => {
  it('logs in with the right password: cookie + bearer token + principal with agency codes', async () => {
    const res = await login({ username: officer.username, password: officer.password });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(body.principal).toMatchObject({
      kind: 'officer',
      username: officer.username,
      grants: [{ role: 'one_stop_officer', agencyCode: '000.00.00.H56' }],
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain('motcua_session=');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${body.token}` } });
    expect(me.json()).toMatchObject({ kind: 'officer', id: officer.id });
    const viaCookie = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { motcua_session: body.token } });
    expect(viaCookie.statusCode).toBe(200);
  });

  it('stores only the SHA-256 of the token', async () => {
    const token = await loginOfficer(t.app, officer.username, officer.password);
    const rows = await t.db.selectFrom('sessions').select('tokenHash').execute();
    expect(rows.some((r) => r.tokenHash.toString('base64url') === token)).toBe(false);
    expect(rows.every((r) => r.tokenHash.length === 32)).toBe(true);
  });

  it('wrong password and unknown user give the same 401 invalid-credentials', async () => {
    const a = await login({ username: officer.username, password: 'wrong-password' }, '10.0.0.2');
    const b = await login({ username: 'nobody.here', password: 'wrong-password' }, '10.0.0.2');
    for (const r of [a, b]) {
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json().code).toBe('invalid-credentials');
    }
    expect(a.json().detail).toBe(b.json().detail);
  });

  it('rejects unknown fields and missing fields with 400', async () => {
    const r = await login({ username: officer.username, password: 'x', admin: true }, '10.0.0.3');
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('validation-failed');
  });

  it('logout revokes the token', async () => {
    const token = await loginOfficer(t.app, officer.username, officer.password);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${token}` } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('unauthenticated');
  });

  it('expired sessions are refused', async () => {
    const token = await loginOfficer(t.app, officer.username, officer.password);
    await t.db.updateTable('sessions').set({ expiresAt: '2000-01-01T00:00:00Z' }).execute();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(401);
  });

  it('rate-limits login per IP and user name with 429 rate-limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await login({ username: 'victim.user', password: 'guess' + i }, '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const r = await login({ username: 'victim.user', password: 'guess' }, '10.9.9.9');
    expect(r.statusCode).toBe(429);
    expect(r.json().code).toBe('rate-limited');
    expect(r.headers['retry-after']).toBeDefined();
    // another user name from the same IP is counted separately
    expect((await login({ username: 'other.user', password: 'guess' }, '10.9.9.9')).statusCode).toBe(401);
  });
});

describe('TOTP two-factor', () => {
  it('enrol → confirm → login requires the code', async () => {
    const o = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    const auth = { authorization: `Bearer ${o.token}` };
    const enrol = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: auth });
    expect(enrol.statusCode).toBe(200);
    const { otpauthUri, secret } = enrol.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/motcua:/);
    // enrolment not yet confirmed: password alone still works
    expect((await login({ username: o.username, password: o.password }, '10.0.1.1')).statusCode).toBe(200);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers: auth, payload: { code: '000000' } });
    expect([401]).toContain(bad.statusCode);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirm',
      headers: auth,
      payload: { code: currentTotp(o.username, secret) },
    });
    expect(ok.statusCode).toBe(204);
    const noCode = await login({ username: o.username, password: o.password }, '10.0.1.2');
    expect(noCode.json().code).toBe('totp-required');
    const wrong = await login({ username: o.username, password: o.password, totp: '12345' }, '10.0.1.3');
    expect(wrong.json().code).toBe('totp-invalid');
    // the code that confirmed the enrolment is used: the next one logs in
    const confirmCodeAgain = await login({ username: o.username, password: o.password, totp: currentTotp(o.username, secret) }, '10.0.1.4');
    expect(confirmCodeAgain.json().code).toBe('totp-reused');
    const good = await login({ username: o.username, password: o.password, totp: nextCode(o.username, secret) }, '10.0.1.4');
    expect(good.statusCode).toBe(200);
  });

  /** An officer with a confirmed second factor; returns its secret. */
  async function enrolled() {
    const o = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    const auth = { authorization: `Bearer ${o.token}` };
    const { secret } = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: auth })).json();
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers: auth, payload: { code: currentTotp(o.username, secret) } });
    expect(ok.statusCode).toBe(204);
    return { ...o, auth, secret: secret as string };
  }
  /** The code of the next time step (accepted: one step of drift either side). */
  const nextCode = (username: string, secret: string) => currentTotp(username, secret, Date.now() + 30_000);

  it('a code logs in once: the same code again is refused with totp-reused, even from another address', async () => {
    const o = await enrolled();
    const code = nextCode(o.username, o.secret);
    const first = await login({ username: o.username, password: o.password, totp: code }, '10.0.2.1');
    expect(first.statusCode).toBe(200);
    const replay = await login({ username: o.username, password: o.password, totp: code }, '10.0.2.2');
    expect(replay.statusCode).toBe(401);
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replay.json().code).toBe('totp-reused');
    // an older code (the step before the used one) is refused too
    const older = await login({ username: o.username, password: o.password, totp: currentTotp(o.username, o.secret, Date.now() - 30_000) }, '10.0.2.3');
    expect(['totp-reused', 'totp-invalid']).toContain(older.json().code);
    expect(older.statusCode).toBe(401);
  });

  it('two logins racing with one code: exactly one session', async () => {
    const o = await enrolled();
    const code = nextCode(o.username, o.secret);
    const both = await Promise.all(
      ['10.0.3.1', '10.0.3.2'].map((ip) => login({ username: o.username, password: o.password, totp: code }, ip)),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('the race, 20 times: the loser gets 401, never 500 (its lockout row is recreated if the winner cleared it)', { timeout: 120_000 }, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const o = await enrolled();
      const code = nextCode(o.username, o.secret);
      const both = await Promise.all([1, 2].map((k) => login({ username: o.username, password: o.password, totp: code }, `10.0.4.${2 * i + k}`)));
      statuses.push(...both.map((r) => r.statusCode));
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
  });

  it('re-enrolment with the session alone is refused; the password or an unused current code is needed', async () => {
    const o = await enrolled();
    const enrol = (payload?: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: o.auth, ...(payload ? { payload } : {}) });
    const pending = async () =>
      (await t.db.selectFrom('officers').select(['totpSecret', 'totpPendingSecret']).where('id', '=', o.id).executeTakeFirstOrThrow());

    const bare = await enrol();
    expect(bare.statusCode).toBe(403);
    expect(bare.json().code).toBe('reauthentication-required');
    const empty = await enrol({});
    expect(empty.json().code).toBe('reauthentication-required');
    const wrongPassword = await enrol({ password: 'not-the-password' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json().code).toBe('invalid-credentials');
    const wrongCode = await enrol({ code: '000000' === currentTotp(o.username, o.secret) ? '111111' : '000000' });
    expect(wrongCode.json().code).toBe('totp-invalid');
    // the confirmation code of the enrolment is used up
    const usedCode = await enrol({ code: currentTotp(o.username, o.secret) });
    expect(usedCode.json().code).toBe('totp-reused');
    expect(await pending()).toEqual({ totpSecret: o.secret, totpPendingSecret: null });

    const withPassword = await enrol({ password: o.password });
    expect(withPassword.statusCode).toBe(200);
    expect(withPassword.json().secret).not.toBe(o.secret);
    const withCode = await enrol({ code: nextCode(o.username, o.secret) });
    expect(withCode.statusCode).toBe(200);
    const p = await pending();
    expect(p.totpSecret).toBe(o.secret); // the old factor stays until the new one is confirmed
    expect(p.totpPendingSecret).toBe(withCode.json().secret);
  });
});
