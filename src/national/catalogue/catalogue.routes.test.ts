import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../../test/app.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { upsertSector } from './catalogue.repository.ts';

const operator: Principal = {
  kind: 'officer', id: 'op', username: 'op', name: 'Vận hành', grants: [{ role: 'national_operator', agencyId: 'x', agencyCode: '000.00.00.G22' }],
};
const h56Admin: Principal = {
  kind: 'officer', id: 'a56', username: 'a56', name: 'Quản trị Sở Tư pháp', grants: [{ role: 'agency_admin', agencyId: 'y', agencyCode: '000.00.06.H56' }],
};
const clerk: Principal = {
  kind: 'officer', id: 'c', username: 'c', name: 'Một cửa', grants: [{ role: 'one_stop_officer', agencyId: 'z', agencyCode: '000.01.31.H56' }],
};

function body(code: string, extra: Record<string, unknown> = {}) {
  return {
    code,
    name: 'Thủ tục cấp bản sao trích lục hộ tịch',
    sectorCode: 'ho-tich',
    levels: ['province', 'commune'],
    agencyCodes: ['000.00.06.H56'],
    onlineLevel: 'partial',
    processing: { counter: { duration: 1, unit: 'working_day' }, online: null },
    cases: [{ name: 'Trường hợp chung', components: [{ name: 'Tờ khai theo mẫu', originals: 1, copies: 0, replacingResultCode: 'KQ.G15.000031' }] }],
    fees: [{ amount: 8000, description: 'Lệ phí cấp bản sao' }],
    results: [{ code: 'KQ.G15.000342', name: 'Bản sao trích lục hộ tịch' }],
    legalBasis: ['123/2015/NĐ-CP'],
    workflowTemplateRef: null,
    ...extra,
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { principals: { op: operator, a56: h56Admin, clerk } });
  await upsertSector(t.db, { code: 'ho-tich', name: 'Hộ tịch', ministryCode: '000.00.00.G15' });
});
afterAll(async () => {
  await t.close();
});

async function procedureCount(): Promise<number> {
  const r = await t.db.selectFrom('procedureVersions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('procedure versions lifecycle', () => {
  it('creates a draft, publishes it, refuses edits, makes a new version and retires it', async () => {
    const created = await call(t.app, { method: 'POST', url: '/api/v1/procedures', token: 'a56', payload: body('2.000635.000.00.00.H56') });
    expect(created.statusCode).toBe(201);
    const v1 = created.json();
    expect(v1).toMatchObject({ code: '2.000635', version: 1, status: 'draft', name: 'Cấp bản sao trích lục hộ tịch', sectorName: 'Hộ tịch' });
    expect(v1.cases[0].components[0].replacingResultCode).toBe('KQ.G15.000031');

    // a draft is not public
    const pub0 = await call(t.app, { method: 'GET', url: '/api/v1/procedures/2.000635' });
    expect(pub0.statusCode).toBe(409);
    expect(pub0.json().code).toBe('procedure-not-published');
    expect((await call(t.app, { method: 'GET', url: '/api/v1/procedures/2.000635/versions' })).statusCode).toBe(401);
    expect((await call(t.app, { method: 'GET', url: '/api/v1/procedures/2.000635/versions', token: 'clerk' })).json().items).toHaveLength(1);

    const edited = await call(t.app, { method: 'PATCH', url: `/api/v1/procedures/2.000635/versions/${v1.id}`, token: 'a56', payload: { fees: [] } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().fees).toEqual([]);

    const published = await call(t.app, { method: 'POST', url: `/api/v1/procedures/2.000635/versions/${v1.id}/publish`, token: 'a56', payload: { effectiveFrom: '2025-07-01' } });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', effectiveFrom: '2025-07-01', effectiveTo: null });

    const pub = await call(t.app, { method: 'GET', url: '/api/v1/procedures/2.000635' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().id).toBe(v1.id);

    const immut = await call(t.app, { method: 'PATCH', url: `/api/v1/procedures/2.000635/versions/${v1.id}`, token: 'a56', payload: { name: 'Đổi tên' } });
    expect(immut.statusCode).toBe(409);
    expect(immut.json().code).toBe('procedure-version-immutable');
    const twice = await call(t.app, { method: 'POST', url: `/api/v1/procedures/2.000635/versions/${v1.id}/publish`, token: 'a56' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('procedure-transition-not-allowed');

    const draft2 = await call(t.app, { method: 'POST', url: '/api/v1/procedures/2.000635/versions', token: 'op' });
    expect(draft2.statusCode).toBe(201);
    expect(draft2.json()).toMatchObject({ version: 2, status: 'draft', name: 'Cấp bản sao trích lục hộ tịch' });
    const dup = await call(t.app, { method: 'POST', url: '/api/v1/procedures/2.000635/versions', token: 'op' });
    expect(dup.statusCode).toBe(409);
    await call(t.app, { method: 'PATCH', url: `/api/v1/procedures/2.000635/versions/${draft2.json().id}`, token: 'op', payload: { onlineLevel: 'full' } });
    const p2 = await call(t.app, { method: 'POST', url: `/api/v1/procedures/2.000635/versions/${draft2.json().id}/publish`, token: 'op' });
    expect(p2.statusCode).toBe(200);

    const versions = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/2.000635/versions', token: 'op' })).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[1].effectiveTo).toBe(p2.json().effectiveFrom); // the previous version was closed
    expect((await call(t.app, { method: 'GET', url: '/api/v1/procedures/2.000635' })).json()).toMatchObject({ version: 2, onlineLevel: 'full' });

    const retired = await call(t.app, { method: 'POST', url: `/api/v1/procedures/2.000635/versions/${draft2.json().id}/retire`, token: 'op' });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().status).toBe('retired');
    expect((await call(t.app, { method: 'GET', url: '/api/v1/procedures/2.000635' })).json().code).toBe('procedure-not-published');
    const search = await call(t.app, { method: 'GET', url: '/api/v1/procedures?q=trich%20luc' });
    expect(search.json().total).toBe(0);
  });

  it('an agency admin manages only procedures of their agency', async () => {
    const other = await call(t.app, { method: 'POST', url: '/api/v1/procedures', token: 'a56', payload: body('1.000001', { agencyCodes: ['000.00.06.H49'] }) });
    expect(other.statusCode).toBe(403);
    const byOp = await call(t.app, { method: 'POST', url: '/api/v1/procedures', token: 'op', payload: body('1.000002', { agencyCodes: ['000.00.06.H49'] }) });
    expect(byOp.statusCode).toBe(201);
    const edit = await call(t.app, { method: 'PATCH', url: `/api/v1/procedures/1.000002/versions/${byOp.json().id}`, token: 'a56', payload: { fees: [] } });
    expect(edit.statusCode).toBe(403);
    const clerkCreate = await call(t.app, { method: 'POST', url: '/api/v1/procedures', token: 'clerk', payload: body('1.000003') });
    expect(clerkCreate.statusCode).toBe(403);
    expect((await call(t.app, { method: 'POST', url: '/api/v1/procedures', payload: body('1.000003') })).statusCode).toBe(401);
  });
});

describe('bad input gets a 4xx problem and changes nothing', () => {
  const cases: [string, Record<string, unknown>, number, string][] = [
    ['unknown field', body('1.100001', { colour: 'red' }), 400, 'validation-failed'],
    ['over-long name', body('1.100002', { name: 'x'.repeat(2001) }), 400, 'validation-failed'],
    ['invalid procedure code', body('1.23'), 400, 'invalid-procedure-code'],
    ['sql in the code', body("1.000001' OR 1=1 --"), 400, 'invalid-procedure-code'],
    ['invalid agency code', body('1.100003', { agencyCodes: ['H56'] }), 400, 'invalid-agency-code'],
    ['unknown sector', body('1.100004', { sectorCode: 'khong-co' }), 400, 'validation-failed'],
    ['bad level', body('1.100005', { levels: ['village'] }), 400, 'validation-failed'],
    ['negative fee', body('1.100006', { fees: [{ amount: -1, description: '' }] }), 400, 'validation-failed'],
    ['fractional fee', body('1.100007', { fees: [{ amount: 1.5, description: '' }] }), 400, 'validation-failed'],
    ['bad unit', body('1.100008', { processing: { counter: { duration: 1, unit: 'fortnight' }, online: null } }), 400, 'validation-failed'],
  ];
  it.each(cases)('%s', async (_name, payload, status, code) => {
    const before = await procedureCount();
    const res = await call(t.app, { method: 'POST', url: '/api/v1/procedures', token: 'op', payload });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toBe(code);
    expect(await procedureCount()).toBe(before);
  });

  it('duplicate code is 409 procedure-exists', async () => {
    expect((await call(t.app, { method: 'POST', url: '/api/v1/procedures', token: 'op', payload: body('1.200000') })).statusCode).toBe(201);
    const again = await call(t.app, { method: 'POST', url: '/api/v1/procedures', token: 'op', payload: body('1.200000') });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('procedure-exists');
  });

  it('unknown and malformed codes and version ids', async () => {
    expect((await call(t.app, { method: 'GET', url: '/api/v1/procedures/9.999999' })).json().code).toBe('procedure-not-found');
    expect((await call(t.app, { method: 'GET', url: '/api/v1/procedures/abc' })).json().code).toBe('invalid-procedure-code');
    const badId = await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.200000/versions/not-a-uuid', token: 'op' });
    expect(badId.statusCode).toBe(400);
    const noVer = await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.200000/versions/00000000-0000-4000-8000-000000000000', token: 'op' });
    expect(noVer.json().code).toBe('procedure-version-not-found');
  });

  it('an empty patch and a patch with unknown fields are refused', async () => {
    const v = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.200000/versions', token: 'op' })).json().items[0];
    for (const payload of [{}, { nope: 1 }, { agencyCodes: ['bad'] }]) {
      const r = await call(t.app, { method: 'PATCH', url: `/api/v1/procedures/1.200000/versions/${v.id}`, token: 'op', payload });
      expect(r.statusCode).toBe(400);
    }
    const after = (await call(t.app, { method: 'GET', url: `/api/v1/procedures/1.200000/versions/${v.id}`, token: 'op' })).json();
    expect(after.updatedAt).toBe(v.updatedAt);
  });

  it('the database itself refuses to change a published version', async () => {
    const v = (await call(t.app, { method: 'GET', url: '/api/v1/procedures/1.200000/versions', token: 'op' })).json().items[0];
    await call(t.app, { method: 'POST', url: `/api/v1/procedures/1.200000/versions/${v.id}/publish`, token: 'op' });
    await expect(t.db.updateTable('procedureVersions').set({ name: 'x' }).where('id', '=', v.id).execute()).rejects.toThrow(/cannot change/);
  });
});

describe('sectors', () => {
  it('GET /api/v1/sectors lists them publicly', async () => {
    const r = await call(t.app, { method: 'GET', url: '/api/v1/sectors' });
    expect(r.statusCode).toBe(200);
    expect(r.json().items).toContainEqual({ code: 'ho-tich', name: 'Hộ tịch', ministryCode: '000.00.00.G15' });
  });
});
