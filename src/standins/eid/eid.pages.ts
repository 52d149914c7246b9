/** The Vietnamese login page of the e-ID stand-in (DEVELOPMENT STAND-IN — clearly marked as a test environment). */

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const STYLE = `
  body{font-family:"Be Vietnam Pro","Noto Sans",system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1b1b}
  .banner{background:#b3261e;color:#fff;text-align:center;padding:.6rem;font-weight:700;letter-spacing:.05em}
  main{max-width:28rem;margin:2rem auto;background:#fff;padding:2rem;border-radius:.5rem;box-shadow:0 1px 4px #0002}
  h1{font-size:1.3rem;margin-top:0} label{display:block;font-weight:600;margin-top:1rem}
  .hint{color:#555;font-size:.9rem;margin:.2rem 0} input{width:100%;box-sizing:border-box;font-size:1.1rem;padding:.5rem;margin-top:.3rem}
  button{margin-top:1.5rem;width:100%;font-size:1.1rem;padding:.7rem;background:#0b57d0;color:#fff;border:0;border-radius:.3rem}
  .error{background:#fde7e9;border-left:4px solid #b3261e;padding:.6rem;margin-bottom:1rem}
  .note{font-size:.85rem;color:#555;margin-top:1.5rem}`;

export function loginPage(opts: { uid: string; clientName: string; error?: string; loginId?: string }): string {
  const action = `/dev-eid/interaction/${encodeURIComponent(opts.uid)}/login`;
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Đăng nhập bằng tài khoản định danh điện tử — MÔI TRƯỜNG THỬ NGHIỆM</title><style>${STYLE}</style></head>
<body>
<div class="banner" role="note">MÔI TRƯỜNG THỬ NGHIỆM — không phải hệ thống định danh điện tử thật</div>
<main>
  <h1>Đăng nhập bằng tài khoản định danh điện tử</h1>
  <p>Ứng dụng <strong>${esc(opts.clientName)}</strong> yêu cầu xác thực danh tính.</p>
  ${opts.error ? `<div class="error" role="alert">${esc(opts.error)}</div>` : ''}
  <form method="post" action="${esc(action)}" autocomplete="off">
    <label for="loginId">Số định danh cá nhân hoặc mã số thuế</label>
    <p class="hint" id="loginId-hint">Công dân: 12 chữ số, in trên thẻ căn cước. Doanh nghiệp: mã số thuế.</p>
    <input id="loginId" name="loginId" inputmode="numeric" maxlength="14" required aria-describedby="loginId-hint" value="${esc(opts.loginId ?? '')}">
    <label for="password">Mật khẩu</label>
    <input id="password" name="password" type="password" maxlength="200" required>
    <button type="submit">Đăng nhập</button>
  </form>
  <p class="note">Đây là máy chủ định danh giả lập dùng cho phát triển và trình diễn. Chỉ các tài khoản thử nghiệm được đăng nhập.</p>
</main>
</body></html>`;
}

export function errorPage(message: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Lỗi xác thực — MÔI TRƯỜNG THỬ NGHIỆM</title><style>${STYLE}</style></head>
<body><div class="banner" role="note">MÔI TRƯỜNG THỬ NGHIỆM</div>
<main><h1>Không thể xác thực</h1><div class="error" role="alert">${esc(message)}</div></main></body></html>`;
}
