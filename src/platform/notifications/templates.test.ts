import { describe, expect, it } from 'vitest';
import { extractCheckCode, formatCheckCode } from './check-code.ts';
import {
  notificationTemplates,
  renderNotification,
  SCAM_WARNING_EN,
  SCAM_WARNING_SMS,
  SCAM_WARNING_VI,
  vnDateTime,
} from './templates.ts';

const params = {
  code: '000.00.06.H56-250715-0001',
  procedureName: 'Đăng ký khai sinh',
  dueAt: '2025-07-22T09:30:00.000Z',
  newDueAt: '2025-07-29T09:30:00.000Z',
  reason: 'Hồ sơ thiếu xác nhận của cơ quan liên quan',
  items: [
    { name: 'Giấy chứng sinh', reason: 'Bản chụp mờ, không đọc được' },
    { name: 'Giấy chứng nhận kết hôn', reason: 'Chưa nộp' },
  ],
};
const url = 'https://dichvucong.example.vn/api/v1/tracking/000.00.06.H56-250715-0001';
const check = { code: 'K7QM2XPA', portalUrl: 'https://dichvucong.gov.vn/' };
const channels = ['email', 'sms'] as const;

/**
 * Requests no message may make, in Vietnamese and English (with and without diacritics). The fixed warnings are
 * the only place these words may appear: they are cut out before the scan.
 */
const FORBIDDEN = [
  /mật\s*khẩu|mat\s*khau/i,
  /\bOTP\b/i,
  /mã\s*xác\s*(thực|nhận)|ma\s*xac\s*(thuc|nhan)/i,
  /chuyển\s*(khoản|tiền)|chuyen\s*(khoan|tien)/i,
  /tài\s*khoản\s*ngân\s*hàng|tai\s*khoan\s*ngan\s*hang|số\s*tài\s*khoản|so\s*tai\s*khoan/i,
  /số\s*thẻ|so\s*the\b|\bCVV\b|\bPIN\b/i,
  /nộp\s*tiền|thanh\s*toán|thanh\s*toan/i,
  /password|passcode|one[-\s]*time\s*code|bank\s*account|card\s*number|\bwire\b|transfer|\bpay(ment)?\b/i,
];
const WARNINGS = [SCAM_WARNING_VI, SCAM_WARNING_SMS, SCAM_WARNING_EN];

function scan(text: string): string[] {
  let rest = text;
  for (const w of WARNINGS) rest = rest.split(w).join(' ');
  return FORBIDDEN.filter((r) => r.test(rest)).map(String);
}

/** Every address in the message: only the tracking address and the portal's check page. */
function links(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s)]+/g) ?? [])];
}

describe('notification templates', () => {
  it.each(notificationTemplates)('%s: carries the code and the tracking address, warns against scams, NFC', (t) => {
    for (const channel of channels) {
      const m = renderNotification(t, params, channel, 'https://dichvucong.example.vn/', check);
      expect(m.subject).toContain(params.code);
      expect(m.text).toContain(params.code);
      expect(m.text).toContain(url);
      expect(m.text).toContain(channel === 'sms' ? SCAM_WARNING_SMS : SCAM_WARNING_VI);
      expect(m.text.normalize('NFC')).toBe(m.text);
      expect(m.subject.normalize('NFC')).toBe(m.subject);
    }
  });

  it('lists every supplement item with its reason', () => {
    const m = renderNotification('supplement_requested', params, 'email', 'http://x', check);
    expect(m.text).toContain('1. Giấy chứng sinh: Bản chụp mờ, không đọc được');
    expect(m.text).toContain('2. Giấy chứng nhận kết hôn: Chưa nộp');
  });

  it('gives the due date, the refusal reason and the new appointment in Vietnam time', () => {
    expect(vnDateTime('2025-07-22T09:30:00.000Z')).toBe('16 giờ 30 ngày 22/07/2025');
    expect(renderNotification('received', params, 'email', 'http://x', check).text).toContain('Thời hạn trả kết quả: 16 giờ 30 ngày 22/07/2025.');
    expect(renderNotification('refused', params, 'sms', 'http://x', check).text).toContain('Lý do: Hồ sơ thiếu xác nhận của cơ quan liên quan.');
    expect(renderNotification('apology', params, 'email', 'http://x', check).text).toContain('Thời hạn trả kết quả mới: 16 giờ 30 ngày 29/07/2025.');
    expect(renderNotification('stopped', params, 'email', 'http://x', check).subject).toBe('Hồ sơ 000.00.06.H56-250715-0001: bị dừng xử lý');
  });
});

describe('scam-proof messages: every template, every channel, Vietnamese and English parts', () => {
  const cases = notificationTemplates.flatMap((t) => channels.map((c) => [t, c] as const));

  it.each(cases)('%s by %s: carries its check code and the check page, asks for no password, OTP or payment', (t, channel) => {
    const m = renderNotification(t, params, channel, 'https://dichvucong.example.vn/', check);
    // the code, labelled in Vietnamese (and English in e-mails), and the portal's check page
    expect(m.text).toContain(`Mã kiểm tra tin nhắn: ${formatCheckCode(check.code)}`);
    expect(m.text).toContain('https://dichvucong.gov.vn/kiem-tra-tin-nhan');
    if (channel === 'email') {
      expect(m.text).toContain(`Message check code: ${formatCheckCode(check.code)}`);
      expect(m.text).toContain(SCAM_WARNING_EN);
      // the English part carries the warning too
      const en = m.text.slice(m.text.indexOf('(English)'));
      expect(en).toContain('never ask for a password');
    }
    // the pasted message gives back exactly its code (not the dossier code's parts)
    expect(extractCheckCode(m.text)).toBe(check.code);
    expect(extractCheckCode(`${m.subject}\n${m.text}`)).toBe(check.code);
    // no request for a secret or money anywhere outside the fixed warnings
    expect(scan(m.subject)).toEqual([]);
    expect(scan(m.text)).toEqual([]);
    // only the official addresses
    expect(links(m.text).sort()).toEqual([url, 'https://dichvucong.gov.vn/kiem-tra-tin-nhan'].sort());
  });

  it('officer-typed text that asks for a password, an OTP or a transfer is left out of the message', () => {
    const bad = {
      ...params,
      reason: 'Vui lòng chuyển khoản 500.000đ vào tài khoản ngân hàng 0123456789 và gửi mã OTP',
      items: [{ name: 'Mật khẩu tài khoản định danh', reason: 'Gửi lại qua SMS' }],
    };
    for (const t of notificationTemplates) {
      for (const channel of channels) {
        const m = renderNotification(t, bad, channel, 'https://dichvucong.example.vn/', check);
        expect(scan(m.text), `${t}/${channel}`).toEqual([]);
        expect(m.text).not.toContain('0123456789');
      }
    }
    const refused = renderNotification('refused', bad, 'email', 'http://x', check).text;
    expect(refused).toContain('Lý do: xem chi tiết trên cổng dịch vụ công.');
  });

  it('the scan itself finds a request (the test can fail)', () => {
    expect(scan('Vui lòng cung cấp mã OTP')).not.toEqual([]);
    expect(scan('Please send your password')).not.toEqual([]);
    expect(scan(`${SCAM_WARNING_VI} ${SCAM_WARNING_SMS} ${SCAM_WARNING_EN}`)).toEqual([]);
  });
});
