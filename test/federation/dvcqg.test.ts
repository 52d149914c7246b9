/**
 * The DVCQG-compatible API of the national portal over real HTTP (domain-vn.md §6.1–6.3): login with dstcode,
 * DongBoHoSoMC create/update ("-3 đã tồn tại" on a duplicate create), CapNhatTienDoHoSoMC in chunks, idempotent
 * and ordered by progress time, TraCuuHoSo, LayThuTuc from the national catalogue, and refusals as 4xx.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerNode } from '../../src/national/registry/registry.service.ts';
import { publishProcedure } from '../fixtures.ts';
import { startNational, type Node } from './nodes.ts';

let national: Node;
const PASSWORD = 'mat-khau-tinh-49';

beforeAll(async () => {
  national = await startNational();
  const pem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await registerNode(national.db, { code: 'H49', name: 'Hệ thống Quảng Nam', baseUrl: '', publicKey: pem });
  await publishProcedure(national.db);
  const r = await fetch(`${national.url}/api/v1/federation/nodes/H49/dvcqg-account`, {
    method: 'PUT',
    headers: { authorization: 'Bearer op', 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'h49-motcua', password: PASSWORD }),
  });
  expect(r.status).toBe(204);
});
afterAll(async () => {
  await national?.destroy();
});

async function post(path: string, body: unknown, headers: Record<string, string> = { dstcode: 'NATIONAL' }) {
  const r = await fetch(`${national.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> & { error_code: string | number; message: string } };
}

async function login(): Promise<string> {
  const r = await post('/api/dvcqg/login', { username: 'h49-motcua', password: PASSWORD });
  expect(r.status).toBe(200);
  expect(r.body.error_code).toBe(0);
  return String(r.body.session);
}

const MA = '000.00.10.H49-261127-0001';
const dossier = (over: Record<string, unknown> = {}) => ({
  MaHoSo: MA,
  MaTTHC: '1.001193',
  TenTTHC: 'Đăng ký khai sinh',
  KenhThucHien: '1',
  ChuHoSo: 'Nguyễn Văn An',
  SoGiayToChuHoSo: '049087042028',
  NgayNopHoSo: '20261127080000',
  NgayTiepNhan: '20261127080000',
  NgayHenTra: '20261130170000',
  TrangThaiHoSo: '2',
  DonViXuLy: 'Phòng Tư pháp',
  ...over,
});
const row = (status: string, at: string, text: string) => ({
  MaHoSo: MA, NguoiXuLy: 'Trần Chuyên Viên', ChucDanh: 'Chuyên viên', ThoiDiemXuLy: at, PhongBanXuLy: 'Phòng Tư pháp',
  NoiDungXuLy: text, TrangThai: status, NgayBatDau: at, NgayKetThucTheoQuyDinh: '20261130170000',
});

async function mirror() {
  const d = await national.db.selectFrom('nationalDossiers').selectAll().where('sourceNode', '=', 'H49').where('maHoSo', '=', MA).executeTakeFirst();
  const p = await national.db.selectFrom('nationalDossierProgress').selectAll().where('sourceNode', '=', 'H49').execute();
  return { d, p };
}

describe('DVCQG-compatible API', () => {
  it('refuses a login without dstcode, with a wrong password, and a call with a bad session (HTTP 200, error_code ≠ 0)', async () => {
    const noDst = await post('/api/dvcqg/login', { username: 'h49-motcua', password: PASSWORD }, {});
    expect(noDst.status).toBe(200);
    expect(noDst.body.code).toBe('dvcqg-dstcode-missing');
    expect(noDst.body.error_code).not.toBe('0');
    expect(noDst.body.session).toBeUndefined();
    const wrong = await post('/api/dvcqg/login', { username: 'h49-motcua', password: 'sai-mat-khau-123' });
    expect(wrong.status).toBe(200);
    expect(wrong.body).toMatchObject({ error_code: '-2', code: 'dvcqg-login-failed' });
    expect(wrong.body.session).toBeUndefined();
    const bad = await post('/api/dvcqg/integration', { session: 'khong-hop-le', madonvi: '000.00.00.H49', service: 'TraCuuHoSo', MaHoSo: MA });
    expect(bad.status).toBe(200);
    expect(bad.body.error_code).toBe('-2');
    expect(bad.body.message).toContain('Phiên');
    // an unknown key is ignored, not refused
    const extra = await post('/api/dvcqg/login', { username: 'h49-motcua', password: PASSWORD, role: 'admin' });
    expect(extra.body.error_code).toBe(0);
  });

  it('syncs a dossier, answers -3 đã tồn tại on a second create, updates with isUpdating, applies progress once and in time order', async () => {
    const session = await login();
    const call = (body: Record<string, unknown>) => post('/api/dvcqg/integration', { session, madonvi: '000.00.00.H49', ...body });
    expect((await call({ service: 'TraCuuHoSo', MaHoSo: MA })).body.result).toEqual([]);

    const created = await call({ service: 'DongBoHoSoMC', isUpdating: 'False', data: [dossier()] });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ error_code: '0' });
    expect(created.body.message).toContain('thành công');

    const again = await call({ service: 'DongBoHoSoMC', isUpdating: 'False', data: [dossier()] });
    expect(again.status).toBe(200);
    expect(again.body.error_code).toBe('-3');
    expect(again.body.message).toContain('đã tồn tại');

    const found = await call({ service: 'TraCuuHoSo', MaHoSo: MA });
    expect((found.body.result as { TrangThaiHoSo: string }[])[0]?.TrangThaiHoSo).toBe('2');

    // Progress in two chunks, the later row first; then the earlier chunk again (a retry).
    const later = [row('4', '20261127100000', 'Bắt đầu xử lý'), row('5', '20261128090000', 'Chờ phê duyệt')];
    const earlier = [row('2', '20261127080000', 'Tiếp nhận hồ sơ')];
    expect((await call({ service: 'CapNhatTienDoHoSoMC', data: later })).body.error_code).toBe('0');
    expect((await call({ service: 'CapNhatTienDoHoSoMC', data: earlier })).body.error_code).toBe('0');
    expect((await call({ service: 'CapNhatTienDoHoSoMC', data: earlier })).body.error_code).toBe('0');
    let m = await mirror();
    expect(m.p).toHaveLength(3);
    expect(m.d?.trangThai).toBe(5);

    // A stale snapshot (older dates, status 2) does not regress the status; a newer one applies.
    expect((await call({ service: 'DongBoHoSoMC', isUpdating: 'True', data: [dossier({ TrangThaiHoSo: '2' })] })).body.error_code).toBe('0');
    expect((await mirror()).d?.trangThai).toBe(5);
    expect((await call({ service: 'DongBoHoSoMC', isUpdating: 'True', data: [dossier({ TrangThaiHoSo: '10', NgayTra: '20261129100000' })] })).body.error_code).toBe('0');
    m = await mirror();
    expect(m.d?.trangThai).toBe(10);
    expect((m.d?.payload as { NgayTra?: string }).NgayTra).toBe('20261129100000');

    const node = await national.db.selectFrom('federationNodes').selectAll().where('code', '=', 'H49').executeTakeFirstOrThrow();
    expect(node.eventsApplied).toBeGreaterThan(0);
  });

  it('refuses bad field formats with HTTP 200 and error_code ≠ 0, and changes nothing', async () => {
    const session = await login();
    const call = (body: Record<string, unknown>) => post('/api/dvcqg/integration', { session, madonvi: '000.00.00.H49', ...body });
    const before = await mirror();
    const cases = [
      { service: 'DongBoHoSoMC', isUpdating: 'True', data: [dossier({ NgayTiepNhan: '27/11/2026 08:00' })] },
      { service: 'DongBoHoSoMC', isUpdating: 'True', data: [dossier({ NgayHenTra: '20261131170000' })] },
      { service: 'DongBoHoSoMC', isUpdating: 'True', data: [dossier({ TrangThaiHoSo: '11' })] },
      // a legacy code is accepted (test/federation/legacy-codes.test.ts), one with no real day is not
      { service: 'DongBoHoSoMC', isUpdating: 'True', data: [dossier({ MaHoSo: 'H49.65-220931-0011' })] },
      { service: 'CapNhatTienDoHoSoMC', data: [row('0', '20261129100000', 'x')] },
      { service: 'CapNhatTienDoHoSoMC', data: [row('6', '2026112910', 'x')] },
      { service: 'CapNhatTienDoHoSoMC', data: [{ ...row('6', '20261129100000', 'x'), MaHoSo: '000.00.10.H49-261127-0999' }] },
      { service: 'DongBoHoSoMC', data: [] },
      { service: 'XoaHoSo', data: [] },
      { service: 'DongBoHoSoMC', isUpdating: 'True', data: [{ ...dossier(), MaHoSo: 42 }] },
    ];
    for (const c of cases) {
      const r = await call(c);
      expect(r.status, JSON.stringify(c).slice(0, 120)).toBe(200);
      expect(r.body.error_code).not.toBe('0');
      expect(r.body.message.length).toBeGreaterThan(0);
      expect(typeof r.body.code).toBe('string');
    }
    expect(await mirror()).toEqual(before);
  });

  it('LayThuTuc answers a package from the national catalogue; an unknown procedure is -4', async () => {
    const session = await login();
    const r = await post('/api/dvcqg/integration', { session, service: 'LayThuTuc', MaTTHC: '1.001193' });
    expect(r.status).toBe(200);
    const pkg = (r.body.result as Record<string, unknown>[])[0];
    expect(pkg).toMatchObject({ MATTHC: '1.001193' });
    expect(typeof pkg?.TENTTHC).toBe('string');
    const missing = await post('/api/dvcqg/integration', { session, service: 'LayThuTuc', MaTTHC: '1.999999' });
    expect(missing.status).toBe(200);
    expect(missing.body.error_code).toBe('-4');
  });
});

describe('operators’ view', () => {
  const get = async (path: string, token?: string) => {
    const r = await fetch(`${national.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: r.status, body: (await r.json()) };
  };

  it('lists connected systems with health and hourly trends, and the national counters (ops:read)', async () => {
    const sys = await get('/api/v1/federation/ops/systems?hours=24', 'op');
    expect(sys.status).toBe(200);
    const h49 = (sys.body as { code: string; health: string; eventsApplied: number; trend: { received: number }[] }[]).find((s) => s.code === 'H49');
    expect(h49?.eventsApplied).toBeGreaterThan(0);
    expect(['ok', 'lagging']).toContain(h49?.health); // the test's progress rows carry fixed times, so the lag depends on the clock
    expect(h49?.trend.reduce((a, t) => a + t.received, 0)).toBeGreaterThan(0);

    const c = await get('/api/v1/federation/ops/counters', 'op');
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({ synchronisedDossiers: 1, onlineDossiers: 0, publishedProcedures: 1, onlineProcedures: 1, onlineProcedureShare: 1, connectedSystems: 1 });
    expect(typeof (c.body as { accounts: number }).accounts).toBe('number');
  });

  it('refuses without the ops permission and bad query input', async () => {
    expect((await get('/api/v1/federation/ops/systems')).status).toBe(401);
    const bad = await get('/api/v1/federation/ops/systems?hours=0', 'op');
    expect(bad.status).toBe(400);
    expect((bad.body as { code: string }).code).toBe('validation-failed');
    expect((await get('/api/v1/federation/ops/counters?x=1', 'op')).status).toBeLessThan(500);
  });
});
