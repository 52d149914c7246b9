/**
 * Replays of the two production DVCQG clients against motcua's DVCQG-compatible API (issue 15 §2–5): the request
 * bodies are built as VietOpenCPS/opencps-v2 (DVCQGIntegrationActionImpl.java: getAccessToken, getSharingData,
 * getSharingDictCollection, syncServiceInfo, doSyncGovernmentAgency, doSyncServiceDomain) and the Thanh Hóa system
 * (HuanVu201/DichVuCong_KhoaLuan_PASETO: ThuTucApp/Service.cs, AddThuTucTypes.cs, SyncLocalDataToDVCQGService.cs)
 * build them, and the answers are read the way those clients read them.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalBasisEntry } from '../../src/national/dvcqg/laythutuc.ts';
import { registerNode } from '../../src/national/registry/registry.service.ts';
import { publishProcedure } from '../fixtures.ts';
import { startNational, type Node } from './nodes.ts';

type Json = Record<string, unknown>;
let national: Node;
const PASSWORD = 'mat-khau-tinh-49';
// OpenCPS's ServerConfig "DVCQG_INTEGRATION": username, password, dstcode, madonvi
const config = { username: 'h49-opencps', password: PASSWORD, dstcode: 'H49', madonvi: '000.00.00.H49' };

beforeAll(async () => {
  national = await startNational();
  const pem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await registerNode(national.db, { code: 'H49', name: 'Hệ thống Quảng Nam', baseUrl: '', publicKey: pem });
  await national.db
    .insertInto('agencies')
    .values({ code: '000.00.06.H49', name: 'Sở Tư pháp tỉnh Quảng Nam', level: 2, kind: 'department', nodeCode: 'H49', validFrom: '2020-01-01' })
    .execute();
  await publishProcedure(national.db);
  const r = await fetch(`${national.url}/api/v1/federation/nodes/H49/dvcqg-account`, {
    method: 'PUT',
    headers: { authorization: 'Bearer op', 'content-type': 'application/json' },
    body: JSON.stringify({ username: config.username, password: PASSWORD }),
  });
  expect(r.status).toBe(204);
});
afterAll(async () => {
  await national?.destroy();
});

/** As HttpURLConnection does it: the body is read only on a 200 (getInputStream throws on a 4xx). */
async function javaPost(path: string, body: Json): Promise<Json> {
  const r = await fetch(`${national.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', dstcode: config.dstcode },
    body: JSON.stringify(body),
  });
  if (r.status !== 200) throw new Error(`HTTP ${r.status}: OpenCPS cannot read the answer`);
  return (await r.json()) as Json;
}
/** Liferay's JSONObject.getInt: a number or a numeric string. */
const getInt = (o: Json, k: string) => Number.parseInt(String(o[k]), 10);
const list = (o: unknown, k: string) => {
  const v = (o as Json)[k];
  if (!Array.isArray(v)) throw new Error(`${k} is not a list`);
  return v as Json[];
};
const str = (o: unknown, k: string) => {
  const v = (o as Json)[k];
  if (typeof v !== 'string') throw new Error(`${k} is not a string: ${JSON.stringify(v)}`);
  return v;
};

/** getAccessToken: {username, password} → error_code 0 and session. */
async function openCpsLogin(): Promise<string> {
  const result = await javaPost('/api/dvcqg/login', { username: config.username, password: config.password });
  expect(getInt(result, 'error_code')).toBe(0);
  return str(result, 'session');
}
/** getSharingData / getSharingDictCollection: {session, madonvi} plus the call's keys. */
const share = (session: string, data: Json) => javaPost('/api/dvcqg/integration', { session, madonvi: config.madonvi, ...data });

describe('OpenCPS (opencps-v2) replayed', () => {
  it('LayThuTuc with maTTHC: every field syncServiceInfo reads is there', async () => {
    const session = await openCpsLogin();
    const answer = await share(session, { service: 'LayThuTuc', maTTHC: '1.001193' });
    expect(getInt(answer, 'error_code')).toBe(0);
    const t = list(answer, 'result')[0]!;
    expect(str(t, 'TENTTHC')).toBe('Đăng ký khai sinh');
    expect(str(t, 'MATTHC')).toBe('1.001193');
    const lv = list(t, 'LINHVUCTHUCHIEN')[0]!;
    expect([str(lv, 'MALINHVUC'), str(lv, 'TENLINHVUC')]).toEqual(['HT', 'Hộ tịch']);
    expect(str(t, 'MACOQUANCONGBO')).toBe('000.00.00.G15');
    expect(list(t, 'TRINHTUTHUCHIEN')).toEqual([]);
    for (const c of list(t, 'CACHTHUCTHUCHIEN')) {
      expect([1, 2, 3]).toContain(getInt(c, 'KENH'));
      for (const tg of list(c, 'THOIGIAN')) {
        expect(getInt(tg, 'THOIGIANGIAIQUYET')).toBe(5);
        expect(str(tg, 'DONVITINH')).toBe('Ngày làm việc');
        expect(typeof str(tg, 'MOTA')).toBe('string');
        const fee = list(tg, 'PHILEPHI')[0]!;
        expect([str(fee, 'MAPHILEPHI'), Number(str(fee, 'SOTIEN')), str(fee, 'DONVI'), str(fee, 'MOTA')]).toEqual(['LP01', 8000, 'VNĐ', 'Lệ phí đăng ký khai sinh']);
      }
    }
    expect(typeof str(t, 'YEUCAU')).toBe('string');
    expect(list(t, 'DOITUONGTHUCHIEN')).toEqual([]);
    expect(list(t, 'KETQUATHUCHIEN').map((k) => [str(k, 'MAKETQUA'), str(k, 'TENKETQUA')])).toEqual([['KQ.G15.000031', 'Giấy khai sinh']]);
    expect(list(t, 'CANCUPHAPLY').map((c) => [str(c, 'SOVANBAN'), str(c, 'TENVANBAN')])).toEqual([['', 'Luật Hộ tịch 2014']]);
    expect(legalBasisEntry('Luật Hộ tịch số 60/2014/QH13')).toEqual({ SOVANBAN: '60/2014/QH13', TENVANBAN: 'Luật Hộ tịch số 60/2014/QH13' });
    expect(legalBasisEntry('123/2015/NĐ-CP Nghị định quy định chi tiết')).toEqual({ SOVANBAN: '123/2015/NĐ-CP', TENVANBAN: 'Nghị định quy định chi tiết' });
    expect(getInt(t, 'TRANGTHAI')).toBe(1);
    expect(list(t, 'COQUANTHUCHIEN').map((c) => [str(c, 'MADONVI'), str(c, 'TENDONVI')]).sort()).toEqual([
      ['000.00.06.H49', 'Sở Tư pháp tỉnh Quảng Nam'],
      ['000.00.06.H56', ''],
    ]);
    const giayto = list(list(t, 'THANHPHANHOSO')[0], 'GIAYTO');
    expect(giayto.map((g) => [str(g, 'MAGIAYTO'), str(g, 'TENMAUDON'), str(g, 'URL'), str(g, 'TENGIAYTO')])[1]).toEqual(['GCS', '', '', 'Giấy chứng sinh']);
  });

  it('LayDanhSachTTHC, LayDanhMucCoQuan and LayDanhMucLinhVuc answer with the fields OpenCPS maps by', async () => {
    const session = await openCpsLogin();
    const tthc = await share(session, { service: 'LayDanhSachTTHC' });
    expect(getInt(tthc, 'error_code')).toBe(0);
    expect(list(tthc, 'result').map((i) => [str(i, 'MATTHC'), str(i, 'TENTTHC')])).toEqual([['1.001193', 'Đăng ký khai sinh']]);
    const cq = await share(session, { service: 'LayDanhMucCoQuan' });
    expect(getInt(cq, 'error_code')).toBe(0);
    const h49 = list(cq, 'result').find((i) => i.MADONVI === '000.00.06.H49');
    expect(h49 && [str(h49, 'TENDONVI'), str(h49, 'CAPDONVI')]).toEqual(['Sở Tư pháp tỉnh Quảng Nam', '2']);
    const lv = await share(session, { service: 'LayDanhMucLinhVuc' });
    expect(getInt(lv, 'error_code')).toBe(0);
    // doSyncServiceDomain keeps the sectors whose MANGANH is its madonvi (here the ministry's code)
    expect(list(lv, 'result').map((i) => [str(i, 'MALINHVUC'), str(i, 'TENLINHVUC'), str(i, 'MANGANH')])).toContainEqual(['HT', 'Hộ tịch', '000.00.00.G15']);
  });

  it('errors are HTTP 200 with error_code ≠ 0 and a message, so OpenCPS can read them', async () => {
    const bad = await share('phien-cu-da-het-han', { service: 'LayThuTuc', maTTHC: '1.001193' });
    expect(getInt(bad, 'error_code')).toBe(-2);
    expect(str(bad, 'message')).toContain('Phiên');
    const session = await openCpsLogin();
    const missing = await share(session, { service: 'LayThuTuc', maTTHC: '1.999999' });
    expect(getInt(missing, 'error_code')).toBe(-4);
    const unknown = await share(session, { service: 'LayDanhMucQuocTich' });
    expect(getInt(unknown, 'error_code')).toBe(-5);
    const r = await fetch(`${national.url}/api/dvcqg/integration`, { method: 'POST', headers: { 'content-type': 'application/json', dstcode: 'H49' }, body: '{"session": ' });
    expect(r.status).toBe(200);
    expect(((await r.json()) as Json).error_code).not.toBe('0');
  });

  it('keys in another case and unknown keys are accepted: mahoso, MaTTHC in items, donViXuLy', async () => {
    const session = await openCpsLogin();
    const MA = '000.00.06.H49-261127-0001';
    const created = await share(session, {
      service: 'DongBoHoSoMC',
      isUpdating: 'False',
      donViXuLy: 'Sở Tư pháp',
      data: [{ mahoso: MA, maTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', MaLinhVuc: 'HT', TenLinhVuc: 'Hộ tịch', KenhThucHien: '2', trangThaiHoSo: '2', NgayTiepNhan: '20261127080000', LoaiDoiTuong: '1' }],
    });
    expect(created).toMatchObject({ error_code: '0' });
    const found = await share(session, { service: 'TraCuuHoSo', mahoso: MA, donViXuLy: 'x' });
    expect(getInt(found, 'error_code')).toBe(0);
    const d = list(found, 'result')[0]!;
    expect([str(d, 'MaHoSo'), str(d, 'TrangThaiHoSo'), str(d, 'MaLinhVuc')]).toEqual([MA, '2', 'HT']);
    const upper = await share(session, { service: 'TraCuuHoSo', MAHOSO: MA });
    expect(list(upper, 'result')).toHaveLength(1);
  });
});

describe('Thanh Hóa system replayed', () => {
  it('LayThuTuc: ID, LOAITTHC, TRANGTHAI and the agencies as lists of {MADONVI, TENDONVI}', async () => {
    const session = await openCpsLogin();
    const answer = await share(session, { service: 'LayThuTuc', MaTTHC: '1.001193' });
    expect(answer.error_code).toBe('0'); // responseThemMoi.error_code == "0"
    const item = list(answer, 'result')[0]!;
    for (const k of ['ID', 'TENTTHC', 'LOAITTHC', 'TRANGTHAI', 'IDQUYETDINHCONGBO']) expect(typeof str(item, k)).toBe('string');
    for (const k of ['COQUANTHUCHIEN', 'COQUANCOTHAMQUYEN'])
      expect(list(item, k).find((c) => c.MADONVI === '000.00.06.H49')).toMatchObject({ MADONVI: '000.00.06.H49', TENDONVI: 'Sở Tư pháp tỉnh Quảng Nam' });
    expect(list(item, 'CAPTHUCHIEN').map((c) => [str(c, 'CAPTHUCHIEN'), str(c, 'TENCAP')]).sort()).toEqual([['Cấp Tỉnh', 'Cấp Tỉnh'], ['Cấp Xã', 'Cấp Xã']]);
    const kq = list(item, 'KETQUATHUCHIEN')[0]!;
    expect([str(kq, 'TENTEP'), str(kq, 'URL')]).toEqual(['', '']);
    for (const k of ['COQUANDUOCUYQUYEN', 'COQUANPHOIHOP', 'TTHCLIENQUAN', 'TTHCLIENTHONG']) expect(list(item, k)).toEqual([]);
  });
});

describe('login cadence and limits', () => {
  it('an account may log in often (OpenCPS logs in again after ten minutes) and every session stays usable for its life', async () => {
    const sessions: string[] = [];
    for (let i = 0; i < 30; i++) sessions.push(await openCpsLogin());
    for (const s of [sessions[0]!, sessions[29]!]) expect(getInt(await share(s, { service: 'LayDanhMucLinhVuc' }), 'error_code')).toBe(0);
  });

  it('failed logins are limited per IP and the refusal speaks the envelope (HTTP 200, error_code, message)', async () => {
    let last: Json = {};
    for (let i = 0; i < 12; i++) last = await javaPost('/api/dvcqg/login', { username: config.username, password: 'sai-mat-khau-123' });
    expect(last).toMatchObject({ code: 'rate-limited' });
    expect(getInt(last, 'error_code')).not.toBe(0);
    expect(str(last, 'message').length).toBeGreaterThan(0);
    expect(last.session).toBeUndefined();
  });
});
