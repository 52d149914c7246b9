import { describe, expect, it } from 'vitest';
import { decodeWords, parseMail } from './mime.ts';

describe('development mail catcher: MIME reading', () => {
  it('decodes B and Q encoded words, joining adjacent ones', () => {
    const b = Buffer.from('Hồ sơ đã được tiếp nhận', 'utf8').toString('base64');
    expect(decodeWords(`=?UTF-8?B?${b}?=`)).toBe('Hồ sơ đã được tiếp nhận');
    expect(decodeWords('=?utf-8?Q?H=E1=BB=93_s=C6=A1?= =?utf-8?Q?_m=E1=BB=9Bi?=')).toBe('Hồ sơ mới');
  });

  it('reads the text part of a multipart message in quoted-printable', () => {
    const raw = [
      'From: =?UTF-8?Q?H=E1=BB=87_th=E1=BB=91ng?= <a@b.vn>',
      'Subject: plain',
      'Content-Type: multipart/alternative; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'K=C3=ADnh g=E1=BB=ADi =C3=94ng/B=C3=A0, d=C3=B2ng r=E1=BA=A5t d=C3=A0i =',
      'ti=E1=BA=BFp',
      '--XYZ',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>x</p>',
      '--XYZ--',
      '',
    ].join('\r\n');
    const m = parseMail(raw);
    expect(m.from).toBe('Hệ thống <a@b.vn>');
    expect(m.subject).toBe('plain');
    expect(m.text).toBe('Kính gửi Ông/Bà, dòng rất dài tiếp');
  });
});
