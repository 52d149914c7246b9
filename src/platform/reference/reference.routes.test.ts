/** The public reference API over the committed seed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { seedDemoAgencies } from './demo-agencies.ts';
import { seedAdminUnits } from './seed/seed.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedAdminUnits(t.db);
  await seedDemoAgencies(t.db);
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/v1/admin-units', () => {
  it('lists the 34 provinces in force on 2025-07-01 and the two demo provinces before', async () => {
    const now = await get('/api/v1/admin-units?level=province&date=2025-07-01&limit=100');
    expect(now.statusCode).toBe(200);
    expect(now.json().total).toBe(34);
    expect(now.json().items[0]).toMatchObject({
      level: 'province',
      code: '01',
      fullName: 'Thành phố Hà Nội',
      parent: null,
      validTo: null,
    });
    const before = await get('/api/v1/admin-units?level=province&date=2025-06-30');
    expect(before.json().items.map((u: { code: string }) => u.code)).toEqual(['22', '38']);
  });

  it('finds communes typed without diacritics, within a province, with paging', async () => {
    const r = await get('/api/v1/admin-units?level=commune&parent=22&q=ha%20long&date=2025-07-01');
    expect(r.json().items.map((u: { fullName: string }) => u.fullName)).toContain('Phường Hạ Long');
    expect(r.json().items[0].parent).toEqual({ level: 'province', code: '22', name: 'Tỉnh Quảng Ninh' });
    const p1 = await get('/api/v1/admin-units?level=commune&parent=38&date=2025-07-01&limit=10&offset=0');
    const p2 = await get('/api/v1/admin-units?level=commune&parent=38&date=2025-07-01&limit=10&offset=10');
    expect(p1.json().total).toBe(166);
    expect(p1.json().items).toHaveLength(10);
    expect(p2.json().items[0].code > p1.json().items[9].code).toBe(true);
    const th = await get('/api/v1/admin-units?level=province&q=THANH%20HOA');
    expect(th.json().items.map((u: { code: string }) => u.code)).toEqual(['38']);
  });

  it('shows what a new commune replaced, and what replaced an old one', async () => {
    const hac = await get('/api/v1/admin-units/commune/14797?date=2025-07-01');
    expect(hac.statusCode).toBe(200);
    const body = hac.json();
    expect(body).toMatchObject({
      code: '14797',
      fullName: 'Phường Hạc Thành',
      parent: { code: '38' },
      replacedBy: [],
    });
    expect(body.replaced).toHaveLength(12);
    expect(body.replaced).toContainEqual(
      expect.objectContaining({
        code: '14764',
        fullName: 'Phường Trường Thi',
        kind: 'full',
        validTo: '2025-07-01',
      }),
    );
    expect(body.replaced).toContainEqual(
      expect.objectContaining({ code: '14758', fullName: 'Phường Đông Thọ', kind: 'partial' }),
    );
    // Without a date an old code still resolves (its latest version) and says what replaced it.
    const old = await get('/api/v1/admin-units/commune/14764');
    expect(old.json()).toMatchObject({
      fullName: 'Phường Trường Thi',
      validTo: '2025-07-01',
      parent: { level: 'district', code: '380' },
    });
    expect(old.json().replacedBy).toEqual([
      expect.objectContaining({ code: '14797', kind: 'full', effectiveDate: '2025-07-01' }),
    ]);
    // Codes are reused: 14758 is Phường Đông Thọ before 1 July 2025 and Phường Hàm Rồng after.
    expect((await get('/api/v1/admin-units/commune/14758?date=2025-06-30')).json().fullName).toBe(
      'Phường Đông Thọ',
    );
    expect((await get('/api/v1/admin-units/commune/14758?date=2025-07-01')).json().fullName).toBe(
      'Phường Hàm Rồng',
    );
    // With a date the look-up is strict.
    const gone = await get('/api/v1/admin-units/commune/14764?date=2025-07-01');
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('unit-not-found');
  });

  it('rejects bad queries with 400 problem+json', async () => {
    for (const url of [
      '/api/v1/admin-units?date=2025-02-30',
      '/api/v1/admin-units?date=hôm-nay',
      '/api/v1/admin-units?level=district2',
      '/api/v1/admin-units?limit=0',
      '/api/v1/admin-units?foo=1',
      `/api/v1/admin-units?q=${'a'.repeat(101)}`,
      '/api/v1/admin-units/ward/00001',
      "/api/v1/admin-units/commune/'or'1'='1",
    ]) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json().code).toBe('validation-failed');
    }
  });
});

describe('GET /api/v1/agencies and one-stop units', () => {
  it("lists a node's agencies and finds them by name without diacritics", async () => {
    const h56 = await get('/api/v1/agencies?node=H56&date=2025-08-01');
    expect(h56.json().total).toBe(6);
    const q = await get('/api/v1/agencies?q=so%20tu%20phap&date=2025-08-01');
    expect(q.json().items.map((a: { code: string }) => a.code)).toEqual(['000.00.06.H49', '000.00.06.H56']);
    const children = await get('/api/v1/agencies?parent=000.00.00.G15');
    expect(children.json().items).toEqual([
      expect.objectContaining({
        code: '000.00.01.G15',
        parentCode: '000.00.00.G15',
        nodeCode: 'G15',
        level: 2,
      }),
    ]);
  });

  it('shows an agency with its parent chain, children and one-stop units', async () => {
    const commune = (await get('/api/v1/agencies/000.01.31.H56')).json();
    expect(commune).toMatchObject({
      name: 'Ủy ban nhân dân Phường Hạc Thành',
      kind: 'commune',
      nodeCode: 'H56',
      parentCode: '000.00.00.H56',
      adminUnit: { level: 'commune', code: '14797', name: 'Phường Hạc Thành' },
      ancestors: [{ code: '000.00.00.H56', name: 'Ủy ban nhân dân tỉnh Thanh Hóa', level: 1 }],
      children: [],
      oneStopUnits: [
        { code: 'MC.H56.14797', name: 'Bộ phận Một cửa Phường Hạc Thành', agencyCode: '000.01.31.H56' },
      ],
    });
    const top = (await get('/api/v1/agencies/000.00.00.H49')).json();
    expect(top.children).toHaveLength(5);
    expect(top.oneStopUnits.map((u: { name: string }) => u.name)).toEqual([
      'Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh',
    ]);
    const portal = (await get('/api/v1/one-stop-units?agency=000.00.00.G22')).json();
    expect(portal.items).toEqual([
      expect.objectContaining({ code: 'DVCQG', name: 'Cổng Dịch vụ công quốc gia' }),
    ]);
    expect((await get('/api/v1/one-stop-units')).json().items).toHaveLength(8);
  });

  it('answers 404 for an unknown or not-yet-valid agency', async () => {
    const r = await get('/api/v1/agencies/000.00.99.H56');
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('agency-not-found');
    expect((await get('/api/v1/agencies/000.00.00.H56?date=2025-06-30')).statusCode).toBe(404);
    expect((await get('/api/v1/one-stop-units?agency=000.00.99.H56')).statusCode).toBe(404);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await get('/openapi.json')).json();
    for (const p of [
      '/api/v1/admin-units',
      '/api/v1/admin-units/{level}/{code}',
      '/api/v1/agencies',
      '/api/v1/agencies/{code}',
      '/api/v1/one-stop-units',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });
});
