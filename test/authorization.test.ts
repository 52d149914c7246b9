/**
 * Authorization, route by route. Every route registered by any feature is collected (an onRoute hook wrapped
 * around src/http/auth.ts#registerAuth), and:
 *  - its declared permission exists in the policy;
 *  - without a token (and with a bogus one) every non-public route answers 401 problem+json `unauthenticated`;
 *  - for every principal (each officer role, a citizen, an organisation) the route-level check lets through exactly
 *    those the table below allows, and answers 403 `forbidden` to the others.
 * Generic: new routes are picked up automatically; a new permission falls back to the roles policy.ts lists for it.
 */
import type { RouteOptions } from 'fastify';
import type * as AuthModule from '../src/http/auth.ts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { permissions, type Permission } from '../src/platform/identity/policy.ts';
import { officerRoles, type OfficerRole } from '../src/platform/identity/principal.ts';
import { createSession } from '../src/platform/identity/session.service.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createOfficerWithRole, ensureAgency } from './auth.ts';
import { publishProcedure } from './fixtures.ts';

const collected: RouteOptions[] = [];
vi.mock('../src/http/auth.ts', async (importOriginal) => {
  const orig = await importOriginal<typeof AuthModule>();
  return {
    ...orig,
    registerAuth: ((app, resolve) => {
      app.addHook('onRoute', (r) => {
        collected.push(r);
      });
      orig.registerAuth(app, resolve);
    }) satisfies typeof orig.registerAuth,
  };
});

type Who = OfficerRole | 'citizen' | 'organisation';
const everyone: Who[] = [...officerRoles, 'citizen', 'organisation'];
const officers: Who[] = [...officerRoles];

/** Who passes the route-level check, per permission (the policy as the product intends it). */
const expected: Partial<Record<Permission, Who[]>> = {
  authenticated: everyone,
  self: ['citizen', 'organisation'],
  'officer:read': officers,
  'catalogue:manage': ['agency_admin', 'national_operator'],
  'catalogue:read-drafts': officers,
  'reference:manage': ['agency_admin', 'national_operator'],
  'officers:manage': ['agency_admin', 'national_operator'],
  'ops:read': ['national_operator'],
  // least privilege: only the roles that work on dossiers read or act on them; administrators see figures
  'dossier:work': ['one_stop_officer', 'specialist', 'leader'],
  'payments:create': ['one_stop_officer', 'specialist', 'leader'],
  'dossier:statistics': officers,
};

function allowedFor(perm: Permission): Who[] {
  return expected[perm] ?? [...(permissions[perm] as readonly OfficerRole[])];
}

let t: TestApp;
const ids = new Map<Who, { officerId?: string; accountId?: string }>();

async function tokenFor(who: Who): Promise<string> {
  const subject = ids.get(who)!;
  const s = await createSession(t.db, subject.officerId ? { officerId: subject.officerId } : { accountId: subject.accountId! }, 1);
  return s.token;
}

interface TestedRoute {
  method: string;
  url: string;
  permission: Permission | undefined;
}

let routes: TestedRoute[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (const role of officerRoles) {
    const o = await createOfficerWithRole(t.db, { role, agencyCode: role === 'national_operator' ? '000.00.00.G22' : '000.00.00.H56' });
    ids.set(role, { officerId: o.id });
  }
  const c = await t.db
    .insertInto('accounts')
    .values({ kind: 'citizen', personalId: '038087012345', taxCode: null, name: 'Lê Văn Thành', birthDate: '1987-04-12', gender: 'male', eidSubject: null, lastLoginAt: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.set('citizen', { accountId: c.id });
  const o = await t.db
    .insertInto('accounts')
    .values({ kind: 'organisation', personalId: null, taxCode: '0100233488', name: 'Công ty A', birthDate: null, gender: null, eidSubject: null, lastLoginAt: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.set('organisation', { accountId: o.id });

  routes = collected.flatMap((r) =>
    (Array.isArray(r.method) ? r.method : [r.method])
      .filter((m) => m !== 'HEAD')
      .map((method) => ({ method, url: r.url, permission: r.config?.permission })),
  );
});
afterAll(async () => {
  await t.close();
});

function concreteUrl(url: string): string {
  return url
    .replace(/:id\b/g, '00000000-0000-4000-8000-000000000000')
    .replace(/:code\b/g, '000.00.00.H56')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace(/\*/g, 'x');
}

const thirdParty = (url: string) => url.startsWith('/docs');

describe('every route', () => {
  it('was collected (sanity)', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining(['POST /api/v1/auth/login', 'GET /api/v1/auth/me']));
  });

  it('declares a permission that exists in the policy', () => {
    for (const r of routes.filter((x) => !thirdParty(x.url))) {
      expect(r.permission, `${r.method} ${r.url}`).toBeDefined();
      expect(Object.keys(permissions), `${r.method} ${r.url}`).toContain(r.permission);
    }
  });

  it('answers 401 problem+json without a token or with a bogus one (non-public routes)', async () => {
    const guarded = routes.filter((r) => r.permission && r.permission !== 'public');
    expect(guarded.length).toBeGreaterThan(5);
    for (const r of guarded) {
      for (const headers of [{}, { authorization: 'Bearer not-a-real-token-0123456789abcdef' }, { cookie: 'motcua_session=forged-token-0123456789abcdef' }]) {
        const res = await t.app.inject({ method: r.method as 'GET', url: concreteUrl(r.url), headers });
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
        expect(res.headers['content-type'], `${r.method} ${r.url}`).toMatch(/^application\/problem\+json/);
        expect(res.json().code).toBe('unauthenticated');
      }
    }
  });

  it('lets through exactly the principals the permission allows, and 403s the others', async () => {
    const guarded = routes.filter((r) => r.permission && r.permission !== 'public');
    const title = 'Bạn không có quyền thực hiện thao tác này';
    for (const r of guarded) {
      const allowed = allowedFor(r.permission!);
      for (const who of everyone) {
        const res = await t.app.inject({ method: r.method as 'GET', url: concreteUrl(r.url), headers: { authorization: `Bearer ${await tokenFor(who)}` } });
        const label = `${r.method} ${r.url} as ${who}`;
        expect(res.statusCode, label).not.toBe(401);
        const routeLevelForbidden = res.statusCode === 403 && res.json().code === 'forbidden' && res.json().detail === title;
        if (allowed.includes(who)) expect(routeLevelForbidden, `${label} should pass`).toBe(false);
        else {
          expect(res.statusCode, `${label} should be refused`).toBe(403);
          expect(res.json().code, label).toBe('forbidden');
        }
      }
    }
  });

  it('the policy table covers every permission', () => {
    for (const perm of Object.keys(permissions) as Permission[]) {
      if (perm === 'public') continue;
      expect(allowedFor(perm).length, perm).toBeGreaterThan(0);
    }
  });
});

describe('agency scoping of officer administration', () => {
  it('an H56 agency admin cannot manage H49 officers; a national operator can', async () => {
    await ensureAgency(t.db, '000.00.00.H49');
    const adminH56 = await tokenFor('agency_admin');
    const operator = await tokenFor('national_operator');
    const body = { username: 'cv.scoped.h49', fullName: 'Phạm Văn Hải', password: 'mat-khau-rat-dai', roles: [{ role: 'specialist', agencyCode: '000.00.00.H49' }] };
    const denied = await t.app.inject({ method: 'POST', url: '/api/v1/officers', headers: { authorization: `Bearer ${adminH56}` }, payload: body });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/officers?agency=000.00.00.H49', headers: { authorization: `Bearer ${adminH56}` } });
    expect(list.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/officers', headers: { authorization: `Bearer ${operator}` }, payload: body });
    expect(ok.statusCode).toBe(201);
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/officers?agency=000.00.00.H56', headers: { authorization: `Bearer ${adminH56}` } });
    expect(own.statusCode).toBe(200);
  });
});

describe('least privilege on dossiers and roles', () => {
  const as = async (who: Who, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${await tokenFor(who)}` }, ...(payload ? { payload } : {}) });
  let dossierId = '';
  // a period around this day whatever the hour (Vietnam's day is not UTC's)
  const period = `from=${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`;

  beforeAll(async () => {
    await ensureAgency(t.db, '000.00.06.H56', { parentCode: '000.00.00.H56' });
    await publishProcedure(t.db, '1.001193', ['000.00.06.H56']);
    const received = await as('one_stop_officer', 'POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.00.06.H56',
      channel: 'counter',
      owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01', phone: '0912345678' },
      components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    });
    expect(received.statusCode, received.body).toBe(201);
    dossierId = received.json<{ id: string }>().id;
  });

  it('the roles that work on dossiers read one in full', async () => {
    for (const who of ['one_stop_officer', 'specialist', 'leader'] as const) {
      const res = await as(who, 'GET', `/api/v1/dossiers/${dossierId}`);
      expect(res.statusCode, who).toBe(200);
      expect(res.json().owner.name).toBe('Nguyễn Văn An');
    }
  });

  it("an agency administrator of the dossier's agency reads no dossier content, but sees the figures", async () => {
    const one = await as('agency_admin', 'GET', `/api/v1/dossiers/${dossierId}`);
    expect(one.statusCode).toBe(404);
    expect(one.json().code).toBe('dossier-not-found');
    expect(one.body).not.toContain('Nguyễn Văn An');
    for (const path of ['control-log', 'forms/receipt.pdf', 'components/1/digitisation', 'results']) {
      const url = `/api/v1/dossiers/${dossierId}/${path}`;
      const res = await as('agency_admin', 'GET', url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(403);
      expect(res.statusCode, url).toBeLessThan(405);
      expect(res.body, url).not.toContain('Nguyễn Văn An');
    }
    expect((await as('agency_admin', 'GET', '/api/v1/dossiers?queue=all')).statusCode).toBe(403);
    expect((await as('agency_admin', 'GET', `/api/v1/dossiers/${dossierId}/fees`)).statusCode).toBe(403);
    expect((await as('agency_admin', 'GET', `/api/v1/dossiers/${dossierId}/evaluation`)).statusCode).toBe(403);
    const stats = await as('agency_admin', 'GET', `/api/v1/dossiers/statistics?${period}`);
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json().received).toBeGreaterThanOrEqual(1);
  });

  it('a national operator reads no dossier of a local system (figures only)', async () => {
    const one = await as('national_operator', 'GET', `/api/v1/dossiers/${dossierId}`);
    expect(one.statusCode).toBe(404);
    expect(one.body).not.toContain('Nguyễn Văn An');
    expect((await as('national_operator', 'GET', '/api/v1/dossiers?queue=all')).statusCode).toBe(403);
    expect((await as('national_operator', 'GET', `/api/v1/dossiers/${dossierId}/control-log`)).statusCode).toBe(403);
    const stats = await as('national_operator', 'GET', `/api/v1/dossiers/statistics?${period}`);
    expect(stats.statusCode).toBe(200);
    expect(stats.json().received).toBeGreaterThanOrEqual(1);
  });

  it('nobody grants a role to themselves: refused with self-grant-refused and audited, nothing granted', async () => {
    for (const who of ['agency_admin', 'national_operator'] as const) {
      const self = ids.get(who)!.officerId!;
      const res = await as(who, 'POST', `/api/v1/officers/${self}/roles`, { role: 'one_stop_officer', agencyCode: '000.00.00.H56' });
      expect(res.statusCode, who).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code, who).toBe('self-grant-refused');
      const me = await as(who, 'GET', '/api/v1/auth/me');
      expect(me.json().grants.map((g: { role: string }) => g.role), who).toEqual([who]);
      const audit = await t.db.selectFrom('auditEvents').selectAll().where('targetType', '=', 'officer').where('targetId', '=', self).where('actorId', '=', self).execute();
      expect(audit, who).toEqual([
        expect.objectContaining({ action: 'grant_role', outcome: 'refused', detail: expect.objectContaining({ code: 'self-grant-refused', role: 'one_stop_officer' }) }),
      ]);
    }
    // and so the administrator still reads no dossier
    expect((await as('agency_admin', 'GET', `/api/v1/dossiers/${dossierId}`)).statusCode).toBe(404);
  });

  it('an agency administrator grants the roles of its agencies to others (audited), never one above its own', async () => {
    const other = await createOfficerWithRole(t.db, { role: 'specialist', agencyCode: '000.00.00.H56' });
    const admin = ids.get('agency_admin')!.officerId!;
    const above = await as('agency_admin', 'POST', `/api/v1/officers/${other.id}/roles`, { role: 'national_operator', agencyCode: '000.00.00.H56' });
    expect(above.statusCode).toBe(403);
    expect(above.json().code).toBe('role-not-grantable');
    const ok = await as('agency_admin', 'POST', `/api/v1/officers/${other.id}/roles`, { role: 'leader', agencyCode: '000.00.00.H56' });
    expect(ok.statusCode, ok.body).toBe(200);
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'outcome', 'detail']).where('actorId', '=', admin).where('targetId', '=', other.id).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'grant_role', outcome: 'refused', detail: { code: 'role-not-grantable', role: 'national_operator', agencyCode: '000.00.00.H56' } },
      { action: 'grant_role', outcome: 'ok', detail: { role: 'leader', agencyCode: '000.00.00.H56' } },
    ]);
  });
});
