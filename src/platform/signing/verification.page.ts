/**
 * The page the QR code of every issued document opens: PUBLIC_URL/xac-thuc/<code>. Plain server-rendered HTML
 * (Vietnamese, no script) so it works from any phone camera without the web app; the same data as
 * GET /api/v1/verification/{code}. The web app may later serve a richer page on the same address.
 */
import { isAppError } from '../../errors.ts';
import type { RegistryEntryView } from './registry.service.ts';

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const KIND: Record<string, string> = {
  receipt: 'Giấy tiếp nhận hồ sơ',
  form: 'Văn bản trong quá trình giải quyết',
  result: 'Kết quả giải quyết thủ tục hành chính',
  digitised_copy: 'Bản số hóa',
};

const vnTime = (iso: string): string =>
  new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'long',
    timeStyle: 'short',
  });

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
.ok{color:#0a6b2d}.bad{color:#b00020}dt{font-weight:600;margin-top:.5rem}</style></head>
<body><h1>Xác thực văn bản điện tử</h1>${body}
<p><small>Để kiểm tra chữ ký số của tệp PDF, gửi tệp tới POST /api/v1/verification.</small></p></body></html>`;
}

export function verificationPage(entry: RegistryEntryView): string {
  const status =
    entry.status === 'valid'
      ? '<p class="ok"><strong>Văn bản do hệ thống cấp và còn hiệu lực.</strong></p>'
      : entry.status === 'replaced'
        ? `<p class="bad"><strong>Văn bản đã được thay thế${entry.replacedAt ? ` ngày ${esc(vnTime(entry.replacedAt))}` : ''}${
            entry.replacedBy ? ` bởi văn bản mã ${esc(entry.replacedBy)}` : ''
          }.</strong></p>`
        : `<p class="bad"><strong>Văn bản đã bị thu hồi${entry.revokedAt ? ` ngày ${esc(vnTime(entry.revokedAt))}` : ''}: ${esc(
            entry.revokedReason ?? '',
          )}</strong></p>`;
  return page(
    `Xác thực ${entry.verificationCode}`,
    `${status}<dl><dt>Mã xác thực</dt><dd>${esc(entry.verificationCode)}</dd>
<dt>Loại văn bản</dt><dd>${esc(KIND[entry.kind] ?? entry.kind)}</dd>
<dt>Trích yếu</dt><dd>${esc(entry.title)}</dd>
<dt>Cơ quan ban hành</dt><dd>${esc(entry.issuer.name)} (${esc(entry.issuer.code)})</dd>
<dt>Thời điểm cấp</dt><dd>${esc(vnTime(entry.issuedAt))}</dd>
${entry.owner ? `<dt>Chủ sở hữu</dt><dd>${esc(entry.owner)}</dd>` : ''}
<dt>Mã băm SHA-256 của tệp đã ký</dt><dd><code>${esc(entry.sha256)}</code></dd></dl>`,
  );
}

export function verificationErrorPage(err: unknown): { status: number; html: string } {
  const status = isAppError(err) ? err.status : 500;
  const text =
    isAppError(err) && err.code === 'verification-code-invalid'
      ? 'Mã xác thực không đúng định dạng (12 ký tự, dạng XXXX-XXXX-XXXX).'
      : isAppError(err) && err.code === 'signed-document-not-found'
        ? 'Không tìm thấy văn bản nào được cấp với mã xác thực này.'
        : 'Không thể xác thực lúc này, vui lòng thử lại sau.';
  return { status, html: page('Xác thực văn bản', `<p class="bad"><strong>${esc(text)}</strong></p>`) };
}
