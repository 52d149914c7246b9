import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { ensureAgency, loginOfficer } from '../../test/auth.ts';
import { checkPersonalId, isValidTaxCode } from '../lib/vn-ids.ts';
import { demoPeople } from '../standins/eid/demo-people.ts';
import { seedDemoIdentities } from './identities.ts';

let t: TestApp;
let off: TestApp;
beforeAll(async () => {
  t = await createTestApp({ DEMO_MODE: 'true' });
  off = await createTestApp();
  for (const p of ['H56', 'H49']) {
    await ensureAgency(t.db, `000.00.00.${p}`);
    await ensureAgency(t.db, `000.00.06.${p}`, { parentCode: `000.00.00.${p}` });
  }
  await ensureAgency(t.db, '000.00.00.G22');
  // G15 deliberately missing: its officers are skipped with a warning
});
afterAll(async () => {
  await t.close();
  await off.close();
});

describe('demo identities', () => {
  it('demo people have valid personal IDs (birth year consistent) and tax codes, from several provinces', () => {
    const citizens = demoPeople.filter((p) => p.kind === 'citizen');
    expect(citizens.length).toBeGreaterThanOrEqual(3);
    for (const c of citizens) {
      const r = checkPersonalId(c.loginId, c.birthDate ?? undefined);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.info.gender).toBe(c.gender);
    }
    expect(citizens.map((c) => c.loginId.slice(0, 3))).toEqual(expect.arrayContaining(['038', '022']));
    expect(new Set(citizens.map((c) => c.loginId[3])).size).toBeGreaterThanOrEqual(3);
    const orgs = demoPeople.filter((p) => p.kind === 'organisation');
    expect(orgs.length).toBeGreaterThanOrEqual(1);
    for (const o of orgs) expect(isValidTaxCode(o.loginId)).toBe(true);
  });

  it('seeds officers per node and role (skipping missing agencies), idempotently', async () => {
    const warnings: string[] = [];
    const first = await seedDemoIdentities(t.db, (m) => warnings.push(m));
    expect(first.officers).toEqual(
      expect.arrayContaining(['mc.h56', 'cv.h56', 'ld.h56', 'qt.h56', 'mc.h49', 'cv.h49', 'ld.h49', 'qt.h49', 'vh.national']),
    );
    expect(first.officers).not.toContain('mc.g15');
    expect(warnings.some((w) => w.includes('000.00.00.G15'))).toBe(true);
    expect(first.citizens).toEqual(expect.arrayContaining(['038087012345', '022192004321', '2800123452']));
    const again = await seedDemoIdentities(t.db, () => {});
    expect(again).toEqual(first);
    const n = await t.db.selectFrom('officerRoles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(n.n).toBe(9);
    const token = await loginOfficer(t.app, 'cv.h56', 'motcua-demo');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().grants).toEqual([expect.objectContaining({ role: 'specialist', agencyCode: '000.00.06.H56' })]);
  });

  it('demo-login gives a token for a demo officer, citizen or business', async () => {
    await seedDemoIdentities(t.db, () => {});
    for (const [payload, kind] of [
      [{ username: 'ld.h49' }, 'officer'],
      [{ personalId: '022192004321' }, 'citizen'],
      [{ taxCode: '2800123452' }, 'organisation'],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/demo-login', payload });
      expect(res.statusCode).toBe(200);
      expect(res.json().principal.kind).toBe(kind);
      expect(String(res.headers['set-cookie'])).toContain('motcua_session=');
    }
  });

  it('a local system of the demo federation gets no national operator (a grant left by an earlier seed is taken back)', async () => {
    await seedDemoIdentities(t.db, () => {}); // as an earlier seed did: vh.national held its role here
    const before = await t.app.inject({ method: 'POST', url: '/api/v1/auth/demo-login', payload: { username: 'vh.national' } });
    expect(before.json().principal.grants).toEqual([expect.objectContaining({ role: 'national_operator' })]);
    const local = await seedDemoIdentities(t.db, () => {}, { localSystem: true });
    expect(local.officers).not.toContain('vh.national');
    expect(local.officers).toEqual(expect.arrayContaining(['mc.h56', 'qt.h56']));
    const after = await t.app.inject({ method: 'POST', url: '/api/v1/auth/demo-login', payload: { username: 'vh.national' } });
    expect(after.json().principal.grants).toEqual([]);
    const roles = await t.db.selectFrom('officerRoles').select('role').where('role', '=', 'national_operator').execute();
    expect(roles).toEqual([]);
    await seedDemoIdentities(t.db, () => {}); // back as the other cases expect
  });

  it('demo-login validates identifiers', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/demo-login', payload: { personalId: '999087012345' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('invalid-personal-id');
    const tax = await t.app.inject({ method: 'POST', url: '/api/v1/auth/demo-login', payload: { taxCode: '2800123453' } });
    expect(tax.json().code).toBe('invalid-tax-code');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/demo-login', payload: { username: 'nobody.x' } });
    expect(unknown.statusCode).toBe(401);
  });

  it('demo-login is refused with 403 demo-login-disabled outside demo mode', async () => {
    const res = await off.app.inject({ method: 'POST', url: '/api/v1/auth/demo-login', payload: { username: 'mc.h56' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('demo-login-disabled');
  });
});
