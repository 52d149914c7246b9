import { describe, expect, it } from 'vitest';
import { checkPersonalId, isValidAgencyCode, isValidPersonalId, isValidTaxCode, normaliseTaxCode } from './vn-ids.ts';
import { fold } from './fold.ts';

describe('personal ID', () => {
  it('decodes province, gender and birth year', () => {
    expect(checkPersonalId('038087042028')).toEqual({
      ok: true,
      info: { provinceCode: '038', gender: 'male', birthYear: 1987 },
    });
    expect(checkPersonalId('001305000123')).toMatchObject({ ok: true, info: { gender: 'female', birthYear: 2005 } });
  });
  it('rejects wrong length, letters, unknown provinces and future years', () => {
    for (const bad of ['03808704202', '0380870420281', '03808704202a', '003087042028', '000087042028', '001399000001']) {
      expect(isValidPersonalId(bad), bad).toBe(false);
    }
  });
  it('checks the birth date against the century digit', () => {
    expect(isValidPersonalId('038087042028', '1987-05-01')).toBe(true);
    expect(isValidPersonalId('038087042028', '2087-05-01')).toBe(false);
    expect(isValidPersonalId('038287042028', '1987-05-01')).toBe(false);
    expect(isValidPersonalId('038087042028', '1987-5-1')).toBe(false);
  });
});

describe('tax code', () => {
  it('accepts real codes with a valid check digit, with or without the branch dash', () => {
    expect(isValidTaxCode('0100233488')).toBe(true);
    expect(isValidTaxCode('0314409058-002')).toBe(true);
    expect(isValidTaxCode('0314409058002')).toBe(true);
    expect(normaliseTaxCode('0314409058002')).toBe('0314409058-002');
  });
  it('rejects a wrong check digit, a zero body, a 000 branch and bad shapes', () => {
    for (const bad of ['0100233487', '0100000000', '0314409058-000', '010023348', '01002334881', 'abcdefghij']) {
      expect(isValidTaxCode(bad), bad).toBe(false);
    }
  });
});

describe('agency code', () => {
  it('follows V1V2V3.Z1Z2.Y1Y2.MX1X2', () => {
    expect(isValidAgencyCode('000.00.00.H56')).toBe(true);
    expect(isValidAgencyCode('000.17.22.H56')).toBe(true);
    expect(isValidAgencyCode('000.00.00.G01')).toBe(true);
    for (const bad of ['000.00.00.h56', '00.00.00.H56', '000.00.00.H5', '000-00-00-H56', "000.00.00.H56'--"]) {
      expect(isValidAgencyCode(bad), bad).toBe(false);
    }
  });
});

describe('fold', () => {
  it('removes every Vietnamese mark, including đ', () => {
    expect(fold('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(fold('Ủy ban nhân dân Ở ĐẦU Ữ Ỹ Ỵ ặ')).toBe('uy ban nhan dan o dau u y y a');
    expect(fold('Đăng ký'.normalize('NFD'))).toBe('dang ky');
  });
});
