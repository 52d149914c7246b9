import { describe, expect, it } from 'vitest';
import * as gw from '../../standins/payment-gateway/protocol.ts';
import {
  INIT_FIXED,
  callbackChecksum,
  checksum,
  formatVnd,
  initChecksum,
  parseVnTimestamp,
  paymentReference,
  vnTimestamp,
} from './protocol.ts';

describe('MaXacThuc checksum', () => {
  it('is lowercase hex SHA-256 of the |-joined fields and the secret (hand-computed vector)', () => {
    // printf 'a|b|s' | sha256sum
    expect(checksum(['a', 'b'], 's')).toBe('5202900e77742085752962a465278203238c089356902008e521aeea98dd05de');
  });

  it('signs an INIT over the 14 fields of §6.5 in order, UTF-8 (hand-computed vector)', () => {
    const m = {
      ...INIT_FIXED,
      MaDoiTac: 'MOTCUA-DEV',
      MaThamChieu: 'dvc00000006H56231027036120250314150405',
      SoTien: '1500000',
      ThongTinGiaoDich: 'Nộp phí hồ sơ',
      ThoiGianGD: '20250314150405',
      Ip: '127.0.0.1',
    };
    // printf '%s' 'INIT|1.0.6|MOTCUA-DEV|dvc00000006H56231027036120250314150405|1500000|PAY|1|1|vi-VN|VND|PAYMENT|Nộp phí hồ sơ|20250314150405|127.0.0.1|bí-mật' | sha256sum
    const expected = '71c8ff6d97fad4c82081d92bd16ff185881016a7c43c1dda39250b1dd5f356c9';
    expect(initChecksum(m, 'bí-mật')).toBe(expected);
    expect(gw.sign('INIT', m, 'bí-mật')).toBe(expected); // the stand-in's independent implementation agrees
  });

  it('client and stand-in agree on the callback checksum', () => {
    const m = {
      LoaiBanTin: 'CONFIRM', MaLoi: '00', MaDoiTac: 'P', MaThamChieu: 'dvc1', SoTien: '1000', MaTienTe: 'VND',
      MaGiaoDich: 'GD1', MaNganHang: 'PAYMENT', ThoiGianGD: '20250101000000', ThongTinGiaoDich: 'x',
    };
    expect(callbackChecksum(m, 'k')).toBe(gw.sign('CALLBACK', m, 'k'));
    expect(callbackChecksum(m, 'k')).toBe(checksum(['CONFIRM', '00', 'P', 'dvc1', '1000', 'VND', 'GD1', 'PAYMENT', '20250101000000', 'x'], 'k'));
  });
});

describe('wire time yyyyMMddHHmmss (Vietnam time, 24-hour clock)', () => {
  it('writes 15:04 as 1504, not 0304', () => {
    const at = new Date('2025-03-14T15:04:05+07:00');
    expect(vnTimestamp(at)).toBe('20250314150405');
    expect(vnTimestamp(at).slice(8, 12)).toBe('1504');
    expect(gw.vnNow(at)).toBe('20250314150405');
  });

  it('converts from UTC across midnight and reads back', () => {
    const at = new Date('2025-12-31T20:30:00Z');
    expect(vnTimestamp(at)).toBe('20260101033000');
    expect(parseVnTimestamp('20260101033000')?.toISOString()).toBe('2025-12-31T20:30:00.000Z');
    expect(parseVnTimestamp('20250230120000')).toBeUndefined();
    expect(parseVnTimestamp('20250101250000')).toBeUndefined();
  });
});

describe('MaThamChieu and amounts', () => {
  it('is "dvc" + the dossier code without non-word characters + the timestamp', () => {
    expect(paymentReference('000.00.06.H56-231027-0361', new Date('2025-03-14T15:04:05+07:00'))).toBe(
      'dvc0000006H56231027036120250314150405',
    );
  });

  it('formats amounts the Vietnamese way', () => {
    expect(formatVnd(1_500_000)).toBe('1.500.000 đồng');
    expect(formatVnd(50_000)).toBe('50.000 đồng');
    expect(gw.formatVnd(1_500_000)).toBe('1.500.000 đồng');
  });
});
