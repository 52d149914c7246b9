/**
 * The one message that carries a code the person reads out: the counter consent code (issue 12 item 8). The portal
 * sends it to the person's registered contact when a one-stop officer asks to look into their data warehouse; the
 * person reads it to the officer only while standing at that counter. The message says who asks, where, until when,
 * and that nobody may ask for it by phone or message.
 */
import type { NotificationChannel } from './notifications.table.ts';
import { vnDateTime, type RenderedMessage } from './templates.ts';

export const CONSENT_CODE_TEMPLATE = 'counter_consent_code';

export interface ConsentCodeParams {
  consentCode: string;
  agencyCode: string;
  agencyName: string | null;
  officerName: string;
  expiresAt: string;
}

export function isConsentCodeParams(p: unknown): p is ConsentCodeParams {
  const o = (p && typeof p === 'object' ? p : {}) as Record<string, unknown>;
  return (
    typeof o.consentCode === 'string' &&
    /^\d{6}$/.test(o.consentCode) &&
    typeof o.agencyCode === 'string' &&
    typeof o.officerName === 'string' &&
    typeof o.expiresAt === 'string'
  );
}

export const CONSENT_CODE_WARNING_VI =
  'Chỉ đọc mã này cho cán bộ khi Ông/Bà đang có mặt tại quầy. Không cung cấp mã cho bất kỳ ai qua điện thoại, tin nhắn hay thư điện tử. ' +
  'Nếu Ông/Bà không ở quầy một cửa, hãy bỏ qua tin này: không ai xem được kho dữ liệu của Ông/Bà khi không có mã.';
export const CONSENT_CODE_WARNING_SMS = 'Chỉ đọc mã cho cán bộ khi đang có mặt tại quầy; không cung cấp qua điện thoại, tin nhắn.';

export function renderConsentCode(p: ConsentCodeParams, channel: NotificationChannel): RenderedMessage {
  const where = p.agencyName ? `${p.agencyName} (${p.agencyCode})` : p.agencyCode;
  const until = vnDateTime(p.expiresAt);
  const subject = `Mã xác nhận đồng ý tra cứu kho dữ liệu tại bộ phận một cửa ${p.agencyCode}`;
  const text =
    channel === 'sms'
      ? `Mã xác nhận ${p.consentCode}: cán bộ ${p.officerName}, bộ phận một cửa ${where}, đề nghị tra cứu kho dữ liệu của Ông/Bà; hiệu lực đến ${until}. ${CONSENT_CODE_WARNING_SMS}`
      : [
          'Kính gửi Ông/Bà,',
          '',
          `Cán bộ ${p.officerName} tại bộ phận một cửa ${where} đề nghị tra cứu kho dữ liệu điện tử của Ông/Bà để tiếp nhận hồ sơ.`,
          `Mã xác nhận: ${p.consentCode} (hiệu lực đến ${until}, dùng một lần).`,
          '',
          CONSENT_CODE_WARNING_VI,
          '',
          `(English) A one-stop officer at ${where} asks to look into your data warehouse. Code ${p.consentCode}: read it to the officer only while you are at the counter; never give it by phone or message.`,
        ].join('\n');
  return { subject: subject.normalize('NFC'), text: text.normalize('NFC') };
}
