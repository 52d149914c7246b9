import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../../test/app.ts';
import { seedCatalogue } from './seed/seed.ts';
import { generateSyntheticProcedures, insertSyntheticProcedures } from './synthetic.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedCatalogue(t.db)).toEqual({ sectors: 12, procedures: 49 });
  expect(await seedCatalogue(t.db)).toEqual({ sectors: 12, procedures: 49 }); // idempotent
  await insertSyntheticProcedures(t.db, generateSyntheticProcedures(6400, 7));
});
afterAll(async () => {
  await t.close();
});

async function search(qs: string) {
  return call(t.app, { method: 'GET', url: `/api/v1/procedures?${qs}` });
}

describe('GET /api/v1/procedures search', () => {
  it('the seed publishes each procedure once', async () => {
    const r = await t.db.selectFrom('procedureVersions').select((eb) => eb.fn.countAll<number>().as('n')).where('code', 'not like', '9.%').executeTakeFirstOrThrow();
    expect(Number(r.n)).toBe(49);
  });

  it('finds "Đăng ký khai sinh" first from "dang ky khai sinh"', async () => {
    const r = await search('q=dang%20ky%20khai%20sinh&limit=5');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.items[0]).toMatchObject({ code: '1.001193', name: 'Đăng ký khai sinh', sectorCode: 'ho-tich', sectorName: 'Hộ tịch', levels: ['commune'], onlineLevel: 'full' });
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect(body.items).toHaveLength(Math.min(body.total, 5));
  });

  it('ranks the exact-diacritic phrase first, then folded matches', async () => {
    const r = (await search(`q=${encodeURIComponent('Đăng ký kết hôn')}`)).json();
    expect(r.items[0].name).toBe('Đăng ký kết hôn');
    const upper = (await search('q=DANG%20KY%20KHAI%20TU')).json();
    expect(upper.items[0].name).toBe('Đăng ký khai tử');
  });

  it('is prefix tolerant on the last word and typo tolerant', async () => {
    expect((await search('q=dang%20ky%20thuong%20tr')).json().items[0].name).toBe('Đăng ký thường trú');
    expect((await search('q=giay%20phep%20lai')).json().items.slice(0, 3).map((i: { code: string }) => i.code)).toContain('3.000346');
    expect((await search('q=dang%20ky%20khai%20snh')).json().items.slice(0, 3).map((i: { code: string }) => i.code)).toContain('1.001193');
    expect((await search('q=ly%20lich%20tu%20phap')).json().items[0].code).toMatch(/^3\.00033[03]$/);
  });

  it('filters by sector, level, agency and online level', async () => {
    const bySector = (await search('q=dang%20ky&sector=ho-tich&limit=100')).json();
    expect(bySector.items.length).toBeGreaterThan(3);
    expect(bySector.items.every((i: { sectorCode: string }) => i.sectorCode === 'ho-tich')).toBe(true);
    const central = (await search('q=giay%20phep%20lai%20xe&level=central')).json();
    expect(central.items.every((i: { levels: string[] }) => i.levels.includes('central'))).toBe(true);
    const byAgency = (await search('q=xay%20dung&agency=000.00.07.H56&limit=100')).json();
    expect(byAgency.items.every((i: { agencyCodes: string[] }) => i.agencyCodes.includes('000.00.07.H56'))).toBe(true);
    expect(byAgency.items.map((i: { code: string }) => i.code)).toContain('1.013236');
    const full = (await search('q=dang%20ky&onlineLevel=full&limit=100')).json();
    expect(full.items.every((i: { onlineLevel: string }) => i.onlineLevel === 'full')).toBe(true);
  });

  it('pages with offset and keeps total', async () => {
    const p1 = (await search('q=cap&limit=10')).json();
    const p2 = (await search('q=cap&limit=10&offset=10')).json();
    expect(p1.total).toBe(p2.total);
    expect(p1.total).toBeGreaterThan(20);
    expect(p2.items[0].code).not.toBe(p1.items[0].code);
    const beyond = (await search('q=cap&limit=10&offset=9990')).json();
    expect(beyond).toEqual({ items: [], total: p1.total });
  });

  it('without words it browses by name', async () => {
    const r = (await search('sector=ho-tich&limit=100')).json();
    expect(r.total).toBe(10);
  });

  const injections = [
    "' OR 1=1 --",
    '&|!:*()<>',
    '"; drop table procedures; --',
    '\\\\\\\'',
    '%'.repeat(200),
    '_%_%\\%',
    "khai sinh' & !ket:* | (hon)",
    '<script>alert(1)</script>',
    '\u0000',
  ];
  it.each(injections)('injection-safe: %s', async (q) => {
    const r = await search(`q=${encodeURIComponent(q)}`);
    expect([200, 400]).toContain(r.statusCode);
    if (r.statusCode === 200) expect(Array.isArray(r.json().items)).toBe(true);
  });

  it('the SQL wildcard % matches nothing by itself', async () => {
    expect((await search(`q=${encodeURIComponent('%'.repeat(200))}`)).json().total).toBe(0);
    const r = (await search(`q=${encodeURIComponent("khai sinh' OR 1=1 --")}`)).json();
    expect(r.total).toBeLessThan(100);
  });

  it.each([
    ['limit=0', 'validation-failed'],
    ['limit=1000', 'validation-failed'],
    ['limit=abc', 'validation-failed'],
    ['offset=-1', 'validation-failed'],
    [`q=${'a'.repeat(201)}`, 'validation-failed'],
    [`q=${encodeURIComponent('%'.repeat(500))}`, 'validation-failed'],
    ['level=village', 'validation-failed'],
    ['agency=H56', 'invalid-agency-code'],
    ['colour=red', 'validation-failed'],
  ])('bad query %s → 400 %s', async (qs, code) => {
    const r = await search(qs);
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.json().code).toBe(code);
  });

  it('appears in the OpenAPI document', async () => {
    const doc = (await call(t.app, { method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/procedures', '/api/v1/procedures/{code}', '/api/v1/sectors']));
  });
});
