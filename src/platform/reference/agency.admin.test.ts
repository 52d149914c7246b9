/** Managing agencies and one-stop units: scope, versioning, and bad input that must change nothing. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../../test/app.ts';
import type { Principal } from '../identity/principal.ts';
import { findAgencyByCode } from './agency.repository.ts';
import { seedDemoAgencies } from './demo-agencies.ts';
import { seedAdminUnits } from './seed/seed.ts';

const principals: Record<string, Principal> = {};
let t: TestApp;

function officer(
  username: string,
  role: 'agency_admin' | 'national_operator' | 'one_stop_officer',
  agencyId: string,
  agencyCode: string,
): Principal {
  return {
    kind: 'officer',
    id: `00000000-0000-4000-8000-${username.length.toString().padStart(12, '0')}`,
    username,
    name: username,
    grants: [{ role, agencyId, agencyCode }],
  };
}

beforeAll(async () => {
  t = await createTestApp({}, { principals });
  await seedAdminUnits(t.db);
  await seedDemoAgencies(t.db);
  const h56 = (await findAgencyByCode(t.db, '000.00.00.H56'))!;
  const h49 = (await findAgencyByCode(t.db, '000.00.00.H49'))!;
  const g22 = (await findAgencyByCode(t.db, '000.00.00.G22'))!;
  principals['tok-h56-admin'] = officer('qt.h56', 'agency_admin', h56.id, h56.code);
  principals['tok-h49-admin'] = officer('qt.h49', 'agency_admin', h49.id, h49.code);
  principals['tok-h56-officer'] = officer('mc.h56.1', 'one_stop_officer', h56.id, h56.code);
  principals['tok-national'] = officer('vh.quocgia', 'national_operator', g22.id, g22.code);
  principals['tok-citizen'] = {
    kind: 'citizen',
    id: 'c1',
    personalId: '038090000001',
    name: 'Nguyễn Văn A',
    loa: 2,
  };
});
afterAll(async () => {
  await t.close();
});

async function snapshot(): Promise<string> {
  const r = await sql<{
    s: string;
  }>`select (select count(*) from agencies)::text || '/' || (select count(*) from one_stop_units)::text || '/' ||
    coalesce((select string_agg(code || name || coalesce(valid_to::text, ''), ',' order by code, valid_from) from agencies), '') as s`.execute(
    t.db,
  );
  return r.rows[0]!.s;
}

const post = (url: string, token: string | undefined, payload: unknown) =>
  call(t.app, { method: 'POST', url, token, payload: payload as object });
const patch = (url: string, token: string | undefined, payload: unknown) =>
  call(t.app, { method: 'PATCH', url, token, payload: payload as object });

describe('creating agencies', () => {
  it('lets the H56 admin create a department below their agency, inheriting the node', async () => {
    const r = await post('/api/v1/agencies', 'tok-h56-admin', {
      code: '000.00.09.H56',
      name: 'Sở Y tế tỉnh Thanh Hóa',
      kind: 'department',
      parentCode: '000.00.00.H56',
      adminUnit: { level: 'province', code: '38' },
      validFrom: '2026-01-01',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({
      code: '000.00.09.H56',
      name: 'Sở Y tế tỉnh Thanh Hóa',
      level: 2,
      kind: 'department',
      nodeCode: 'H56',
      parentCode: '000.00.00.H56',
      adminUnit: { level: 'province', code: '38', name: 'Tỉnh Thanh Hóa' },
      validFrom: '2026-01-01',
      validTo: null,
    });
  });

  it('lets a national operator create a top-level agency anywhere', async () => {
    const r = await post('/api/v1/agencies', 'tok-national', {
      code: '000.00.00.H14',
      name: 'Ủy ban nhân dân tỉnh Cao Bằng',
      kind: 'province',
      adminUnit: { level: 'province', code: '04' },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ nodeCode: 'H14', level: 1, parentCode: null });
  });

  it('refuses, writing nothing, every bad request', async () => {
    const before = await snapshot();
    const ok = {
      code: '000.00.10.H56',
      name: 'Sở Tài chính tỉnh Thanh Hóa',
      kind: 'department',
      parentCode: '000.00.00.H56',
    };
    const cases: [string | undefined, unknown, number, string][] = [
      [undefined, ok, 401, 'unauthenticated'],
      ['tok-citizen', ok, 403, 'forbidden'],
      ['tok-h56-officer', ok, 403, 'forbidden'],
      ['tok-h49-admin', ok, 403, 'forbidden'],
      ['tok-h56-admin', { ...ok, code: '000.00.00.H57', parentCode: undefined }, 403, 'forbidden'],
      ['tok-h56-admin', { ...ok, code: '000.00.00.h56' }, 400, 'invalid-agency-code'],
      ['tok-h56-admin', { ...ok, code: "'; drop table agencies;--" }, 400, 'invalid-agency-code'],
      ['tok-h56-admin', { ...ok, code: '000.00.10.H49' }, 400, 'invalid-agency-code'],
      ['tok-h56-admin', { ...ok, code: '000.00.00.H56' }, 400, 'invalid-agency-code'],
      ['tok-h56-admin', { ...ok, code: '000.00.06.H56' }, 409, 'agency-exists'],
      ['tok-national', { ...ok, code: '000.00.00.H56', parentCode: undefined }, 409, 'agency-exists'],
      ['tok-h56-admin', { ...ok, parentCode: '000.00.77.H56' }, 404, 'agency-not-found'],
      ['tok-h56-admin', { ...ok, adminUnit: { level: 'commune', code: '99999' } }, 404, 'unit-not-found'],
      [
        'tok-h56-admin',
        { ...ok, adminUnit: { level: 'commune', code: '14764' }, validFrom: '2025-08-01' },
        404,
        'unit-not-found',
      ],
      ['tok-h56-admin', { ...ok, extra: 1 }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, name: 'S'.repeat(301) }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, name: '' }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, kind: 'bank' }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, validFrom: '2025-02-30' }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, validFrom: '01/07/2025' }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, code: 'x'.repeat(5000) }, 400, 'validation-failed'],
    ];
    for (const [token, body, status, code] of cases) {
      const r = await post('/api/v1/agencies', token, body);
      expect(r.statusCode, JSON.stringify(body).slice(0, 120)).toBe(status);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json().code).toBe(code);
    }
    const bad = await call(t.app, {
      method: 'POST',
      url: '/api/v1/agencies',
      token: 'tok-h56-admin',
      payload: '{"code":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.json().code).toBe('malformed-json');
    expect(await snapshot()).toBe(before);
  });
});

describe('changing agencies', () => {
  it('renames in place', async () => {
    const r = await patch('/api/v1/agencies/000.00.09.H56', 'tok-h56-admin', { name: 'Sở Y tế Thanh Hóa' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ name: 'Sở Y tế Thanh Hóa', validFrom: '2026-01-01', validTo: null });
  });

  it('versions a change of parent: the old row closes, a new one opens, children and one-stop units follow', async () => {
    expect(
      (
        await post('/api/v1/agencies', 'tok-h56-admin', {
          code: '000.01.09.H56',
          name: 'Chi cục Dân số',
          kind: 'other',
          parentCode: '000.00.09.H56',
          validFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await post('/api/v1/agencies', 'tok-h56-admin', {
          code: '001.01.09.H56',
          name: 'Phòng Dân số',
          kind: 'other',
          parentCode: '000.01.09.H56',
          validFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await post('/api/v1/one-stop-units', 'tok-h56-admin', {
          agencyCode: '000.01.09.H56',
          code: 'MC.H56.DS',
          name: 'Bộ phận Một cửa Chi cục Dân số',
          validFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(201);
    const r = await patch('/api/v1/agencies/000.01.09.H56', 'tok-h56-admin', {
      parentCode: '000.00.06.H56',
      effectiveDate: '2026-06-01',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ parentCode: '000.00.06.H56', validFrom: '2026-06-01', validTo: null });
    const before = (
      await call(t.app, { method: 'GET', url: '/api/v1/agencies/000.01.09.H56?date=2026-03-01' })
    ).json();
    expect(before).toMatchObject({ parentCode: '000.00.09.H56', validTo: '2026-06-01' });
    const after = (
      await call(t.app, { method: 'GET', url: '/api/v1/agencies/000.01.09.H56?date=2026-07-01' })
    ).json();
    expect(after.ancestors.map((a: { code: string }) => a.code)).toEqual(['000.00.00.H56', '000.00.06.H56']);
    expect(after.children.map((a: { code: string }) => a.code)).toEqual(['001.01.09.H56']);
    expect(after.oneStopUnits.map((u: { code: string }) => u.code)).toEqual(['MC.H56.DS']);
    const rows = await t.db
      .selectFrom('agencies')
      .select(['id', 'predecessorId', 'validTo'])
      .where('code', '=', '000.01.09.H56')
      .orderBy('validFrom')
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows[1]!.predecessorId).toBe(rows[0]!.id);
  });

  it('versions a change of code', async () => {
    const r = await patch('/api/v1/agencies/000.00.09.H56', 'tok-national', {
      code: '000.00.11.H56',
      effectiveDate: '2026-09-01',
    });
    expect(r.statusCode).toBe(200);
    expect((await findAgencyByCode(t.db, '000.00.09.H56', '2026-08-31'))?.name).toBe('Sở Y tế Thanh Hóa');
    expect(await findAgencyByCode(t.db, '000.00.09.H56', '2026-09-01')).toBeUndefined();
    expect((await findAgencyByCode(t.db, '000.00.11.H56', '2026-09-01'))?.name).toBe('Sở Y tế Thanh Hóa');
  });

  it('refuses bad changes, writing nothing', async () => {
    const before = await snapshot();
    const cases: [string, string, unknown, number, string][] = [
      ['000.00.00.H56', 'tok-h56-admin', { name: 'UBND' }, 403, 'forbidden'],
      ['000.00.06.H56', 'tok-h49-admin', { name: 'Sở' }, 403, 'forbidden'],
      [
        '000.00.06.H49',
        'tok-h49-admin',
        { parentCode: '000.00.00.H56', effectiveDate: '2026-09-01' },
        403,
        'forbidden',
      ],
      [
        '000.00.11.H56',
        'tok-h56-admin',
        { parentCode: '000.00.11.H56', effectiveDate: '2026-10-01' },
        400,
        'agency-parent-invalid',
      ],
      [
        '000.00.11.H56',
        'tok-h56-admin',
        { parentCode: '000.00.01.G15', effectiveDate: '2026-10-01' },
        403,
        'forbidden',
      ],
      [
        '000.00.11.H56',
        'tok-national',
        { parentCode: '000.00.06.H56', effectiveDate: '2026-10-01' },
        400,
        'invalid-agency-code',
      ],
      [
        '000.00.11.H56',
        'tok-h56-admin',
        { code: '000.00.06.H56', effectiveDate: '2026-10-01' },
        409,
        'agency-exists',
      ],
      ['000.00.11.H56', 'tok-h56-admin', { code: '000.00.11.h56' }, 400, 'invalid-agency-code'],
      [
        '000.00.11.H56',
        'tok-h56-admin',
        { code: '000.00.12.H56', effectiveDate: '2026-09-01' },
        400,
        'invalid-effective-date',
      ],
      ['000.00.11.H56', 'tok-h56-admin', { parentCode: '000.00.77.H56' }, 404, 'agency-not-found'],
      ['000.00.99.H56', 'tok-h56-admin', { name: 'X' }, 404, 'agency-not-found'],
      ['000.00.11.H56', 'tok-h56-admin', {}, 400, 'validation-failed'],
      ['000.00.11.H56', 'tok-h56-admin', { validTo: '2027-01-01' }, 400, 'validation-failed'],
      [
        '000.00.11.H56',
        'tok-h56-admin',
        { effectiveDate: '2026-13-01', code: '000.00.12.H56' },
        400,
        'validation-failed',
      ],
    ];
    for (const [code, token, body, status, errCode] of cases) {
      const r = await patch(`/api/v1/agencies/${code}`, token, body);
      expect(r.statusCode, `${code} ${JSON.stringify(body)}`).toBe(status);
      expect(r.json().code).toBe(errCode);
    }
    expect(await snapshot()).toBe(before);
  });

  it('retires a leaf agency with its one-stop units, not one that has subordinates', async () => {
    const busy = await post('/api/v1/agencies/000.01.09.H56/retire', 'tok-h56-admin', { date: '2026-12-01' });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().code).toBe('agency-has-children');
    const leaf = await post('/api/v1/agencies/001.01.09.H56/retire', 'tok-h56-admin', { date: '2026-12-01' });
    expect(leaf.statusCode).toBe(200);
    expect(leaf.json().validTo).toBe('2026-12-01');
    expect(
      (await post('/api/v1/agencies/000.01.09.H56/retire', 'tok-h56-admin', { date: '2026-12-01' }))
        .statusCode,
    ).toBe(200);
    // Its code stays taken until the day it ends.
    const reuse = await post('/api/v1/agencies', 'tok-h56-admin', {
      code: '001.01.09.H56',
      name: 'Phòng mới',
      kind: 'other',
      parentCode: '000.00.06.H56',
      validFrom: '2026-11-01',
    });
    expect(reuse.json().code).toBe('agency-exists');
    const later = await post('/api/v1/agencies', 'tok-h56-admin', {
      code: '001.01.09.H56',
      name: 'Phòng mới',
      kind: 'other',
      parentCode: '000.01.09.H56',
      validFrom: '2026-12-01',
    });
    expect(later.json().code).toBe('agency-not-found'); // the parent is retired too
    const units = (
      await call(t.app, { method: 'GET', url: '/api/v1/one-stop-units?agency=000.01.09.H56&date=2026-11-30' })
    ).json();
    expect(units.items.map((u: { validTo: string }) => u.validTo)).toEqual(['2026-12-01']);
    expect((await post('/api/v1/agencies/000.00.07.H49/retire', 'tok-h56-admin', {})).statusCode).toBe(403);
  });
});

describe('one-stop units', () => {
  it('are created and edited by admins of their agency or above', async () => {
    const r = await post('/api/v1/one-stop-units', 'tok-h56-admin', {
      agencyCode: '000.00.06.H56',
      code: 'MC.H56.STP',
      name: 'Bộ phận Một cửa Sở Tư pháp',
      address: '24 Hạc Thành',
      adminUnit: { level: 'commune', code: '14797' },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({
      agencyCode: '000.00.06.H56',
      adminUnit: { code: '14797' },
      validTo: null,
    });
    const e = await patch('/api/v1/one-stop-units/MC.H56.STP', 'tok-h56-admin', {
      name: 'Quầy Sở Tư pháp',
      address: '',
    });
    expect(e.json()).toMatchObject({ name: 'Quầy Sở Tư pháp', address: '' });
  });

  it('refuses bad requests, writing nothing', async () => {
    const before = await snapshot();
    const ok = { agencyCode: '000.00.06.H56', code: 'MC.H56.NEW', name: 'Quầy mới' };
    const cases: [string | undefined, unknown, number, string][] = [
      [undefined, ok, 401, 'unauthenticated'],
      ['tok-h49-admin', ok, 403, 'forbidden'],
      ['tok-h56-admin', { ...ok, code: 'MC.H56.STP' }, 409, 'one-stop-unit-exists'],
      ['tok-h56-admin', { ...ok, agencyCode: '000.00.77.H56' }, 404, 'agency-not-found'],
      ['tok-h56-admin', { ...ok, code: "x'; drop table one_stop_units;--" }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, name: 'Q'.repeat(301) }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, validFrom: '2026-02-29' }, 400, 'validation-failed'],
      ['tok-h56-admin', { ...ok, agencyId: 'x' }, 400, 'validation-failed'],
    ];
    for (const [token, body, status, code] of cases) {
      const r = await post('/api/v1/one-stop-units', token, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json().code).toBe(code);
    }
    for (const [token, code, body, status, errCode] of [
      ['tok-h49-admin', 'MC.H56.STP', { name: 'X' }, 403, 'forbidden'],
      ['tok-h56-admin', 'MC.H56.KHONG', { name: 'X' }, 404, 'one-stop-unit-not-found'],
      ['tok-h56-admin', 'MC.H56.STP', { validTo: '2000-01-01' }, 400, 'invalid-effective-date'],
      ['tok-h56-admin', 'MC.H56.STP', { agencyCode: '000.00.00.H49' }, 400, 'validation-failed'],
    ] as const) {
      const r = await patch(`/api/v1/one-stop-units/${code}`, token, body);
      expect(r.statusCode, `${code} ${JSON.stringify(body)}`).toBe(status);
      expect(r.json().code).toBe(errCode);
    }
    expect(await snapshot()).toBe(before);
    const u = await t.db
      .selectFrom('oneStopUnits')
      .select(['name', 'validTo'])
      .where('code', '=', 'MC.H56.STP')
      .executeTakeFirstOrThrow();
    expect(u).toEqual({ name: 'Quầy Sở Tư pháp', validTo: null });
  });
});
