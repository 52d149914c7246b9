/**
 * The DVCQG checks that replay the two production clients (issue 15), so that a province running either can run the
 * kit against its own gateway and against motcua and see the same answers:
 * - VietOpenCPS/opencps-v2, DVCQGIntegrationActionImpl.java: createSyncDossierBodyRequest (DongBoHoSoMC: MaHoSo,
 *   MaTTHC, TenTTHC, MaLinhVuc, TenLinhVuc, ChuHoSo, LoaiDoiTuong, MaDoiTuong, ThongTinKhac, Email, Fax, SoDienThoai,
 *   TrichYeuHoSo, NgayTiepNhan, NgayHenTra, TrangThaiHoSo, NgayTra, ThongTinTra, HinhThuc, NgayKetThucXuLy,
 *   DonViXuLy, GhiChu and five empty lists), createSyncDossierStatusBodyRequest (CapNhatTienDoHoSoMC), the `maTTHC`
 *   of LayThuTuc and the fields syncServiceInfo reads (LINHVUCTHUCHIEN[0].MALINHVUC, CANCUPHAPLY[].SOVANBAN,
 *   THANHPHANHOSO[].GIAYTO[].URL, CACHTHUCTHUCHIEN[].THOIGIAN[].MOTA), `error_code` read with getInt from a 200 body
 *   only, and a new login before every call after ten minutes (AccessTokenLocalServiceImpl);
 * - HuanVu201/DichVuCong_KhoaLuan_PASETO (Thanh Hóa), Application/Common/KetNoi/DVC/SyncLocalDataToDVCQG
 *   (ISyncLocalDataToDVCQGService.cs: SyncDataToDVCQG.HoSoDongBoDVC, QuaTrinhXuLyDongBoDVC and their lists), `MaTTHC`
 *   to LayThuTuc (ThuTucApp/Service.cs), `mahoso` to TraCuuHoSo.
 * Plus the legacy dossier codes found in the wild (docs/dossier-codes.md).
 */
import type { DvcqgContext } from './dvcqg.checks.ts';
import { describe, http, randomDigits, wireDate, type Check, type HttpAnswer } from './kit.ts';

type Obj = Record<string, unknown>;

const call = (ctx: DvcqgContext, service: string, params: Obj, session = ctx.session ?? '') =>
  http(`${ctx.target}${ctx.integrationPath}`, { session, madonvi: ctx.agencyCode, service, ...params }, { dstcode: ctx.dstcode });
const login = (ctx: DvcqgContext) =>
  http(`${ctx.target}${ctx.loginPath}`, { username: ctx.username, password: ctx.password }, { dstcode: ctx.dstcode });

/** Liferay's JSONObject.getInt / C#'s string compare: the error code as an integer (NaN when absent). */
const errorCode = (a: HttpAnswer) => Number.parseInt(String(a.json?.error_code), 10);
const ok = (a: HttpAnswer) => a.status === 200 && errorCode(a) === 0;
const results = (a: HttpAnswer): Obj[] => (Array.isArray(a.json?.result) ? (a.json.result as Obj[]) : []);
const list = (o: unknown, k: string): Obj[] => {
  const v = (o as Obj | undefined)?.[k];
  return Array.isArray(v) ? (v as Obj[]) : [];
};
const newCode = (ctx: DvcqgContext) => `${ctx.agencyCode}-${wireDate(new Date()).slice(2, 8)}-${randomDigits(5)}`;
const at = (minutesAgo: number) => wireDate(new Date(Date.now() - minutesAgo * 60_000));

/** DongBoHoSoMC, CapNhatTienDoHoSoMC, then TraCuuHoSo with `mahoso`: the dossier found with `expect`. */
async function syncAndLookup(ctx: DvcqgContext, dossier: Obj, progress: Obj, expect: Obj): Promise<{ ok: boolean; detail: string }> {
  const created = await call(ctx, 'DongBoHoSoMC', { isUpdating: 'False', data: [dossier] });
  if (!ok(created)) return { ok: false, detail: `DongBoHoSoMC: ${describe(created)} ${JSON.stringify(created.json?.message ?? '')}` };
  const moved = await call(ctx, 'CapNhatTienDoHoSoMC', { data: [progress] });
  if (!ok(moved)) return { ok: false, detail: `CapNhatTienDoHoSoMC: ${describe(moved)} ${JSON.stringify(moved.json?.message ?? '')}` };
  const found = await call(ctx, 'TraCuuHoSo', { mahoso: dossier.MaHoSo });
  const d = results(found)[0];
  const wrong = Object.entries(expect).filter(([k, v]) => JSON.stringify(d?.[k]) !== JSON.stringify(v));
  return wrong.length === 0 && ok(found)
    ? { ok: true, detail: `accepted, progressed and found with ${Object.keys(expect).join(', ')}` }
    : { ok: false, detail: `TraCuuHoSo {mahoso}: ${describe(found)}; differs: ${wrong.map(([k]) => `${k}=${JSON.stringify(d?.[k])}`).join(', ') || 'no result'}` };
}

function openCpsDossier(ctx: DvcqgContext, maHoSo: string): Obj {
  return {
    MaHoSo: maHoSo, MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', MaLinhVuc: 'HT', TenLinhVuc: 'Hộ tịch', ChuHoSo: 'Nguyễn Văn Mở',
    LoaiDoiTuong: '1', MaDoiTuong: '', ThongTinKhac: '', Email: 'mo@example.vn', Fax: '0912345678', SoDienThoai: '0912345678',
    TrichYeuHoSo: 'Đăng ký khai sinh', NgayTiepNhan: at(120), NgayHenTra: wireDate(new Date(Date.now() + 5 * 86_400_000)), TrangThaiHoSo: '2',
    NgayTra: '', ThongTinTra: '', HinhThuc: '0', NgayKetThucXuLy: '', DonViXuLy: 'Kiểm tra tuân thủ', GhiChu: '',
    TaiLieuNop: [], DanhSachLePhi: [], DanhSachTepDinhKemKhac: [], DanhSachHoSoBoSung: [], DanhSachGiayToKetQua: [],
  };
}

function thanhHoaDossier(ctx: DvcqgContext, maHoSo: string): Obj {
  return {
    MaHoSo: maHoSo, MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', MaLinhVuc: 'HT', TenLinhVuc: 'Hộ tịch', KenhThucHien: '2',
    SoGiayToChuHoSo: '038087042028', ChuHoSo: 'Lê Thị Thanh', LoaiDoiTuong: '1', MaDoiTuong: '', ThongTinKhac: '', Email: '', Fax: '',
    SoDienThoai: '0912345678', TrichYeuHoSo: 'Đăng ký khai sinh', NgayTiepNhan: at(120), NgayHenTra: '', TrangThaiHoSo: '2', NgayTra: '',
    ThongTinTra: '', HinhThuc: '0', NgayKetThucXuLy: '', DonViXuLy: 'Kiểm tra tuân thủ', GhiChu: '',
    TaiLieuNop: [{
      TepDinhKemId: '', TenTepDinhKem: 'Tờ khai', IsDeleted: 'False', MaThanhPhanHoSo: 'KS01',
      DuongDanTaiTepTin: 'https://dichvucong.example.vn/Files/to-khai.pdf', DuocSoHoa: '1', DuocTaiSuDung: '0', DuocLayTuKhoDMQG: '1', MaKetQuaThayThe: '',
    }],
    DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí', MaPhiLePhi: 'LP01', HinhThucThu: '1', Gia: '8000', LoaiPhiLePhi: '1' }],
    DanhSachTepDinhKemKhac: [],
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy khai sinh', MaThanhPhanHoSo: '', GiayToId: '', DuongDanTepTinKetQua: '', MaGiayToKetQua: 'KQ.G15.000031' }],
    NoiNopHoSo: '1', HoSoCoThanhPhanSoHoa: '1', TaiKhoanDuocXacThucVoiVNeID: '1', DuocThanhToanTrucTuyen: '1', NgayTuChoi: '',
    DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '038087042028' }], NgayNopHoSo: at(150), DSKetNoiCSDL: [{ MaCSDL: '7' }],
  };
}

const progressRow = (maHoSo: string, status: string) => ({
  MaHoSo: maHoSo, NguoiXuLy: 'Cán bộ kiểm tra', ChucDanh: '', ThoiDiemXuLy: at(60), PhongBanXuLy: '', NoiDungXuLy: 'Thụ lý hồ sơ',
  TrangThai: status, NgayBatDau: '', NgayKetThucTheoQuyDinh: '',
});

/** What syncServiceInfo (OpenCPS) and the Thanh Hóa client read inside a LayThuTuc package. */
function nestedGaps(t: Obj | undefined): string[] {
  if (!t) return ['no package'];
  const gaps: string[] = [];
  const lv = list(t, 'LINHVUCTHUCHIEN')[0];
  if (typeof lv?.MALINHVUC !== 'string' || typeof lv.TENLINHVUC !== 'string') gaps.push('LINHVUCTHUCHIEN[0].MALINHVUC/TENLINHVUC');
  if (!list(t, 'CANCUPHAPLY').every((c) => typeof c.SOVANBAN === 'string' && typeof c.TENVANBAN === 'string')) gaps.push('CANCUPHAPLY[].SOVANBAN');
  if (!list(t, 'THANHPHANHOSO').every((p) => list(p, 'GIAYTO').every((g) => typeof g.URL === 'string' && typeof g.TENGIAYTO === 'string'))) gaps.push('THANHPHANHOSO[].GIAYTO[].URL');
  const ways = list(t, 'CACHTHUCTHUCHIEN');
  if (ways.length === 0 || !ways.every((w) => list(w, 'THOIGIAN').every((g) => typeof g.MOTA === 'string' && list(g, 'PHILEPHI').every((f) => typeof f.SOTIEN === 'string' || typeof f.SOTIEN === 'number'))))
    gaps.push('CACHTHUCTHUCHIEN[].THOIGIAN[].MOTA / PHILEPHI[].SOTIEN');
  for (const k of ['COQUANTHUCHIEN', 'COQUANCOTHAMQUYEN'])
    if (list(t, k).length === 0 || !list(t, k).every((u) => typeof u.MADONVI === 'string' && typeof u.TENDONVI === 'string')) gaps.push(`${k}[].MADONVI/TENDONVI`);
  if (typeof t.MACOQUANCONGBO !== 'string') gaps.push('MACOQUANCONGBO');
  if (!Array.isArray(t.TRINHTUTHUCHIEN)) gaps.push('TRINHTUTHUCHIEN');
  if (Number.isNaN(Number.parseInt(String(t.TRANGTHAI), 10))) gaps.push('TRANGTHAI');
  return gaps;
}

export const dvcqgClientChecks: Check<DvcqgContext>[] = [
  {
    name: 'dvcqg-opencps-dossier-body',
    async run(ctx) {
      const code = newCode(ctx);
      return syncAndLookup(ctx, openCpsDossier(ctx, code), progressRow(code, '4'), { MaHoSo: code, TrangThaiHoSo: '4', MaLinhVuc: 'HT', HinhThuc: '0' });
    },
  },
  {
    name: 'dvcqg-thanhhoa-dossier-body',
    async run(ctx) {
      const code = newCode(ctx);
      return syncAndLookup(ctx, thanhHoaDossier(ctx, code), progressRow(code, '4'), {
        MaHoSo: code, TrangThaiHoSo: '4', HoSoCoThanhPhanSoHoa: '1', TaiKhoanDuocXacThucVoiVNeID: '1', DuocThanhToanTrucTuyen: '1', DSKetNoiCSDL: [{ MaCSDL: '7' }],
      });
    },
  },
  {
    name: 'dvcqg-key-case-variants',
    async run(ctx) {
      const gaps: string[] = [];
      const upper = await call(ctx, 'LayThuTuc', { MaTTHC: '1.001193' }); // Thanh Hóa
      const lower = await call(ctx, 'LayThuTuc', { maTTHC: '1.001193' }); // OpenCPS
      if (!ok(upper) || !ok(lower) || results(upper)[0]?.MATTHC !== results(lower)[0]?.MATTHC || results(upper).length === 0)
        gaps.push(`LayThuTuc MaTTHC ${describe(upper)} / maTTHC ${describe(lower)}`);
      const code = newCode(ctx);
      const created = await call(ctx, 'DongBoHoSoMC', { isUpdating: 'False', data: [{ mahoso: code, maTTHC: '1.001193', trangThaiHoSo: '2', NgayTiepNhan: at(30) }] });
      if (!ok(created)) gaps.push(`DongBoHoSoMC {mahoso, maTTHC, trangThaiHoSo}: ${describe(created)}`);
      for (const key of ['MaHoSo', 'mahoso', 'MAHOSO']) {
        const found = await call(ctx, 'TraCuuHoSo', { [key]: code });
        if (!ok(found) || results(found)[0]?.MaHoSo !== code) gaps.push(`TraCuuHoSo {${key}}: ${describe(found)}`);
      }
      return { ok: gaps.length === 0, detail: gaps.length ? gaps.join('; ') : 'MaTTHC/maTTHC and MaHoSo/mahoso/MAHOSO read alike' };
    },
  },
  {
    name: 'dvcqg-errors-readable-by-clients',
    async run(ctx) {
      const cases: [string, Promise<HttpAnswer>][] = [
        ['expired session', call(ctx, 'LayThuTuc', { maTTHC: '1.001193' }, 'phien-da-het-han')],
        ['unknown procedure', call(ctx, 'LayThuTuc', { maTTHC: '9.999999' })],
        ['unknown service', call(ctx, 'LayDanhMucQuocTich', {})],
        ['malformed dossier', call(ctx, 'DongBoHoSoMC', { isUpdating: 'False', data: [{ MaHoSo: 'KHONG-DUNG', TrangThaiHoSo: '99' }] })],
      ];
      const bad: string[] = [];
      for (const [name, p] of cases) {
        const a = await p;
        const n = errorCode(a);
        // HTTP 200 (OpenCPS reads only a 200 body), an integer error_code ≠ 0 (getInt), a message to show
        if (a.status !== 200 || !Number.isInteger(n) || n === 0 || typeof a.json?.message !== 'string' || a.json.message === '') bad.push(`${name}: ${describe(a)}`);
      }
      return { ok: bad.length === 0, detail: bad.length ? bad.join('; ') : 'every refusal is HTTP 200 with an integer error_code ≠ 0 and a message' };
    },
  },
  {
    name: 'dvcqg-login-before-every-call',
    async run(ctx) {
      // after ten minutes OpenCPS logs in before each call: a province syncing a batch logs in many times a minute
      const sessions: string[] = [];
      for (let i = 0; i < 15; i++) {
        const l = await login(ctx);
        const session = l.json?.session;
        if (!ok(l) || typeof session !== 'string') return { ok: false, detail: `login ${i + 1}: ${describe(l)}` };
        sessions.push(session);
        const a = await call(ctx, 'LayDanhMucLinhVuc', {}, session);
        if (!ok(a)) return { ok: false, detail: `call ${i + 1} after its login: ${describe(a)}` };
      }
      const first = await call(ctx, 'LayDanhMucCoQuan', {}, sessions[0]);
      return ok(first)
        ? { ok: true, detail: '15 logins, each followed by a call; the first session still answers' }
        : { ok: false, detail: `first session after 15 logins: ${describe(first)}` };
    },
  },
  {
    name: 'dvcqg-laythutuc-nested-fields',
    async run(ctx) {
      const listed = results(await call(ctx, 'LayDanhSachTTHC', {}))[0]?.MATTHC;
      if (typeof listed !== 'string') return { ok: false, detail: 'LayDanhSachTTHC names no procedure to ask for' };
      const a = await call(ctx, 'LayThuTuc', { maTTHC: listed });
      const gaps = nestedGaps(results(a)[0]);
      return gaps.length === 0 && ok(a) ? { ok: true, detail: `${listed}: the nested fields both clients read` } : { ok: false, detail: `${describe(a)} missing ${gaps.join(', ')}` };
    },
  },
  {
    name: 'dvcqg-legacy-codes-accepted',
    async run(ctx) {
      const body = ctx.agencyCode.slice(-3);
      const day = wireDate(new Date()).slice(2, 8);
      const codes = [`${body}.65-${day}-${randomDigits(3)}1`, `${ctx.agencyCode}-${day}-${randomDigits(5)}1`];
      for (const code of codes) {
        const r = await syncAndLookup(ctx, openCpsDossier(ctx, code), progressRow(code, '4'), { MaHoSo: code, TrangThaiHoSo: '4' });
        if (!r.ok) return { ok: false, detail: `${code}: ${r.detail}` };
      }
      return { ok: true, detail: `${codes.join(', ')} kept verbatim and found` };
    },
  },
];
