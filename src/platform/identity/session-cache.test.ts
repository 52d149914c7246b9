/**
 * The short-lived session cache (issue 16.2) through HTTP: a session is looked up once, then served from memory;
 * a logout, a role revoked and a deactivation through this process are seen at once; a change made elsewhere (here:
 * straight in the database, as another process would) is seen once the cache time has passed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createOfficerWithRole, ensureAgency } from '../../../test/auth.ts';

let t: TestApp;
const CACHE_MS = 400;

beforeAll(async () => {
  t = await createTestApp({ SESSION_CACHE_MS: String(CACHE_MS) });
  await ensureAgency(t.db, '000.00.00.H56');
  await ensureAgency(t.db, '000.00.06.H56', { parentCode: '000.00.00.H56' });
});
afterAll(async () => t.close());

const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
const as = (token: string, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });

async function statementsDuring(f: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const count = () => void n++;
  t.pool.on('acquire', count);
  try {
    await f();
    return n;
  } finally {
    t.pool.off('acquire', count);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('session cache', () => {
  it('looks a session up once, then answers from memory', async () => {
    const o = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    expect(await statementsDuring(async () => expect((await me(o.token)).statusCode).toBe(200))).toBe(1);
    expect(await statementsDuring(async () => expect((await me(o.token)).statusCode).toBe(200))).toBe(0);
  });

  it('sees a logout, a revoked role and a deactivation made through this process at once', async () => {
    const admin = await createOfficerWithRole(t.db, { role: 'agency_admin', agencyCode: '000.00.00.H56' });
    const a = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    const b = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    const c = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    for (const o of [a, b, c]) expect((await me(o.token)).statusCode).toBe(200);

    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${a.token}` } })).statusCode).toBe(204);
    expect((await me(a.token)).statusCode).toBe(401);

    expect((await me(b.token)).json().grants).toHaveLength(1);
    const granted = await as(admin.token, `/api/v1/officers/${b.id}/roles`, { role: 'leader', agencyCode: '000.00.06.H56' });
    expect(granted.statusCode).toBe(200);
    expect((await me(b.token)).json().grants.map((g: { role: string }) => g.role).sort()).toEqual(['leader', 'specialist']);
    const revoked = await as(admin.token, `/api/v1/officers/${b.id}/roles/revoke`, { role: 'leader', agencyCode: '000.00.06.H56' });
    expect(revoked.statusCode).toBe(200);
    expect((await me(b.token)).json().grants.map((g: { role: string }) => g.role)).toEqual(['specialist']);

    expect((await as(admin.token, `/api/v1/officers/${c.id}/deactivate`, {})).statusCode).toBe(200);
    expect((await me(c.token)).statusCode).toBe(401);
  });

  it('sees a session ended by another process once the cache time has passed', async () => {
    const o = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.06.H56' });
    expect((await me(o.token)).statusCode).toBe(200);
    // another process (here: the database directly) revokes it; this process may answer from memory until the entry ages out
    await t.db.updateTable('sessions').set({ revokedAt: new Date().toISOString() }).where('officerId', '=', o.id).execute();
    await sleep(CACHE_MS + 100);
    expect((await me(o.token)).statusCode).toBe(401);
  });
});
