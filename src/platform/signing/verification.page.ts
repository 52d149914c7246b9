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

/**
 * The page chrome of the web app's citizen pages, in plain HTML (issue 13.15): skip link, the red header with the
 * service name and the main links, the main content, and the next step for a person holding the file.
 */
function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – Dịch vụ công một cửa</title><style>body{font-family:system-ui,sans-serif;margin:0;line-height:1.5;color:#1b1b1b}
.skip{position:absolute;left:8px;top:-100px;padding:12px 16px;background:#ffdd00;color:#0b0c0c;font-weight:700}.skip:focus{top:8px}
header{background:#9a1414;color:#fff}header a{color:#fff}.bar{max-width:60rem;margin:0 auto;padding:.5rem 1rem}
.name{font-weight:700;font-size:1.15rem;text-decoration:none;display:inline-block;padding:6px 0}
nav a{display:inline-block;padding:10px 4px;margin-right:1rem;font-weight:500}
main{max-width:40rem;margin:1.5rem auto;padding:0 1rem}a{color:#0b4fa0}
.ok{color:#0a6b2d}.bad{color:#b00020}dt{font-weight:600;margin-top:.5rem}dd{margin-left:0;overflow-wrap:anywhere}</style></head>
<body><a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
<header><div class="bar"><a class="name" href="/">Dịch vụ công một cửa</a>
<nav aria-label="Điều hướng chính"><a href="/">Trang chủ</a><a href="/tra-cuu">Tra cứu hồ sơ</a><a href="/xac-thuc" aria-current="page">Xác thực giấy tờ</a></nav></div></header>
<main id="main"><h1>Xác thực văn bản điện tử</h1>${body}
<h2>Ông/bà có tệp PDF của văn bản này?</h2>
<p>Mở trang <a href="/xac-thuc">Xác thực giấy tờ</a> và chọn tệp: trang cho biết chữ ký số có hợp lệ không và tệp có đúng là bản đã cấp, không bị sửa.</p></main></body></html>`;
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
