/**
 * The catalogue services of the DVCQG-compatible API (issue 15 §2), from the national catalogue and reference
 * data, with the field sets the real clients read: `LayThuTuc` (one procedure, `MaTTHC` in any case: OpenCPS sends
 * `maTTHC`), `LayDanhSachTTHC` (MATTHC, TENTTHC: OpenCPS maps its procedures by them), `LayDanhMucCoQuan`
 * (MADONVI, TENDONVI, CAPDONVI) and `LayDanhMucLinhVuc` (MALINHVUC, TENLINHVUC, MANGANH: OpenCPS keeps the sectors
 * whose MANGANH is its `madonvi`). Answers are `{error_code: "0", message, result: [...]}`.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { getPublishedProcedure, vnToday } from '../catalogue/catalogue.service.ts';
import { nationalProcedureCode } from '../catalogue/catalogue.ts';
import { SUCCESS_MESSAGE, type DvcqgAnswer } from './dvcqg.ts';
import { toDanhSachItem, toLayThuTuc } from './laythutuc.ts';
import * as repo from './lists.repository.ts';

const ok = (result: unknown[]): DvcqgAnswer => ({ error_code: '0', message: SUCCESS_MESSAGE, result });

export async function layThuTuc(db: Db, body: Record<string, unknown>): Promise<DvcqgAnswer> {
  const raw = body.MaTTHC;
  const code = typeof raw === 'string' ? nationalProcedureCode(raw) : undefined;
  if (!code) throw new AppError('dvcqg-invalid', { errors: [{ path: '/MaTTHC', message: 'a procedure code such as 1.001193' }] });
  let v;
  try {
    v = await getPublishedProcedure(db, code);
  } catch (err) {
    if (err instanceof AppError && err.status === 404) throw new AppError('dvcqg-not-found', { data: { MaTTHC: code } });
    throw err;
  }
  const known = new Map((await repo.agenciesOpen(db, vnToday(), v.agencyCodes)).map((a) => [a.code, a.name]));
  const agencies = v.agencyCodes.map((c) => ({ code: c, name: known.get(c) ?? '' }));
  const publisher = (await repo.sectorMinistry(db, v.sectorCode)) ?? v.agencyCodes[0] ?? '';
  return ok([toLayThuTuc(v, { agencies, publisher })]);
}

export async function danhSachTTHC(db: Db): Promise<DvcqgAnswer> {
  return ok((await repo.proceduresInForce(db, vnToday())).map(toDanhSachItem));
}

export async function danhMucCoQuan(db: Db): Promise<DvcqgAnswer> {
  return ok(
    (await repo.agenciesOpen(db, vnToday())).map((a) => ({
      MADONVI: a.code,
      TENDONVI: a.name,
      CAPDONVI: String(a.level),
      MADONVICHA: a.parentCode ?? '',
    })),
  );
}

export async function danhMucLinhVuc(db: Db): Promise<DvcqgAnswer> {
  return ok((await repo.openSectors(db)).map((s) => ({ MALINHVUC: s.code, TENLINHVUC: s.name, MANGANH: s.ministryCode ?? '' })));
}
