/**
 * Vietnamese identifiers (domain-vn.md §4.2–§4.5): the 12-digit personal ID, the enterprise/tax code with its
 * check digit, and the agency electronic identification code.
 */

/** Province/country prefixes of the 12-digit personal ID that were ever assigned (Circular 07/2016/TT-BCA). */
const PERSONAL_ID_PREFIXES = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

export interface PersonalIdInfo {
  provinceCode: string;
  gender: 'male' | 'female';
  birthYear: number;
}

export type PersonalIdCheck = { ok: true; info: PersonalIdInfo } | { ok: false; reason: string };

/**
 * Check a 12-digit personal ID `PPP G YY SSSSSS`. `birthDate` (YYYY-MM-DD), when given, must agree with the
 * century/gender digit and the year digits.
 */
export function checkPersonalId(id: string, birthDate?: string): PersonalIdCheck {
  if (!/^\d{12}$/.test(id)) return { ok: false, reason: 'must be exactly 12 digits' };
  const provinceCode = id.slice(0, 3);
  if (!PERSONAL_ID_PREFIXES.has(provinceCode)) return { ok: false, reason: `unknown province code ${provinceCode}` };
  const g = Number(id[3]);
  if (g > 9) return { ok: false, reason: 'invalid century/gender digit' };
  const birthYear = 1900 + 100 * Math.floor(g / 2) + Number(id.slice(4, 6));
  const gender = g % 2 === 0 ? 'male' : 'female';
  if (birthYear > new Date().getUTCFullYear()) return { ok: false, reason: 'birth year is in the future' };
  if (birthDate !== undefined) {
    const m = /^(\d{4})-\d{2}-\d{2}$/.exec(birthDate);
    if (!m) return { ok: false, reason: 'birth date must be YYYY-MM-DD' };
    if (Number(m[1]) !== birthYear) {
      return { ok: false, reason: `birth year ${m[1]} does not match the ID (${birthYear})` };
    }
  }
  return { ok: true, info: { provinceCode, gender, birthYear } };
}

export function isValidPersonalId(id: string, birthDate?: string): boolean {
  return checkPersonalId(id, birthDate).ok;
}

const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Tax code: 10 digits, or 13 for a branch (`NNNNNNNNNN-NNN` or without the dash), with the check digit. */
export function isValidTaxCode(code: string): boolean {
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(code);
  if (!m) return false;
  const base = m[1]!;
  if (m[2] === '000') return false;
  if (base.slice(2, 9) === '0000000') return false;
  const sum = TAX_WEIGHTS.reduce((acc, w, i) => acc + w * Number(base[i]), 0);
  const check = (10 - (sum % 11)) % 11;
  return check < 10 && check === Number(base[9]);
}

/** Canonical form of a tax code: `NNNNNNNNNN` or `NNNNNNNNNN-NNN`. */
export function normaliseTaxCode(code: string): string {
  const digits = code.replace(/-/g, '');
  return digits.length === 13 ? `${digits.slice(0, 10)}-${digits.slice(10)}` : digits;
}

/** Agency electronic identification code `V1V2V3.Z1Z2.Y1Y2.MX1X2` (QCVN 102:2016, Decision 20/2020). */
export const AGENCY_CODE_PATTERN = '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$';
const AGENCY_CODE_RE = new RegExp(AGENCY_CODE_PATTERN);

export function isValidAgencyCode(code: string): boolean {
  return AGENCY_CODE_RE.test(code);
}
