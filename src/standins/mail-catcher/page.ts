/** MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập: the inbox page of the development mail catcher. */
import type { DevMailMessageRow } from './mail-catcher.table.ts';

export const CATCHER_BANNER = 'MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function vnTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function inboxPage(rows: DevMailMessageRow[]): string {
  const items = rows
    .map(
      (m) => `<article>
<h2><span class="kind">${m.channel === 'sms' ? 'Tin nhắn SMS' : 'Thư điện tử'}</span> ${esc(m.subject || '(không có tiêu đề)')}</h2>
<dl><dt>Đến</dt><dd>${esc(m.recipients.join(', '))}</dd><dt>Từ</dt><dd>${esc(m.sender)}</dd><dt>Lúc</dt><dd><time datetime="${esc(m.receivedAt)}">${esc(vnTime(m.receivedAt))}</time></dd></dl>
<pre>${esc(m.body)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hộp thư giả lập — ${esc(CATCHER_BANNER)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.banner{background:#b00020;color:#fff;padding:.6rem 1rem;font-weight:700;border-radius:4px}
article{border-bottom:1px solid #ccc;padding:.5rem 0}h2{font-size:1.1rem}.kind{background:#eee;padding:0 .4rem;border-radius:3px;font-size:.9rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}pre{white-space:pre-wrap;background:#f6f6f6;padding:.6rem}
</style></head>
<body><p class="banner" role="alert">${esc(CATCHER_BANNER)}. Thư và tin nhắn ở đây không được gửi đến người nhận thật.</p>
<h1>Hộp thư giả lập (${rows.length} thư, tin nhắn mới nhất trước)</h1>
${items || '<p>Chưa có thư hoặc tin nhắn nào.</p>'}
</body></html>`;
}
