import { describe, expect, it } from 'vitest';
import { notificationTemplates, renderNotification, SCAM_WARNING_SMS, SCAM_WARNING_VI, vnDateTime } from './templates.ts';

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

describe('notification templates', () => {
  it.each(notificationTemplates)('%s: carries the code and the tracking address, warns against scams, NFC', (t) => {
    for (const channel of ['email', 'sms'] as const) {
      const m = renderNotification(t, params, channel, 'https://dichvucong.example.vn/');
      expect(m.subject).toContain(params.code);
      expect(m.text).toContain(params.code);
      expect(m.text).toContain(url);
      expect(m.text).toContain(channel === 'sms' ? SCAM_WARNING_SMS : SCAM_WARNING_VI);
      expect(m.text.normalize('NFC')).toBe(m.text);
      expect(m.subject.normalize('NFC')).toBe(m.subject);
    }
  });

  it('lists every supplement item with its reason', () => {
    const m = renderNotification('supplement_requested', params, 'email', 'http://x');
    expect(m.text).toContain('1. Giấy chứng sinh: Bản chụp mờ, không đọc được');
    expect(m.text).toContain('2. Giấy chứng nhận kết hôn: Chưa nộp');
  });

  it('gives the due date, the refusal reason and the new appointment in Vietnam time', () => {
    expect(vnDateTime('2025-07-22T09:30:00.000Z')).toBe('16 giờ 30 ngày 22/07/2025');
    expect(renderNotification('received', params, 'email', 'http://x').text).toContain('Thời hạn trả kết quả: 16 giờ 30 ngày 22/07/2025.');
    expect(renderNotification('refused', params, 'sms', 'http://x').text).toContain('Lý do: Hồ sơ thiếu xác nhận của cơ quan liên quan.');
    expect(renderNotification('apology', params, 'email', 'http://x').text).toContain('Thời hạn trả kết quả mới: 16 giờ 30 ngày 29/07/2025.');
    expect(renderNotification('stopped', params, 'email', 'http://x').subject).toBe('Hồ sơ 000.00.06.H56-250715-0001: bị dừng xử lý');
  });
});
