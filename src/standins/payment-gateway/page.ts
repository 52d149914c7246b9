/** MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập: the HTML pages of the development stand-in gateway. */
import { formatVnd, type StoredInit } from './protocol.ts';

export const STANDIN_BANNER = 'MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — ${esc(STANDIN_BANNER)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.banner{background:#b00020;color:#fff;padding:.6rem 1rem;font-weight:700;border-radius:4px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}dt{font-weight:600}
.amount{font-size:1.6rem;font-weight:700}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left}
button{font-size:1rem;padding:.6rem 1.4rem;margin-right:1rem}
</style></head>
<body><p class="banner" role="alert">${esc(STANDIN_BANNER)}. Không có giao dịch tiền thật.</p>
${body}
</body></html>`;
}

export function paymentPage(token: string, m: StoredInit): string {
  const r = m.ThongTinBienLai;
  const lines = r.PhiLePhi.map(
    (l) => `<tr><td>${esc(l.TenPhiLePhi)}</td><td>${esc(formatVnd(Number(l.SoTien)))}</td></tr>`,
  ).join('');
  return layout(
    'Thanh toán trực tuyến',
    `<h1>Thanh toán phí, lệ phí</h1>
<p class="amount">${esc(formatVnd(Number(m.SoTien)))}</p>
<dl>
<dt>Người nộp</dt><dd>${esc(r.HoTenNguoiNop)}</dd>
<dt>Số định danh</dt><dd>${esc(r.SoCMNDNguoiNop)}</dd>
<dt>Địa chỉ</dt><dd>${esc(r.DiaChiNguoiNop)}</dd>
<dt>Nội dung</dt><dd>${esc(m.ThongTinGiaoDich)}</dd>
<dt>Mã hồ sơ</dt><dd>${esc(r.MaHoSo)}</dd>
<dt>Thủ tục</dt><dd>${esc(r.TenTTHC)}</dd>
<dt>Đơn vị thu</dt><dd>${esc(r.TenDonVi)}</dd>
<dt>Mã tham chiếu</dt><dd>${esc(m.MaThamChieu)}</dd>
</dl>
<table><thead><tr><th>Khoản nộp</th><th>Số tiền</th></tr></thead><tbody>${lines}</tbody></table>
<form method="post" action="${esc(token)}">
<p><button type="submit" name="action" value="pay">Thanh toán</button>
<button type="submit" name="action" value="cancel">Hủy</button></p>
</form>`,
  );
}

export function resultPage(token: string, paid: boolean, callbackStatus: number | undefined): string {
  const note = callbackStatus === undefined
    ? 'Không gửi được thông báo kết quả đến hệ thống của cơ quan.'
    : `Hệ thống của cơ quan đã nhận thông báo kết quả (HTTP ${callbackStatus}).`;
  return layout(
    paid ? 'Thanh toán thành công' : 'Đã hủy thanh toán',
    `<h1>${paid ? 'Thanh toán thành công' : 'Đã hủy thanh toán'}</h1>
<p>${esc(note)}</p>
<form method="post" action="${esc(token)}"><p><button type="submit" name="action" value="resend">Gửi lại thông báo kết quả</button></p></form>`,
  );
}

export function messagePage(title: string, text: string): string {
  return layout(title, `<h1>${esc(title)}</h1><p>${esc(text)}</p>`);
}
