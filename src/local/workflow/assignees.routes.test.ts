import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';
import type { Principal } from '../../platform/identity/principal.ts';

let h: DossierTestApp;
let principals: Record<string, Principal>;

beforeAll(async () => {
  h = await dossierTestApp((ids) => {
    principals = {
      cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
      cv2: officer('specialist', ids.h56, '000.00.00.H56', 'An Văn Tỉnh'),
      gone: officer('specialist', ids.h56justice, '000.00.06.H56', 'Bùi Đã Nghỉ'),
      ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
      cv49: officer('specialist', ids.h49justice, '000.00.06.H49', 'Quảng Ninh Chuyên Viên'),
      admin: officer('agency_admin', ids.h56, '000.00.00.H56', 'Quản Trị'),
    };
    return principals;
  });
  for (const [key, p] of Object.entries(principals)) {
    if (p.kind !== 'officer') continue;
    await h.t.db
      .insertInto('officers')
      .values({ id: p.id, username: p.username, fullName: p.name, email: null, passwordHash: 'x', active: key !== 'gone' })
      .execute();
    for (const g of p.grants) await h.t.db.insertInto('officerRoles').values({ officerId: p.id, role: g.role, agencyId: g.agencyId }).execute();
  }
});
afterAll(async () => h.t.close());

describe('GET /api/v1/agencies/{code}/officers', () => {
  it('lists the active officers with the role at the agency or above it, names only', async () => {
    const res = await h.call('GET', '/api/v1/agencies/000.00.06.H56/officers?role=specialist', 'ld');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      items: [
        { id: principals.cv2!.id, name: 'An Văn Tỉnh', agency: { code: '000.00.00.H56', name: 'UBND tỉnh Thanh Hóa' } },
        { id: principals.cv!.id, name: 'Trần Chuyên Viên', agency: { code: '000.00.06.H56', name: 'Sở Tư pháp tỉnh Thanh Hóa' } },
      ],
    });
    const leaders = await h.call('GET', '/api/v1/agencies/000.00.06.H56/officers?role=leader', 'cv');
    expect(leaders.json().items.map((o: { name: string }) => o.name)).toEqual(['Phạm Lãnh Đạo']);
    // an agency above the officers' one: those below it are not eligible there
    const province = await h.call('GET', '/api/v1/agencies/000.00.00.H56/officers?role=specialist', 'cv');
    expect(province.json().items.map((o: { name: string }) => o.name)).toEqual(['An Văn Tỉnh']);
  });

  it('refuses callers who do not work on dossiers, bad input and unknown agencies', async () => {
    expect((await h.call('GET', '/api/v1/agencies/000.00.06.H56/officers?role=specialist', undefined)).statusCode).toBe(401);
    const admin = await h.call('GET', '/api/v1/agencies/000.00.06.H56/officers?role=specialist', 'admin');
    expect(admin.statusCode).toBe(403);
    expect(admin.json().code).toBe('forbidden');
    const badRole = await h.call('GET', '/api/v1/agencies/000.00.06.H56/officers?role=agency_admin', 'cv');
    expect(badRole.statusCode).toBe(400);
    expect(badRole.headers['content-type']).toContain('application/problem+json');
    expect((await h.call('GET', '/api/v1/agencies/H56/officers?role=leader', 'cv')).statusCode).toBe(400);
    const unknown = await h.call('GET', '/api/v1/agencies/000.00.09.H56/officers?role=leader', 'cv');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('agency-not-found');
  });
});
