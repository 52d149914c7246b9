import { describe, expect, it } from 'vitest';
import { extractCheckCode, formatCheckCode, maskDossierCode, maskRecipient, newCheckCode, parseCheckCode } from './check-code.ts';

describe('message check codes', () => {
  it('are 8 characters of Crockford base32, random, printed XXXX-XXXX', () => {
    const codes = new Set(Array.from({ length: 2000 }, newCheckCode));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(formatCheckCode('K7QM2XPA')).toBe('K7QM-2XPA');
  });

  it('read what a person types: case, dashes, spaces, O/I/L', () => {
    expect(parseCheckCode('k7qm-2xpa')).toBe('K7QM2XPA');
    expect(parseCheckCode(' K7QM 2XPA ')).toBe('K7QM2XPA');
    expect(parseCheckCode('AOIL-2XPA')).toBe('A011' + '2XPA');
    expect(parseCheckCode('K7QM-2XP')).toBeUndefined();
    expect(parseCheckCode('K7QM-2XPU')).toBeUndefined();
  });

  it('find the code in a pasted message, never a piece of the dossier code', () => {
    expect(extractCheckCode('K7QM2XPA')).toBe('K7QM2XPA');
    expect(extractCheckCode('Hồ sơ 000.00.06.H56-250715-0001 đã được tiếp nhận. Mã kiểm tra tin nhắn: K7QM-2XPA (kiểm tra tại https://x/kiem-tra-tin-nhan).')).toBe('K7QM2XPA');
    expect(extractCheckCode('Ma kiem tra: k7qm 2xpa')).toBe('K7QM2XPA');
    expect(extractCheckCode('Ho so 000.00.06.H56-250715-0001 da duoc tiep nhan, ma 1234-5678')).toBe('12345678');
    expect(extractCheckCode('Hồ sơ 000.00.06.H56-250715-0001 cần nộp phạt, gọi 0912345678')).toBeUndefined();
    expect(extractCheckCode('AAAA-BBBB CCCC-DDDD')).toBeUndefined();
  });

  it('mask recipients and dossier codes to a fixed shape', () => {
    expect(maskRecipient('sms', '0912345678')).toBe('091****678');
    expect(maskRecipient('email', 'nguyen.an@example.vn')).toBe('n***@example.vn');
    expect(maskDossierCode('000.00.06.H56-250715-0001')).toBe('000.00.06.H56-******-**01');
    expect(maskDossierCode('H56.22-ABC-123456')).toBe('H56.******56');
  });
});
