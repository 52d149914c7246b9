import { describe, expect, it } from 'vitest';
import { isAcceptedDossierCode, isLegacyDossierCode, parseDossierCode } from './dossier-code.ts';

describe('dossier codes', () => {
  it('reads the standard, re-coded and the two legacy shapes', () => {
    expect(parseDossierCode('000.00.06.H56-250901-0005')).toEqual({ kind: 'standard', agencyCode: '000.00.06.H56', body: 'H56', day: '2025-09-01', seq: 5 });
    expect(parseDossierCode('000.00.06.H56-250901-00005')).toMatchObject({ kind: 'recoded', seq: 5 });
    expect(parseDossierCode('000.00.01.H49-240101-000123')).toEqual({ kind: 'legacy-six-digit', agencyCode: '000.00.01.H49', body: 'H49', day: '2024-01-01', seq: 123 });
    expect(parseDossierCode('H21.65-220914-0011')).toEqual({ kind: 'legacy-short-agency', agencyCode: '000.00.00.H21', body: 'H21', day: '2022-09-14', seq: 11 });
    expect(parseDossierCode('H21.65-220914-000011')).toMatchObject({ kind: 'legacy-short-agency', seq: 11 });
    expect(parseDossierCode('G15.01-240229-12345')).toMatchObject({ kind: 'legacy-short-agency', day: '2024-02-29', seq: 12345 });
    expect(isLegacyDossierCode('H21.65-220914-0011')).toBe(true);
    expect(isLegacyDossierCode('000.00.01.H49-240101-000123')).toBe(true);
    expect(isLegacyDossierCode('000.00.06.H56-250901-0005')).toBe(false);
  });

  it('refuses everything else', () => {
    for (const bad of [
      '',
      'KHONG-DUNG-MA',
      '00352112000539', // an older system's bare number: kept as a legacy reference on import, never a dossier code
      '000.00.06.H56-250901-005', // 3 digits
      '000.00.06.H56-250901-0000005', // 7 digits
      '000.00.06.H56-250901-0000', // sequence 0
      'H21.65-220914-000000',
      '000.00.06.H56-251301-0005', // month 13
      '000.00.06.H56-230229-0005', // 29 February 2023
      'H21.65-220931-0011', // 31 September
      'h21.65-220914-0011', // lower case
      'H21.6-220914-0011', // one-digit unit
      'H21.655-220914-0011', // three-digit unit
      'H21-220914-0011', // no unit
      'HH1.65-220914-0011',
      'H21.65.01-220914-0011',
      ' H21.65-220914-0011',
      'H21.65-220914-0011 ',
      'H21.65_220914_0011',
      'H21.65-2209140-011',
      '00.00.06.H56-250901-0005',
      '000.00.06.H5-250901-0005',
      '000.00.06.H56-250901-0005-1',
      "H21.65-220914-0011';--",
    ])
      expect(isAcceptedDossierCode(bad), bad).toBe(false);
    expect(isAcceptedDossierCode(42)).toBe(false);
  });
});
