/**
 * Checks of the DVCQG integration API (domain-vn.md §6.1–6.3) against any endpoint claiming it: login with and
 * without `dstcode`, bad session, DongBoHoSoMC create / duplicate create ("-3"/"3" … "đã tồn tại") / update, bad
 * date and status formats refused, CapNhatTienDoHoSoMC idempotent and ordered by progress time (seen through
 * TraCuuHoSo), answers shaped `{error_code, message}` with "thành công" on success.
 *
 * As the real clients need it (issue 15): refusals are HTTP 200 with `error_code` ≠ 0 and a message (OpenCPS reads
 * only the body of a 200 answer); keys in another case (`mahoso`, `maTTHC`) and unknown keys are accepted; a
 * session stays usable after later logins; LayThuTuc answers the fields OpenCPS and the Thanh Hóa client read;
 * LayDanhSachTTHC, LayDanhMucCoQuan and LayDanhMucLinhVuc answer their lists.
 */
import { describe, http, randomDigits, wireDate, type Check, type HttpAnswer } from './kit.ts';

export interface DvcqgContext {
  target: string;
  username: string;
  password: string;
  dstcode: string;
  /** Agency code used to make test dossier codes (`<agency>-YYMMDD-NNNNN`). */
  agencyCode: string;
  loginPath: string;
  integrationPath: string;
  session?: string;
  maHoSo?: string;
}

const login = (ctx: DvcqgContext, headers: Record<string, string>) =>
  http(`${ctx.target}${ctx.loginPath}`, { username: ctx.username, password: ctx.password }, headers);

const call = (
  ctx: DvcqgContext,
  service: string,
  params: Record<string, unknown>,
  session = ctx.session ?? '',
) =>
  http(
    `${ctx.target}${ctx.integrationPath}`,
    { session, madonvi: ctx.agencyCode, service, ...params },
    { dstcode: ctx.dstcode },
  );

const code = (a: HttpAnswer) => String(a.json?.error_code);
const message = (a: HttpAnswer) => (typeof a.json?.message === 'string' ? a.json.message : '');

function success(a: HttpAnswer): { ok: boolean; detail: string } {
  const ok = a.status === 200 && code(a) === '0' && message(a).toLowerCase().includes('thành công');
  return {
    ok,
    detail: ok
      ? `error_code 0, "${message(a)}"`
      : `expected error_code "0" and "thành công": ${describe(a)} "${message(a)}"`,
  };
}

function refusedDvcqg(a: HttpAnswer): { ok: boolean; detail: string } {
  const ok = a.status === 200 && a.json?.error_code !== undefined && code(a) !== '0' && message(a).length > 0;
  return {
    ok,
    detail: ok ? `refused: ${describe(a)}` : `expected HTTP 200 with error_code ≠ 0 and a message: ${describe(a)}`,
  };
}

const results = (a: HttpAnswer): Record<string, unknown>[] =>
  Array.isArray(a.json?.result) ? (a.json.result as Record<string, unknown>[]) : [];
/** The keys of `fields` missing from `o` (a client that reads them fails without them). */
const missing = (o: Record<string, unknown> | undefined, fields: readonly string[]) =>
  o ? fields.filter((f) => o[f] === undefined || o[f] === null) : [...fields];
const isUnitList = (v: unknown) =>
  Array.isArray(v) && v.every((u) => typeof (u as Record<string, unknown>)?.MADONVI === 'string' && typeof (u as Record<string, unknown>)?.TENDONVI === 'string');

/** What OpenCPS (syncServiceInfo) and the Thanh Hóa client (ThuTucApp/Service.cs) read from a LayThuTuc package. */
const LAYTHUTUC_FIELDS = [
  'ID', 'MATTHC', 'TENTTHC', 'LOAITTHC', 'TRANGTHAI', 'MACOQUANCONGBO', 'YEUCAU', 'TRINHTUTHUCHIEN', 'DOITUONGTHUCHIEN',
  'LINHVUCTHUCHIEN', 'CAPTHUCHIEN', 'CACHTHUCTHUCHIEN', 'THANHPHANHOSO', 'KETQUATHUCHIEN', 'CANCUPHAPLY', 'COQUANTHUCHIEN', 'COQUANCOTHAMQUYEN',
] as const;

function dossier(ctx: DvcqgContext, over: Record<string, unknown> = {}) {
  const now = wireDate(new Date(Date.now() - 3600_000));
  return {
    MaHoSo: ctx.maHoSo,
    MaTTHC: '1.001193',
    TenTTHC: 'Kiểm tra tuân thủ',
    KenhThucHien: '1',
    ChuHoSo: 'Kiểm Tra',
    NgayNopHoSo: now,
    NgayTiepNhan: now,
    TrangThaiHoSo: '2',
    ...over,
  };
}

const row = (ctx: DvcqgContext, status: string, at: Date) => ({
  MaHoSo: ctx.maHoSo,
  NguoiXuLy: 'Bộ kiểm tra',
  ChucDanh: '',
  ThoiDiemXuLy: wireDate(at),
  PhongBanXuLy: 'Kiểm tra',
  NoiDungXuLy: `Trạng thái ${status}`,
  TrangThai: status,
  NgayBatDau: wireDate(at),
});

export const dvcqgChecks: Check<DvcqgContext>[] = [
  {
    name: 'dvcqg-login-without-dstcode-refused',
    async run(ctx) {
      const a = await login(ctx, {});
      const r = refusedDvcqg(a);
      const ok = r.ok && typeof a.json?.session !== 'string';
      return { ok, detail: ok ? r.detail : `a session was given or not HTTP 200 with error_code ≠ 0: ${describe(a)}` };
    },
  },
  {
    name: 'dvcqg-login',
    async run(ctx) {
      const a = await login(ctx, { dstcode: ctx.dstcode });
      if (a.status !== 200 || code(a) !== '0' || typeof a.json?.session !== 'string')
        return { ok: false, detail: describe(a) };
      ctx.session = a.json.session;
      ctx.maHoSo = `${ctx.agencyCode}-${wireDate(new Date()).slice(2, 8)}-${randomDigits(5)}`;
      return { ok: true, detail: 'error_code 0 with a session' };
    },
  },
  {
    name: 'dvcqg-bad-session-refused',
    run: async (ctx) =>
      refusedDvcqg(await call(ctx, 'TraCuuHoSo', { MaHoSo: ctx.maHoSo }, 'phien-khong-hop-le')),
  },
  {
    name: 'dvcqg-create-dossier',
    run: async (ctx) =>
      success(await call(ctx, 'DongBoHoSoMC', { isUpdating: 'False', data: [dossier(ctx)] })),
  },
  {
    name: 'dvcqg-duplicate-create-already-exists',
    async run(ctx) {
      const a = await call(ctx, 'DongBoHoSoMC', { isUpdating: 'False', data: [dossier(ctx)] });
      const ok = ['-3', '3'].includes(code(a)) && message(a).includes('đã tồn tại');
      return {
        ok,
        detail: ok
          ? `${describe(a)} "${message(a)}"`
          : `expected error_code -3/3 "đã tồn tại": ${describe(a)} "${message(a)}"`,
      };
    },
  },
  {
    name: 'dvcqg-bad-date-format-refused',
    run: async (ctx) =>
      refusedDvcqg(
        await call(ctx, 'DongBoHoSoMC', {
          isUpdating: 'True',
          data: [dossier(ctx, { NgayTiepNhan: '27/11/2026 08:00:00' })],
        }),
      ),
  },
  {
    name: 'dvcqg-bad-status-refused',
    run: async (ctx) =>
      refusedDvcqg(
        await call(ctx, 'DongBoHoSoMC', {
          isUpdating: 'True',
          data: [dossier(ctx, { TrangThaiHoSo: '11' })],
        }),
      ),
  },
  {
    name: 'dvcqg-bad-dossier-code-refused',
    run: async (ctx) =>
      refusedDvcqg(
        await call(ctx, 'DongBoHoSoMC', {
          isUpdating: 'True',
          data: [dossier(ctx, { MaHoSo: 'KHONG-DUNG-MA' })],
        }),
      ),
  },
  {
    name: 'dvcqg-progress-idempotent-and-ordered',
    async run(ctx) {
      const t = Date.now() - 1800_000;
      const later = await call(ctx, 'CapNhatTienDoHoSoMC', {
        data: [row(ctx, '4', new Date(t)), row(ctx, '5', new Date(t + 60_000))],
      });
      const early = { data: [row(ctx, '2', new Date(t - 600_000))] };
      const e1 = await call(ctx, 'CapNhatTienDoHoSoMC', early);
      const e2 = await call(ctx, 'CapNhatTienDoHoSoMC', early);
      for (const [n, a] of [
        ['later rows', later],
        ['earlier row', e1],
        ['earlier row again', e2],
      ] as const)
        if (code(a) !== '0') return { ok: false, detail: `${n}: ${describe(a)}` };
      const found = await call(ctx, 'TraCuuHoSo', { MaHoSo: ctx.maHoSo });
      const first = Array.isArray(found.json?.result)
        ? (found.json.result[0] as Record<string, unknown> | undefined)
        : undefined;
      const status = String(first?.TrangThaiHoSo);
      return status === '5'
        ? { ok: true, detail: 'status 5 kept after an older row arrived late (twice)' }
        : { ok: false, detail: `TraCuuHoSo shows status ${status} (expected 5): ${describe(found)}` };
    },
  },
  {
    name: 'dvcqg-lookup-key-case-and-unknown-keys',
    async run(ctx) {
      const a = await call(ctx, 'TraCuuHoSo', { mahoso: ctx.maHoSo, donViXuLy: 'Kiểm tra' });
      const ok = code(a) === '0' && results(a).length === 1;
      return { ok, detail: ok ? '`mahoso` read, `donViXuLy` ignored' : `TraCuuHoSo {mahoso, donViXuLy}: ${describe(a)}` };
    },
  },
  {
    name: 'dvcqg-update-with-isUpdating',
    async run(ctx) {
      const r = success(
        await call(ctx, 'DongBoHoSoMC', {
          isUpdating: 'True',
          data: [dossier(ctx, { TrangThaiHoSo: '10', NgayTra: wireDate(new Date()) })],
        }),
      );
      if (!r.ok) return r;
      const found = await call(ctx, 'TraCuuHoSo', { MaHoSo: ctx.maHoSo });
      const first = Array.isArray(found.json?.result)
        ? (found.json.result[0] as Record<string, unknown> | undefined)
        : undefined;
      return String(first?.TrangThaiHoSo) === '10'
        ? r
        : { ok: false, detail: `after the update TraCuuHoSo shows ${JSON.stringify(first).slice(0, 160)}` };
    },
  },
  {
    name: 'dvcqg-session-reusable-after-new-login',
    async run(ctx) {
      const again = await login(ctx, { dstcode: ctx.dstcode });
      if (code(again) !== '0') return { ok: false, detail: `second login: ${describe(again)}` };
      const a = await call(ctx, 'LayDanhMucLinhVuc', {});
      const ok = code(a) === '0';
      return { ok, detail: ok ? 'the first session still answers after a second login' : `first session after a new login: ${describe(a)}` };
    },
  },
  {
    name: 'dvcqg-catalogue-lists',
    async run(ctx) {
      const lists = [
        ['LayDanhSachTTHC', ['MATTHC', 'TENTTHC']],
        ['LayDanhMucCoQuan', ['MADONVI', 'TENDONVI', 'CAPDONVI']],
        ['LayDanhMucLinhVuc', ['MALINHVUC', 'TENLINHVUC', 'MANGANH']],
      ] as const;
      for (const [service, fields] of lists) {
        const a = await call(ctx, service, {});
        const first = results(a)[0];
        if (code(a) !== '0' || !first || missing(first, fields).length)
          return { ok: false, detail: `${service}: ${describe(a)} missing ${missing(first, fields).join(', ')}` };
      }
      return { ok: true, detail: 'the three lists answer with their fields' };
    },
  },
  {
    name: 'dvcqg-laythutuc-real-clients-fields',
    async run(ctx) {
      const listed = results(await call(ctx, 'LayDanhSachTTHC', {}))[0]?.MATTHC;
      if (typeof listed !== 'string') return { ok: false, detail: 'LayDanhSachTTHC names no procedure to ask for' };
      // OpenCPS sends `maTTHC` (camelCase)
      const a = await call(ctx, 'LayThuTuc', { maTTHC: listed });
      const pkg = results(a)[0];
      const lacking = missing(pkg, LAYTHUTUC_FIELDS);
      if (code(a) !== '0' || lacking.length) return { ok: false, detail: `LayThuTuc {maTTHC}: ${describe(a)} missing ${lacking.join(', ')}` };
      const ok = isUnitList(pkg?.COQUANTHUCHIEN) && isUnitList(pkg?.COQUANCOTHAMQUYEN);
      return { ok, detail: ok ? `${listed}: every field read by OpenCPS and the Thanh Hóa client` : 'COQUANTHUCHIEN / COQUANCOTHAMQUYEN are not lists of {MADONVI, TENDONVI}' };
    },
  },
];
