/**
 * Accounts from e-ID claims (domain-vn.md §6.6): validate the personal ID (with birth-date consistency) and the tax
 * code, then create or update the account and record the level of assurance.
 */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { checkPersonalId, isValidTaxCode, normaliseTaxCode } from '../../lib/vn-ids.ts';
import { isEmail, normalisePhone } from '../notifications/notifications.service.ts';
import { presentAccount, type Account } from './account.ts';
import { upsertAccount, type AccountUpsert } from './accounts.repository.ts';

export interface AccountInput {
  kind: 'citizen' | 'organisation';
  personalId?: string | null;
  taxCode?: string | null;
  name: string;
  birthDate?: string | null;
  gender?: 'male' | 'female' | null;
  loa?: number;
  eidSubject?: string | null;
  /** The registered contact as the e-ID reports it (SoDienThoai, ThuDienTu); a malformed one is ignored. */
  phone?: string | null;
  email?: string | null;
}

function validate(input: AccountInput): AccountUpsert {
  const name = input.name.normalize('NFC').trim();
  if (!name || name.length > 300) throw new AppError('validation-failed', { errors: [{ path: '/name', message: 'required, ≤ 300 characters' }] });
  const birthDate = input.birthDate ?? null;
  if (birthDate !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || Number.isNaN(Date.parse(birthDate)))) {
    throw new AppError('validation-failed', { errors: [{ path: '/birthDate', message: 'YYYY-MM-DD' }] });
  }
  const loa = input.loa ?? 1;
  if (!Number.isInteger(loa) || loa < 1 || loa > 3) throw new AppError('validation-failed', { errors: [{ path: '/loa', message: '1–3' }] });
  let personalId: string | null = null;
  let gender = input.gender ?? null;
  if (input.personalId) {
    const check = checkPersonalId(input.personalId, input.kind === 'citizen' ? (birthDate ?? undefined) : undefined);
    if (!check.ok) throw new AppError('invalid-personal-id', { detail: check.reason });
    if (input.kind === 'citizen') {
      if (gender !== null && gender !== check.info.gender) {
        throw new AppError('invalid-personal-id', { detail: 'The gender digit does not match the gender' });
      }
      gender = check.info.gender;
    }
    personalId = input.personalId;
  } else if (input.kind === 'citizen') {
    throw new AppError('invalid-personal-id', { detail: 'A citizen account needs a personal ID' });
  }
  let taxCode: string | null = null;
  if (input.kind === 'organisation') {
    if (!input.taxCode || !isValidTaxCode(input.taxCode)) throw new AppError('invalid-tax-code');
    taxCode = normaliseTaxCode(input.taxCode);
  }
  return {
    kind: input.kind,
    personalId: input.kind === 'citizen' ? personalId : null,
    taxCode,
    name,
    birthDate: input.kind === 'citizen' ? birthDate : null,
    gender: input.kind === 'citizen' ? gender : null,
    loa,
    eidSubject: input.eidSubject ?? null,
    phone: input.phone ? normalisePhone(input.phone) : null,
    email: input.email && isEmail(input.email.trim()) ? input.email.trim() : null,
  };
}

/** Create or update an account (by personal ID / tax code). `login: true` stamps the last login. */
export async function saveAccount(db: Db, input: AccountInput, opts: { login?: boolean } = {}): Promise<Account> {
  return presentAccount(await upsertAccount(db, validate(input), opts.login ?? false));
}

/** Parse dd/mm/yyyy, yyyymmdd or yyyy-mm-dd as the e-ID may send them. */
function parseEidDate(v: unknown): string | null {
  if (typeof v !== 'string' || !v) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  throw new AppError('validation-failed', { detail: `Unreadable NgayThangNamSinh ${v}` });
}

function parseGender(v: unknown): 'male' | 'female' | null {
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFC').trim().toLowerCase();
  if (s === 'nam' || s === '1' || s === 'male') return 'male';
  if (s === 'nữ' || s === 'nu' || s === '0' || s === '2' || s === 'female') return 'female';
  return null;
}

/** Map DVCQG/VNeID user-info claims (LoaiTaiKhoan 1 = citizen, 2 = enterprise) to an account. */
export function accountInputFromClaims(claims: Record<string, unknown>): AccountInput {
  const str = (k: string): string | null => (typeof claims[k] === 'string' && claims[k] !== '' ? (claims[k]) : null);
  const loa = Number(Array.isArray(claims.loAs) ? claims.loAs[0] : (claims.loAs ?? claims.IAL ?? 1));
  const sub = typeof claims.sub === 'string' ? claims.sub : null;
  const contact = { phone: str('SoDienThoai'), email: str('ThuDienTu') };
  if (String(claims.LoaiTaiKhoan) === '2') {
    return { kind: 'organisation', taxCode: str('MaSoThue') ?? str('MaSoDoanhNghiep'), name: str('TenDoanhNghiep') ?? '', loa: Number.isInteger(loa) ? loa : 1, eidSubject: sub, ...contact };
  }
  return {
    kind: 'citizen',
    personalId: str('SoDinhDanh'),
    name: str('HoVaTen') ?? '',
    birthDate: parseEidDate(claims.NgayThangNamSinh),
    gender: parseGender(claims.GioiTinh),
    loa: Number.isInteger(loa) ? loa : 1,
    eidSubject: sub,
    ...contact,
  };
}
