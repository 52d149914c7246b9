/**
 * Checks of the DVCQG integration API (domain-vn.md §6.1–6.3) against any endpoint claiming it: login with and
 * without `dstcode`, bad session, DongBoHoSoMC create / duplicate create ("-3"/"3" … "đã tồn tại") / update, bad
 * date and status formats refused, CapNhatTienDoHoSoMC idempotent and ordered by progress time (seen through
 * TraCuuHoSo), answers shaped `{error_code, message}` with "thành công" on success.
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
  const ok = a.status >= 400 && a.status < 500 && a.json?.error_code !== undefined && code(a) !== '0';
  return {
    ok,
    detail: ok ? `refused: ${describe(a)}` : `expected a 4xx with error_code ≠ 0: ${describe(a)}`,
  };
}

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
      const ok = a.status >= 400 && a.status < 500 && typeof a.json?.session !== 'string';
      return { ok, detail: ok ? `refused: ${describe(a)}` : `a session was given or no 4xx: ${describe(a)}` };
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
];
