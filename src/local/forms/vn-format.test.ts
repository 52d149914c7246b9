import { describe, expect, it } from 'vitest';
import {
  formatPlaceDate,
  formatVnDate,
  formatVnDateTime,
  formatVnShortDateTime,
  formatVnTime,
  formatVnd,
  numberToVnWords,
  parseVnInstant,
  vndInWords,
} from './vn-format.ts';

describe('money', () => {
  it('groups digits with dots and says đồng', () => {
    expect(formatVnd(1500000)).toBe('1.500.000 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
    expect(formatVnd(50000)).toBe('50.000 đồng');
    expect(formatVnd(999)).toBe('999 đồng');
    expect(formatVnd(1234567890)).toBe('1.234.567.890 đồng');
  });

  it('reads amounts in words', () => {
    expect(vndInWords(1500000)).toBe('Một triệu năm trăm nghìn đồng');
    expect(vndInWords(0)).toBe('Không đồng');
    expect(numberToVnWords(10)).toBe('mười');
    expect(numberToVnWords(15)).toBe('mười lăm');
    expect(numberToVnWords(21)).toBe('hai mươi mốt');
    expect(numberToVnWords(25)).toBe('hai mươi lăm');
    expect(numberToVnWords(105)).toBe('một trăm linh năm');
    expect(numberToVnWords(110)).toBe('một trăm mười');
    expect(numberToVnWords(1005)).toBe('một nghìn không trăm linh năm');
    expect(numberToVnWords(50000)).toBe('năm mươi nghìn');
    expect(numberToVnWords(2_000_050)).toBe('hai triệu không trăm năm mươi');
    expect(numberToVnWords(1_000_000_000)).toBe('một tỷ');
    expect(numberToVnWords(3_250_000_000_000)).toBe('ba nghìn tỷ hai trăm năm mươi tỷ');
    expect(vndInWords(215_000)).toBe('Hai trăm mười lăm nghìn đồng');
  });

  it('refuses fractions and negatives', () => {
    expect(() => numberToVnWords(-1)).toThrow(RangeError);
    expect(() => formatVnd(1.5)).toThrow(RangeError);
  });
});

describe('dates and times', () => {
  it('writes letter dates with Decree 30 leading zeros', () => {
    expect(formatVnDate('2025-04-24T16:00:00+07:00')).toBe('ngày 24 tháng 4 năm 2025');
    expect(formatVnDate('2025-02-05T08:00:00+07:00')).toBe('ngày 05 tháng 02 năm 2025');
    expect(formatVnDate('2025-12-01T08:00:00+07:00')).toBe('ngày 01 tháng 12 năm 2025');
    expect(formatPlaceDate('Thanh Hóa', '2025-04-24T16:00:00+07:00')).toBe(
      'Thanh Hóa, ngày 24 tháng 4 năm 2025',
    );
  });

  it('writes times on the 24-hour clock', () => {
    expect(formatVnTime('2025-04-24T16:00:00+07:00')).toBe('16 giờ 00 phút');
    expect(formatVnTime('2025-04-24T09:05:00+07:00')).toBe('9 giờ 05 phút');
    expect(formatVnDateTime('2025-04-24T16:00:00+07:00')).toBe('16 giờ 00 phút, ngày 24 tháng 4 năm 2025');
    expect(formatVnShortDateTime('2025-04-24T16:00:00+07:00')).toBe('24/04/2025 16:00');
  });

  it('shows every instant in Vietnam time', () => {
    // 17:30 UTC on 23 April is 00:30 on 24 April in Vietnam.
    expect(formatVnDateTime('2025-04-23T17:30:00Z')).toBe('0 giờ 30 phút, ngày 24 tháng 4 năm 2025');
  });

  it('rejects strings without an offset and impossible dates', () => {
    expect(parseVnInstant('2025-04-24T16:00:00')).toBeUndefined();
    expect(parseVnInstant('2025-02-30T16:00:00+07:00')).toBeUndefined();
    expect(parseVnInstant('24/04/2025')).toBeUndefined();
    expect(parseVnInstant('2025-04-24T24:00:00+07:00')).toBeUndefined();
    expect(() => formatVnDate('2025-13-01T00:00:00+07:00')).toThrow(RangeError);
  });
});
