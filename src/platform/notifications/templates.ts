/**
 * The messages sent to applicants, in Vietnamese (NFC) with an English line in e-mails. Every message carries the
 * dossier code, points to the portal's tracking address, carries its check code (check-code.ts) with the page where
 * it is checked, and ends with the same warning: we never ask for a password, an OTP or money by message (ux.md §1
 * principle 14). Free text an officer typed (a reason, a supplement item) that reads like such a request is left
 * out of the message (the person reads it on the portal). Rendered at send time from the params stored in the
 * outbox, so the public address is the one configured when the message leaves.
 */
import { CHECK_LABEL_EN, CHECK_LABEL_VI, CHECK_PAGE_PATH, formatCheckCode } from './check-code.ts';
import type { NotificationChannel } from './notifications.table.ts';

export const notificationTemplates = [
  'received',
  'supplement_requested',
  'result_ready',
  'returned',
  'refused',
  'apology',
  'withdrawn',
  'stopped',
] as const;

export type NotificationTemplate = (typeof notificationTemplates)[number];

export interface NotificationParams {
  code: string;
  procedureName: string;
  dueAt?: string | null;
  newDueAt?: string | null;
  reason?: string | null;
  items?: { name: string; reason: string }[];
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

export const SCAM_WARNING_VI =
  'Cơ quan nhà nước không bao giờ yêu cầu mật khẩu, mã OTP hay chuyển tiền qua tin nhắn hoặc thư điện tử. ' +
  'Chỉ tra cứu hồ sơ tại địa chỉ chính thức ở trên.';
export const SCAM_WARNING_SMS = 'Không cung cấp mật khẩu, mã OTP, không chuyển tiền theo tin nhắn.';
export const SCAM_WARNING_EN =
  'Government agencies never ask for a password, an OTP code or a money transfer by message or e-mail; pay fees only on the portal.';

/**
 * What no message may ask for: a password, an OTP, a card or bank detail, a transfer or a payment outside the
 * portal. Officer-typed text matching one of these is not put into a message.
 */
export const FORBIDDEN_REQUEST: readonly RegExp[] = [
  /m[ậa]t\s*kh[ẩa]u/iu,
  /\botp\b/iu,
  /m[ãa]\s*x[áa]c\s*(th[ựu]c|nh[ậa]n)/iu,
  /chuy[ểe]n\s*(kho[ảa]n|ti[ềe]n)/iu,
  /t[àa]i\s*kho[ảa]n\s*ng[âa]n\s*h[àa]ng/iu,
  /s[ốo]\s*t[àa]i\s*kho[ảa]n/iu,
  /s[ốo]\s*th[ẻe]/iu,
  /\b(cvv|pin)\b/iu,
  /n[ộo]p\s*ti[ềe]n|thanh\s*to[áa]n|ph[íi]\s*d[ịi]ch\s*v[ụu]/iu,
  /password|passcode|one[-\s]*time|bank\s*account|card\s*number|wire|transfer|\bpay(ment)?\b/iu,
];

export function asksForSecretOrMoney(text: string): boolean {
  const t = text.normalize('NFC');
  return FORBIDDEN_REQUEST.some((r) => r.test(t));
}

/** Officer free text, unless it reads like a request for a secret or money (then a pointer to the portal). */
function safeText(text: string): string {
  return asksForSecretOrMoney(text) ? 'xem chi tiết trên cổng dịch vụ công' : text;
}

export function isTemplate(s: string): s is NotificationTemplate {
  return (notificationTemplates as readonly string[]).includes(s);
}

export function trackingUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/api/v1/tracking/${encodeURIComponent(code)}`;
}

/** '2025-07-15T09:30:00Z' → '16 giờ 30 ngày 15/07/2025' in Vietnam time (UTC+7, no daylight saving). */
export function vnDateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())} giờ ${p(d.getUTCMinutes())} ngày ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

interface Parts {
  /** Short title after "Hồ sơ <code>: ". */
  title: string;
  /** Lines of the e-mail body between the greeting and the tracking line. */
  lines: string[];
  /** The SMS sentence after the code. */
  sms: string;
  en: string;
}

function reasonOf(p: NotificationParams): string {
  return safeText(p.reason?.trim() || 'không nêu');
}

function parts(t: NotificationTemplate, p: NotificationParams): Parts {
  const due = p.dueAt ? vnDateTime(p.dueAt) : null;
  switch (t) {
    case 'received':
      return {
        title: 'đã được tiếp nhận',
        lines: [
          `Hồ sơ thủ tục "${p.procedureName}" của Ông/Bà đã được tiếp nhận.`,
          due ? `Thời hạn trả kết quả: ${due}.` : 'Thủ tục không quy định thời hạn trả kết quả.',
        ],
        sms: `đã được tiếp nhận${due ? `, hẹn trả kết quả ${due}` : ''}.`,
        en: 'Your dossier has been received.',
      };
    case 'supplement_requested': {
      const items = p.items ?? [];
      return {
        title: 'cần bổ sung giấy tờ',
        lines: [
          `Hồ sơ thủ tục "${p.procedureName}" cần bổ sung, hoàn thiện các giấy tờ sau:`,
          ...items.map((i, n) => `  ${n + 1}. ${safeText(i.name)}: ${safeText(i.reason)}`),
          'Ông/Bà vui lòng bổ sung đầy đủ một lần tại bộ phận một cửa hoặc trên cổng dịch vụ công.',
        ],
        sms: `cần bổ sung ${items.length} giấy tờ; chi tiết tại cổng dịch vụ công.`,
        en: 'Your dossier needs additional documents (listed above).',
      };
    }
    case 'result_ready':
      return {
        title: 'đã có kết quả',
        lines: [`Hồ sơ thủ tục "${p.procedureName}" đã có kết quả. Ông/Bà có thể nhận kết quả theo hình thức đã đăng ký.`],
        sms: 'đã có kết quả, mời Ông/Bà nhận kết quả.',
        en: 'The result of your dossier is ready.',
      };
    case 'returned':
      return {
        title: 'đã trả kết quả',
        lines: [
          `Kết quả hồ sơ thủ tục "${p.procedureName}" đã được trả cho Ông/Bà.`,
          'Ông/Bà có thể đánh giá mức độ hài lòng trên cổng dịch vụ công.',
        ],
        sms: 'đã trả kết quả. Mời Ông/Bà đánh giá mức độ hài lòng trên cổng dịch vụ công.',
        en: 'The result of your dossier has been handed over.',
      };
    case 'refused':
      return {
        title: 'không được tiếp nhận',
        lines: [`Hồ sơ thủ tục "${p.procedureName}" không được tiếp nhận.`, `Lý do: ${reasonOf(p)}.`],
        sms: `không được tiếp nhận. Lý do: ${reasonOf(p)}.`,
        en: 'Your dossier was not accepted (reason above).',
      };
    case 'apology': {
      const nd = p.newDueAt ? vnDateTime(p.newDueAt) : 'sẽ được thông báo';
      return {
        title: 'trả kết quả chậm, hẹn lại ngày trả',
        lines: [
          `Cơ quan giải quyết xin lỗi Ông/Bà vì hồ sơ thủ tục "${p.procedureName}" không trả kết quả đúng hẹn.`,
          `Lý do: ${reasonOf(p)}.`,
          `Thời hạn trả kết quả mới: ${nd}.`,
        ],
        sms: `trả kết quả chậm, cơ quan xin lỗi Ông/Bà. Hẹn trả mới: ${nd}.`,
        en: 'We apologise: your dossier is late; the new due date is above.',
      };
    }
    case 'withdrawn':
      return {
        title: 'đã được rút theo yêu cầu',
        lines: [`Hồ sơ thủ tục "${p.procedureName}" đã được rút theo yêu cầu của Ông/Bà.`],
        sms: 'đã được rút theo yêu cầu của Ông/Bà.',
        en: 'Your dossier has been withdrawn at your request.',
      };
    case 'stopped':
      return {
        title: 'bị dừng xử lý',
        lines: [`Hồ sơ thủ tục "${p.procedureName}" bị dừng xử lý.`, `Lý do: ${reasonOf(p)}.`],
        sms: `bị dừng xử lý. Lý do: ${reasonOf(p)}.`,
        en: 'Processing of your dossier has been stopped (reason above).',
      };
  }
}

/** Where a message is checked: the portal's "Kiểm tra tin nhắn" page. */
export function checkPageUrl(portalUrl: string): string {
  return `${portalUrl.replace(/\/$/, '')}${CHECK_PAGE_PATH}`;
}

/** The message's own check code and the portal address where it is checked. */
export interface MessageCheck {
  /** Stored form (8 characters). */
  code: string;
  /** The national portal's public address (the page is at CHECK_PAGE_PATH there). */
  portalUrl: string;
}

/** A message rendered elsewhere (the counter consent code), with its check code and the check page added. */
export function withCheckCode(msg: RenderedMessage, channel: NotificationChannel, check: MessageCheck): RenderedMessage {
  const code = formatCheckCode(check.code);
  const page = checkPageUrl(check.portalUrl);
  const line =
    channel === 'sms'
      ? ` ${CHECK_LABEL_VI}: ${code} (kiểm tra tại ${page}).`
      : `\n\n${CHECK_LABEL_VI}: ${code}\nĐể biết thư này có đúng do hệ thống gửi, nhập mã trên tại ${page}\n${CHECK_LABEL_EN}: ${code} (check it at ${page}).`;
  return { subject: msg.subject, text: `${msg.text}${line}`.normalize('NFC') };
}

/** The message for one channel. Everything is NFC. */
export function renderNotification(
  template: NotificationTemplate,
  params: NotificationParams,
  channel: NotificationChannel,
  publicUrl: string,
  check: MessageCheck,
): RenderedMessage {
  const p = parts(template, params);
  const url = trackingUrl(publicUrl, params.code);
  const code = formatCheckCode(check.code);
  const page = checkPageUrl(check.portalUrl);
  const subject = `Hồ sơ ${params.code}: ${p.title}`;
  const text =
    channel === 'sms'
      ? `Hồ sơ ${params.code} ${p.sms} Tra cứu: ${url} ${CHECK_LABEL_VI}: ${code} (kiểm tra tại ${page}). ${SCAM_WARNING_SMS}`
      : [
          'Kính gửi Ông/Bà,',
          '',
          `Mã hồ sơ: ${params.code}`,
          ...p.lines,
          '',
          `Tra cứu tình trạng hồ sơ: ${url}`,
          '',
          `${CHECK_LABEL_VI}: ${code}`,
          `Để biết thư này có đúng do hệ thống gửi, nhập mã trên tại ${page}`,
          SCAM_WARNING_VI,
          '',
          `(English) ${p.en} Dossier ${params.code}: ${url}`,
          `${CHECK_LABEL_EN}: ${code} (check it at ${page}). ${SCAM_WARNING_EN}`,
        ].join('\n');
  return { subject: subject.normalize('NFC'), text: text.normalize('NFC') };
}
