import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createOfficerWithRole, ensureAgency, loginOfficer } from '../../../test/auth.ts';
import { agencyAncestors } from './agency-scope.ts';

let t: TestApp;
let adminH56: Awaited<ReturnType<typeof createOfficerWithRole>>;
let operator: Awaited<ReturnType<typeof createOfficerWithRole>>;

beforeAll(async () => {
  t = await createTestApp();
  await ensureAgency(t.db, '000.00.00.H56');
  await ensureAgency(t.db, '000.00.06.H56', { parentCode: '000.00.00.H56' });
  await ensureAgency(t.db, '000.01.06.H56', { parentCode: '000.00.06.H56' });
  await ensureAgency(t.db, '000.00.00.H49');
  await ensureAgency(t.db, '000.00.06.H49', { parentCode: '000.00.00.H49' });
  adminH56 = await createOfficerWithRole(t.db, { role: 'agency_admin', agencyCode: '000.00.00.H56' });
  operator = await createOfficerWithRole(t.db, { role: 'national_operator', agencyCode: '000.00.00.G22' });
});
afterAll(async () => {
  await t.close();
});

function as(token: string, method: 'GET' | 'POST', url: string, payload?: unknown) {
  return t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

const newOfficer = (username: string, agencyCode: string, role = 'specialist') => ({
  username,
  fullName: 'Lê Thị Hồng',
  password: 'mat-khau-rat-dai',
  roles: [{ role, agencyCode }],
});

describe('agencyAncestors', () => {
  it('walks parent_id up to the top, nearest first', async () => {
    const leaf = await ensureAgency(t.db, '000.01.06.H56');
    const ids = await agencyAncestors(t.db, leaf);
    expect(ids).toEqual([await ensureAgency(t.db, '000.00.06.H56'), await ensureAgency(t.db, '000.00.00.H56')]);
    expect(await agencyAncestors(t.db, await ensureAgency(t.db, '000.00.00.H49'))).toEqual([]);
  });
});

describe('officer administration', () => {
  it('an H56 admin creates an officer at a department below it, who can then log in', async () => {
    const res = await as(adminH56.token, 'POST', '/api/v1/officers', newOfficer('cv.tuphap.h56', '000.00.06.H56'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'cv.tuphap.h56', active: true, grants: [{ role: 'specialist', agencyCode: '000.00.06.H56' }] });
    expect(res.json()).not.toHaveProperty('passwordHash');
    expect(await loginOfficer(t.app, 'cv.tuphap.h56', 'mat-khau-rat-dai')).toBeTruthy();
    const list = await as(adminH56.token, 'GET', '/api/v1/officers?agency=000.00.06.H56');
    expect(list.json().items.map((o: { username: string }) => o.username)).toContain('cv.tuphap.h56');
  });

  it('an H56 admin cannot create, list or manage officers of H49; a national operator can', async () => {
    const denied = await as(adminH56.token, 'POST', '/api/v1/officers', newOfficer('cv.h49.a', '000.00.06.H49'));
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    expect(await t.db.selectFrom('officers').select('id').where('username', '=', 'cv.h49.a').executeTakeFirst()).toBeUndefined();
    expect((await as(adminH56.token, 'GET', '/api/v1/officers?agency=000.00.06.H49')).statusCode).toBe(403);

    const created = await as(operator.token, 'POST', '/api/v1/officers', newOfficer('cv.h49.a', '000.00.06.H49'));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await as(adminH56.token, 'GET', `/api/v1/officers/${id}`)).statusCode).toBe(403);
    expect((await as(adminH56.token, 'POST', `/api/v1/officers/${id}/deactivate`)).statusCode).toBe(403);
    expect((await as(adminH56.token, 'POST', `/api/v1/officers/${id}/roles`, { role: 'leader', agencyCode: '000.00.06.H49' })).statusCode).toBe(403);
    expect((await as(operator.token, 'POST', `/api/v1/officers/${id}/roles`, { role: 'leader', agencyCode: '000.00.06.H49' })).json().grants).toHaveLength(2);
  });

  it('an agency admin may not grant national_operator', async () => {
    const res = await as(adminH56.token, 'POST', '/api/v1/officers', newOfficer('op.fake', '000.00.00.H56', 'national_operator'));
    expect(res.statusCode).toBe(403);
  });

  it('grant, revoke and deactivate (deactivation ends sessions)', async () => {
    const o = await createOfficerWithRole(t.db, { role: 'one_stop_officer', agencyCode: '000.00.00.H56' });
    const g = await as(adminH56.token, 'POST', `/api/v1/officers/${o.id}/roles`, { role: 'leader', agencyCode: '000.00.06.H56' });
    expect(g.json().grants.map((x: { role: string }) => x.role).sort()).toEqual(['leader', 'one_stop_officer']);
    const r = await as(adminH56.token, 'POST', `/api/v1/officers/${o.id}/roles/revoke`, { role: 'leader', agencyCode: '000.00.06.H56' });
    expect(r.json().grants).toHaveLength(1);
    const again = await as(adminH56.token, 'POST', `/api/v1/officers/${o.id}/roles/revoke`, { role: 'leader', agencyCode: '000.00.06.H56' });
    expect(again.statusCode).toBe(404);
    const d = await as(adminH56.token, 'POST', `/api/v1/officers/${o.id}/deactivate`);
    expect(d.json().active).toBe(false);
    expect((await as(o.token, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: o.username, password: o.password } });
    expect(login.json().code).toBe('invalid-credentials');
  });

  it('bad input is a 4xx problem and writes nothing', async () => {
    const before = await t.db.selectFrom('officers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const cases = [
      { ...newOfficer('x', '000.00.00.H56') }, // user name too short
      { ...newOfficer('ok.name', '000.00.00.H56'), password: 'short' },
      { ...newOfficer('ok.name', 'H56') },
      { ...newOfficer('ok.name', '000.00.00.H56'), roles: [] },
      { ...newOfficer('ok.name', '000.00.00.H56'), extra: 1 },
    ];
    for (const c of cases) {
      const res = await as(adminH56.token, 'POST', '/api/v1/officers', c);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation-failed');
    }
    const unknownAgency = await as(operator.token, 'POST', '/api/v1/officers', newOfficer('ok.name', '000.00.99.H56'));
    expect(unknownAgency.json().code).toBe('agency-not-found');
    const dup = await as(adminH56.token, 'POST', '/api/v1/officers', newOfficer(adminH56.username, '000.00.00.H56'));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('officer-exists');
    const after = await t.db.selectFrom('officers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('non-admins get 403 on officer administration', async () => {
    const mc = await createOfficerWithRole(t.db, { role: 'one_stop_officer', agencyCode: '000.00.00.H56' });
    expect((await as(mc.token, 'GET', '/api/v1/officers?agency=000.00.00.H56')).statusCode).toBe(403);
  });
});
