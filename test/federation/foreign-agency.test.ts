/**
 * Issue 12 item 6: a connected system writes only its own agencies' dossiers into the national mirror. With H56's
 * key, a dossier of an H49 agency owned by citizen B is refused — through the signed sync (the event's agency, its
 * code, a progress row's code), the reconcile query, and the DVCQG-compatible DongBoHoSoMC / CapNhatTienDoHoSoMC
 * (also when `madonvi` names another system), a counter route from another system's counter — and nothing reaches the mirror, B's "my dossiers" or public
 * tracking. The refusal is the authenticated sender's: it is in the chained log and counts against H56, not H49.
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEnvelope } from '../../src/federation/protocol/envelope.ts';
import { verifyMessageLog } from '../../src/federation/protocol/message-log.ts';
import { registerNode } from '../../src/national/registry/registry.service.ts';
import type { Principal } from '../../src/platform/identity/principal.ts';
import { insertAgencies, officer, publishProcedure } from '../fixtures.ts';
import { startNode, type Node } from './nodes.ts';

const B: Principal = { kind: 'citizen', id: '00000000-0000-4000-9000-0000000000b2', personalId: '001190012345', name: 'Trần Thị Bình', loa: 2 };
const PASSWORD = 'mat-khau-he-thong-56';
const H49_CODE = '000.00.06.H49-261127-0007';
const H56_CODE = '000.00.06.H56-261127-0001';

let national: Node;
const keys: Record<string, KeyObject> = {};

beforeAll(async () => {
  national = await startNode(
    { ROLE: 'national', NODE_CODE: 'NATIONAL' },
    { op: officer('national_operator', '00000000-0000-4000-8000-00000000ffff', '000.00.00.G22'), b: B },
  );
  await insertAgencies(national.db);
  await publishProcedure(national.db);
  for (const code of ['H56', 'H49']) {
    const pair = generateKeyPairSync('ed25519');
    keys[code] = pair.privateKey;
    await registerNode(national.db, { code, name: `Hệ thống ${code}`, baseUrl: '', publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  }
  const r = await national.app.inject({
    method: 'PUT',
    url: '/api/v1/federation/nodes/H56/dvcqg-account',
    headers: { authorization: 'Bearer op' },
    payload: { username: 'h56-motcua', password: PASSWORD },
  });
  expect(r.statusCode).toBe(204);
});
afterAll(async () => {
  await national?.destroy();
});

const snapshot = (code: string) => ({
  MaHoSo: code,
  MaTTHC: '1.001193',
  TenTTHC: 'Đăng ký khai sinh',
  KenhThucHien: '1',
  ChuHoSo: B.name,
  SoGiayToChuHoSo: '001190012345',
  DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '001190012345' }],
  NgayNopHoSo: '20261127080000',
  NgayTiepNhan: '20261127080000',
  NgayHenTra: '20261130170000',
  TrangThaiHoSo: '2',
  DonViXuLy: 'Sở Tư pháp',
});
const progressRow = (code: string) => ({
  MaHoSo: code, NguoiXuLy: 'Lê Thị Một Cửa', ChucDanh: '', ThoiDiemXuLy: '20261127080000', PhongBanXuLy: 'Sở Tư pháp',
  NoiDungXuLy: 'Tiếp nhận hồ sơ', TrangThai: '2', NgayBatDau: '20261127080000', NgayKetThucTheoQuyDinh: '20261130170000',
});
const event = (code: string, agencyCode: string, progressCode = code) => ({
  dossierId: randomUUID(),
  seq: 1,
  changedAt: new Date().toISOString(),
  DongBoHoSoMC: snapshot(code),
  CapNhatTienDoHoSoMC: [progressRow(progressCode)],
  agencyCode,
  day: '2026-11-27',
});

const signed = (type: string, body: unknown, sender = 'H56') =>
  sealEnvelope({ type, sender, recipient: 'NATIONAL', body }, keys[sender]!);
const post = (url: string, payload: unknown) =>
  national.app.inject({ method: 'POST', url, payload: payload as object, headers: { 'accept-language': 'en' } });
const get = (url: string, token?: string) =>
  national.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });

async function seen() {
  const mirror = await national.db.selectFrom('nationalDossiers').select(['sourceNode', 'maHoSo']).orderBy('maHoSo').execute();
  const progress = await national.db.selectFrom('nationalDossierProgress').select('sourceId').execute();
  const mine = (await get('/api/v1/my/dossiers', 'b')).json<{ total: number; items: { code: string }[] }>();
  const tracking = (await get(`/api/v1/tracking/${encodeURIComponent(H49_CODE)}`)).statusCode;
  return { mirror, progress: progress.length, mine: mine.items.map((i) => i.code), tracking };
}

async function node(code: string) {
  return national.db.selectFrom('federationNodes').select(['errorCount', 'lastError', 'eventsApplied']).where('code', '=', code).executeTakeFirstOrThrow();
}

describe('a system writes only its own agencies’ dossiers into the national mirror', () => {
  it('refuses an H56-signed sync of an H49 dossier (by agency, by code, by a progress row’s code) and applies nothing', async () => {
    const before = await seen();
    expect(before).toEqual({ mirror: [], progress: 0, mine: [], tracking: 404 });
    const cases = [
      ['H49 agency and code', [event(H49_CODE, '000.00.06.H49')]],
      ['own agency, H49 code', [event(H49_CODE, '000.00.06.H56')]],
      ['awaiting dispatch, H49 code', [event(H49_CODE, '')]],
      ['own event first, then a progress row of an H49 dossier', [event(H56_CODE, '000.00.06.H56'), event(H56_CODE, '000.00.06.H56', H49_CODE)]],
      ['a code with no agency part', [event('HS-0001', '000.00.06.H56')]],
      // legacy codes (docs/dossier-codes.md): a short code belongs to its body, and one with no real day to no one
      ['an H49 legacy short code', [event('H49.65-220914-0011', '000.00.06.H56')]],
      ['an H56 legacy code of 31 September', [event('H56.65-220931-0011', '000.00.06.H56')]],
    ] as const;
    for (const [name, events] of cases) {
      const r = await post('/api/v1/federation/messages', signed('dossier.sync', { events }));
      expect([name, r.statusCode, r.headers['content-type'], r.json().code]).toEqual([
        name,
        403,
        expect.stringContaining('application/problem+json'),
        'message-agency-of-another-node',
      ]);
      expect(r.json().detail).toMatch(/is not an agency of H56/);
    }
    expect(await seen()).toEqual(before);
    // authenticated refusals: logged in the chain and counted against the sender H56, never against H49
    const log = await national.db.selectFrom('federationMessageLog').select(['peer', 'outcome']).where('direction', '=', 'rejected').execute();
    expect(log).toEqual(cases.map(() => ({ peer: 'H56', outcome: 'message-agency-of-another-node' })));
    expect(await node('H56')).toMatchObject({ errorCount: cases.length, lastError: 'message-agency-of-another-node', eventsApplied: 0 });
    expect((await node('H49')).errorCount).toBe(0);
    expect(await verifyMessageLog(national.db)).toMatchObject({ ok: true });
  });

  it('refuses a reconcile query for another system’s agency, answers one for its own', async () => {
    const digest = '0'.repeat(64);
    const foreign = await post('/api/v1/federation/query', signed('dossier.reconcile', { agencyCode: '000.00.06.H49', day: '2026-11-27', digest }));
    expect([foreign.statusCode, foreign.json().code]).toEqual([403, 'message-agency-of-another-node']);
    const own = await post('/api/v1/federation/query', signed('dossier.reconcile', { agencyCode: '000.00.06.H56', day: '2026-11-27', digest }));
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ agencyCode: '000.00.06.H56', count: 0 });
  });

  it('refuses a counter route whose receiving counter is another system’s agency', async () => {
    const route = (agencyCode: string) =>
      signed('dossier.route', { routeId: randomUUID(), receivedAt: { agencyCode, agencyName: null }, input: { resolvingAgencyCode: '000.00.06.H49' } });
    const r = await post('/api/v1/federation/relay', route('000.00.00.H49'));
    expect([r.statusCode, r.json().code]).toEqual([403, 'message-agency-of-another-node']);
    // its own counter passes this check (H49 has no address here, so the relay then stops at the recipient)
    const own = await post('/api/v1/federation/relay', route('000.00.00.H56'));
    expect([own.statusCode, own.json().code]).toEqual([404, 'federation-node-not-found']);
    expect(await national.db.selectFrom('routingOutbox').selectAll().execute()).toEqual([]);
  });

  it('refuses DongBoHoSoMC and CapNhatTienDoHoSoMC of an H49 dossier from H56’s session (error_code -7), and a foreign madonvi', async () => {
    const login = await national.app.inject({ method: 'POST', url: '/api/dvcqg/login', headers: { dstcode: 'NATIONAL' }, payload: { username: 'h56-motcua', password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    const session = login.json<{ session: string }>().session;
    const call = (body: Record<string, unknown>) =>
      national.app.inject({ method: 'POST', url: '/api/dvcqg/integration', headers: { dstcode: 'NATIONAL' }, payload: { session, madonvi: '000.00.00.H56', ...body } });
    const before = await seen();
    const errorsBefore = (await node('H56')).errorCount;
    const cases: [string, Record<string, unknown>][] = [
      ['create', { service: 'DongBoHoSoMC', isUpdating: 'False', data: [snapshot(H49_CODE)] }],
      ['update', { service: 'DongBoHoSoMC', isUpdating: 'True', data: [snapshot(H56_CODE), snapshot(H49_CODE)] }],
      ['progress', { service: 'CapNhatTienDoHoSoMC', data: [progressRow(H49_CODE)] }],
      ['own dossier, another system’s madonvi', { service: 'DongBoHoSoMC', isUpdating: 'False', madonvi: '000.00.00.H49', data: [snapshot(H56_CODE)] }],
    ];
    for (const [name, body] of cases) {
      const r = await call(body);
      expect([name, r.statusCode, r.json().error_code, r.json().code], r.body).toEqual([name, 200, '-7', 'message-agency-of-another-node']);
    }
    expect(await seen()).toEqual(before);
    expect((await node('H56')).errorCount).toBe(errorsBefore + cases.length);
    expect((await node('H49')).errorCount).toBe(0);

    // the same session writes its own agency's dossier (the mirror and B's list would have shown the H49 one too)
    const own = await call({ service: 'DongBoHoSoMC', isUpdating: 'False', data: [snapshot(H56_CODE)] });
    expect([own.statusCode, own.json().error_code]).toEqual([200, '0']);
    const progress = await call({ service: 'CapNhatTienDoHoSoMC', data: [progressRow(H56_CODE)] });
    expect([progress.statusCode, progress.json().error_code]).toEqual([200, '0']);
    const after = await seen();
    expect(after).toMatchObject({ mirror: [{ sourceNode: 'H56', maHoSo: H56_CODE }], mine: [H56_CODE], tracking: 404 });
    expect((await get(`/api/v1/tracking/${encodeURIComponent(H56_CODE)}`)).statusCode).toBe(200);
  });

  it('applies an H56-signed sync of its own agency’s dossier for B (the control: such a dossier does show)', async () => {
    const code = '000.00.06.H56-261127-0002';
    const r = await post('/api/v1/federation/messages', signed('dossier.sync', { events: [event(code, '000.00.06.H56')] }));
    expect([r.statusCode, r.json().outcome]).toEqual([200, 'applied']);
    const after = await seen();
    expect(after.mine).toContain(code);
    expect((await get(`/api/v1/tracking/${encodeURIComponent(code)}`)).statusCode).toBe(200);
    expect(after.tracking).toBe(404);
  });
});
