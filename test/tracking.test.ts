/**
 * Public tracking by dossier code, on a local system and on the portal's mirror: the owner's name is masked to one
 * fixed shape (no word count, no word lengths), and the lookups are rate-limited per IP (codes follow a pattern, so
 * walking through them must not be possible): 429 problem+json with Retry-After once over the limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName } from '../src/lib/mask.ts';
import { createTestApp, type TestApp } from './app.ts';
import { insertAgencies, officer, publishProcedure, receiveBirthAtCounter } from './fixtures.ts';

const names = ['An', 'Nguyễn Văn An', 'Lê Thị Hồng Nhung', 'Tôn Nữ Thị Phương Thảo Nguyên', 'Công ty TNHH Xây dựng Minh Phát'];

function expectRateLimited(res: { statusCode: number; headers: Record<string, unknown>; json: () => { code?: string } }) {
  expect(res.statusCode).toBe(429);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(res.json().code).toBe('rate-limited');
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

describe('the mask', () => {
  it('has one shape whatever the name: its first letter and ***', () => {
    expect(names.map(maskName)).toEqual(['A***', 'N***', 'L***', 'T***', 'C***']);
    expect(maskName('  đặng quốc bảo ')).toBe('Đ***');
    expect(maskName('')).toBe('****');
    expect(maskName('"; drop')).toBe('****');
  });
});

describe('tracking on a local system', () => {
  let t: TestApp;
  const codes: string[] = [];
  const principals = {} as Record<string, ReturnType<typeof officer>>;
  const LIMIT = 8;

  beforeAll(async () => {
    t = await createTestApp({ TRACKING_RATE_LIMIT: String(LIMIT) }, { principals });
    const ids = await insertAgencies(t.db);
    principals.mc = officer('one_stop_officer', ids.h56, '000.00.00.H56');
    await publishProcedure(t.db);
    for (const [i, name] of names.slice(0, 4).entries()) {
      const d = await receiveBirthAtCounter(t.app, { type: 'citizen', idNumber: `03808704202${i}`, name, phone: '0912345678' });
      codes.push(d.code);
    }
  });
  afterAll(async () => t?.close());

  it('masks every owner to the same shape, shows no personal ID or contact, then answers 429 per IP', async () => {
    const owners: string[] = [];
    for (const code of codes) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${code}` });
      expect(res.statusCode, res.body).toBe(200);
      owners.push(res.json<{ owner: string }>().owner);
      expect(res.body).not.toMatch(/03808704202\d|0912345678/);
      for (const n of names.slice(0, 4)) for (const w of n.split(' ').filter((x) => x.length > 2)) expect(res.body).not.toContain(w);
    }
    expect(owners).toEqual(['A***', 'N***', 'L***', 'T***']);
    // tracking by code and by legacy code count together
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.00.06.H56-250101-9999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tracking/legacy/${codes[0]}` })).statusCode).toBe(200);
    for (let i = codes.length + 2; i < LIMIT; i++) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${codes[0]}` })).statusCode).toBe(200);
    }
    expectRateLimited(await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${codes[1]}` }));
    expectRateLimited(await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.00.06.H56-250101-0001' }));
    expectRateLimited(await t.app.inject({ method: 'GET', url: `/api/v1/tracking/legacy/${codes[1]}` }));
    // another caller has its own count
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/tracking/${codes[1]}`, remoteAddress: '10.1.2.3' });
    expect(other.statusCode).toBe(200);
    expect(other.json().owner).toBe('N***');
  });
});

describe("tracking on the portal's mirror (ROLE=national)", () => {
  let t: TestApp;
  const LIMIT = 3;

  beforeAll(async () => {
    t = await createTestApp({ ROLE: 'national', NODE_CODE: 'NATIONAL', TRACKING_RATE_LIMIT: String(LIMIT) });
    await t.db
      .insertInto('nationalDossiers')
      .values({
        sourceNode: 'H49',
        sourceId: '00000000-0000-4000-8000-0000000000a1',
        maHoSo: '000.01.31.H49-260101-0001',
        trangThai: 2,
        lastSeq: 1,
        payload: JSON.stringify({ MaHoSo: '000.01.31.H49-260101-0001', ChuHoSo: 'Phạm Thị Hạ Long', SoDinhDanhChuHoSo: '022192004321', TrangThaiHoSo: '2', MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh' }),
        changedAt: new Date().toISOString(),
      })
      .execute();
  });
  afterAll(async () => t?.close());

  it('masks the owner to the fixed shape and answers 429 after the limit, per IP', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.01.31.H49-260101-0001' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: '000.01.31.H49-260101-0001', node: 'H49', owner: 'P***' });
    expect(res.body).not.toMatch(/022192004321|Phạm|Long/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.01.31.H49-260101-0002' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.01.31.H49-260101-0001' })).statusCode).toBe(200);
    expectRateLimited(await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.01.31.H49-260101-0003' }));
    expectRateLimited(await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.01.31.H49-260101-0001' }));
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tracking/000.01.31.H49-260101-0001', remoteAddress: '10.9.8.7' })).statusCode).toBe(200);
  });
});
