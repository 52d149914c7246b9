/**
 * Issue 12 item 3: the login rate limit counts every spelling of a name as one name, a name is locked out after
 * repeated failures (capped back-off, audit row, 429 login-locked with Retry-After), and X-Forwarded-For is believed
 * only from the proxies TRUST_PROXY lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createOfficerWithRole } from '../../../test/auth.ts';

type Officer = Awaited<ReturnType<typeof createOfficerWithRole>>;

function loginWith(t: TestApp, payload: Record<string, unknown>, ip: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress: ip, headers });
}

/** Spellings of one user name that login treats as that name: Unicode spaces, full width, upper case, invisible marks. */
function variants(name: string): string[] {
  const fullWidth = [...name].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');
  return [
    `\u3000${name}\u3000`,
    ` ${name.toUpperCase()}\t`,
    fullWidth,
    `\u00a0${name}\u2003`,
    `\u200b${name}\ufeff`,
    `\n${name}\u2028`,
  ];
}

describe('the rate limit counts the normalised user name', () => {
  let t: TestApp;
  let officer: Officer;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '5', LOGIN_LOCKOUT_THRESHOLD: '1000' });
    officer = await createOfficerWithRole(t.db, { role: 'one_stop_officer', agencyCode: '000.00.00.H56' });
  });
  afterAll(async () => t.close());

  it('whitespace, full-width and case variants of one name share one count: the sixth attempt gets 429', async () => {
    const names = variants(officer.username);
    expect(names).toHaveLength(6);
    const statuses: number[] = [];
    for (const [i, username] of names.entries())
      statuses.push((await loginWith(t, { username, password: `wrong-${i}` }, '10.20.0.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // the plain name from that address is the same key: still limited, even with the right password
    const plain = await loginWith(t, { username: officer.username, password: officer.password }, '10.20.0.1');
    expect(plain.statusCode).toBe(429);
    expect(plain.json().code).toBe('rate-limited');
    expect(Number(plain.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('a padded Unicode spelling of the name logs in as that officer (the lookup uses the same normalised name)', async () => {
    const res = await loginWith(t, { username: `\u3000${officer.username.toUpperCase()}\u3000`, password: officer.password }, '10.20.0.2');
    expect(res.statusCode).toBe(200);
    expect(res.json().principal).toMatchObject({ kind: 'officer', id: officer.id, username: officer.username });
  });
});

describe('per-account lockout with capped back-off', () => {
  let t: TestApp;
  let officer: Officer;
  let ipSeq = 0;
  // every attempt from a new address: the per-IP rate limit plays no part, the lockout alone must stop them
  const nextIp = () => `192.0.2.${++ipSeq}`;
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_RATE_LIMIT: '1000',
      LOGIN_LOCKOUT_THRESHOLD: '3',
      LOGIN_LOCKOUT_SECONDS: '60',
      LOGIN_LOCKOUT_MAX_SECONDS: '120',
    });
    officer = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
  });
  afterAll(async () => t.close());

  /** The current lock ends now (instead of waiting for it). */
  async function expireLock(username: string) {
    await t.db.updateTable('loginThrottle').set({ lockedUntil: '2000-01-01T00:00:00Z' }).where('username', '=', username).execute();
  }

  async function failUntilLocked(username: string, lastIp: string) {
    const names = variants(username);
    for (let i = 0; i < 2; i++) {
      const r = await loginWith(t, { username: names[i]!, password: `bad-${i}` }, nextIp());
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('invalid-credentials');
    }
    return loginWith(t, { username: names[2]!, password: 'bad-3' }, lastIp);
  }

  it('the third failure from three addresses locks the name: 429 login-locked, Retry-After, an audit row', async () => {
    const locked = await failUntilLocked(officer.username, '198.51.100.77');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.json()).toMatchObject({ code: 'login-locked', status: 429 });
    const retry = Number(locked.headers['retry-after']);
    expect(retry).toBeGreaterThan(55);
    expect(retry).toBeLessThanOrEqual(60);
    expect(locked.json().retryAfter).toBe(retry);

    // locked: the right password from yet another address is refused too, without telling whether it was right
    const right = await loginWith(t, { username: officer.username, password: officer.password }, nextIp());
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('login-locked');
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(retry);

    const audit = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'officer_login_lockout')
      .where('targetId', '=', officer.username)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorKind: 'ip', actorId: '198.51.100.77', targetType: 'login_name', outcome: 'refused' });
    expect(audit[0]!.detail).toMatchObject({ failures: 3, lockout: 1, lockSeconds: 60 });
  });

  it('attempts during a lock do not extend it; the next lock doubles, up to the cap; success resets', async () => {
    const before = await t.db.selectFrom('loginThrottle').selectAll().where('username', '=', officer.username).executeTakeFirstOrThrow();
    for (let i = 0; i < 5; i++) expect((await loginWith(t, { username: officer.username, password: 'x' }, nextIp())).statusCode).toBe(429);
    const during = await t.db.selectFrom('loginThrottle').selectAll().where('username', '=', officer.username).executeTakeFirstOrThrow();
    expect(during.lockedUntil).toBe(before.lockedUntil);
    expect(during.lockouts).toBe(1);

    await expireLock(officer.username);
    const second = await failUntilLocked(officer.username, nextIp());
    expect(second.json().code).toBe('login-locked');
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(115);
    expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(120);

    await expireLock(officer.username);
    const third = await failUntilLocked(officer.username, nextIp());
    expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(120); // capped, not 240
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(115);
    const audits = await t.db
      .selectFrom('auditEvents')
      .select('detail')
      .where('action', '=', 'officer_login_lockout')
      .where('targetId', '=', officer.username)
      .orderBy('id')
      .execute();
    expect(audits.map((a) => (a.detail as { lockSeconds: number }).lockSeconds)).toEqual([60, 120, 120]);

    // the lock over, the right password logs in and clears the count and the back-off
    await expireLock(officer.username);
    expect((await loginWith(t, { username: officer.username, password: officer.password }, nextIp())).statusCode).toBe(200);
    expect(await t.db.selectFrom('loginThrottle').selectAll().where('username', '=', officer.username).executeTakeFirst()).toBeUndefined();
    const fresh = await failUntilLocked(officer.username, nextIp());
    expect(Number(fresh.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('fewer failures than the threshold, then the right password: logged in and the count starts again', async () => {
    const o = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++)
        expect((await loginWith(t, { username: o.username, password: `bad-${i}` }, nextIp())).statusCode).toBe(401);
      expect((await loginWith(t, { username: o.username, password: o.password }, nextIp())).statusCode).toBe(200);
    }
  });

  it('a name that does not exist is locked the same way (a lock tells nothing about existence)', async () => {
    const r = await failUntilLocked('nobody.at.all', nextIp());
    expect(r.statusCode).toBe(429);
    expect(r.json().code).toBe('login-locked');
  });

  it('parallel guesses cannot outrun the count: at most THRESHOLD passwords are checked', async () => {
    const o = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    const all = await Promise.all(
      Array.from({ length: 12 }, (_, i) => loginWith(t, { username: o.username, password: `guess-${i}` }, nextIp())),
    );
    const codes = all.map((r) => r.json().code as string);
    expect(codes.filter((c) => c === 'invalid-credentials').length).toBeLessThanOrEqual(2);
    expect(codes.filter((c) => c === 'login-locked').length).toBeGreaterThanOrEqual(10);
  });
});

describe('X-Forwarded-For only from the proxies TRUST_PROXY lists', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '10.0.0.0/8, ::1', LOGIN_RATE_LIMIT: '3', LOGIN_LOCKOUT_THRESHOLD: '1000' });
  });
  afterAll(async () => t.close());

  const attempt = (ip: string, xff: string, username = 'proxy.test') =>
    loginWith(t, { username, password: 'wrong' }, ip, { 'x-forwarded-for': xff });

  it('from an address that is not a listed proxy, X-Forwarded-For is ignored: one client, limited at the 4th', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt('203.0.113.50', `198.18.0.${i + 1}`, 'direct.caller')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('through a listed proxy, each forwarded client is counted on its own', async () => {
    for (let i = 0; i < 6; i++) expect((await attempt('10.1.2.3', `198.18.1.${i + 1}`, 'proxied.caller')).statusCode).toBe(401);
  });

  it('through a listed proxy, a forged left part of the chain does not make a new client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt('10.1.2.3', `1.1.1.${i + 1}, 198.18.2.9`, 'forging.caller')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('behind a proxy, session cookies are Secure', async () => {
    const o = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    const res = await loginWith(t, { username: o.username, password: o.password }, '10.1.2.3', { 'x-forwarded-for': '198.18.3.1' });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toContain('Secure');
  });

  it('configuration: true means loopback only, false none, a bad entry stops the start', async () => {
    const { trustedProxies } = await import('../../config.ts');
    expect(trustedProxies(loadConfig({ TRUST_PROXY: 'true' }))).toEqual(['loopback']);
    expect(trustedProxies(loadConfig({ TRUST_PROXY: 'false' }))).toBe(false);
    expect(trustedProxies(loadConfig({}))).toBe(false);
    expect(trustedProxies(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,fd00::/8' }))).toEqual(['10.0.0.5', '192.168.0.0/16', 'fd00::/8']);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY/);
  });
});

describe('TRUST_PROXY=true (the former switch) believes loopback proxies only', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true', LOGIN_RATE_LIMIT: '2', LOGIN_LOCKOUT_THRESHOLD: '1000' });
  });
  afterAll(async () => t.close());

  it('a private address is no longer a trusted proxy; 127.0.0.1 is', async () => {
    const fromLan: number[] = [];
    for (let i = 0; i < 3; i++)
      fromLan.push((await loginWith(t, { username: 'lan.caller', password: 'x' }, '10.9.8.7', { 'x-forwarded-for': `198.18.4.${i + 1}` })).statusCode);
    expect(fromLan).toEqual([401, 401, 429]);
    for (let i = 0; i < 3; i++)
      expect((await loginWith(t, { username: 'lo.caller', password: 'x' }, '127.0.0.1', { 'x-forwarded-for': `198.18.5.${i + 1}` })).statusCode).toBe(401);
  });
});
