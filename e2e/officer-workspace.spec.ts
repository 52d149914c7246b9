/**
 * Issue 13 items 3, 13, 14, 15 in the browser, on what the demo ships:
 * - the ward of Hạ Long has its own specialist, who lands on "Việc của tôi" (not an empty "Chờ tiếp nhận") and
 *   finds the ward's dossier there; the dossier offers only the actions allowed now;
 * - the dashboard's dates read dd/mm/yyyy and take a typed Vietnamese date;
 * - an administrator loading /quan-tri/co-quan directly gets the agency list; a province administrator's procedure
 *   page says what they can do (which of their agencies receive it) instead of a dead end;
 * - the page a QR code opens has the site's header and people's words.
 * Every screen passes axe (checkPage).
 */
import { expect, test } from '@playwright/test';
import { auth, checkPage, demoToken } from './helpers.ts';
import { officerLogin, switchOfficer } from './officer-helpers.ts';

test('a ward dossier reaches the ward specialist\'s "Việc của tôi"; only allowed actions; dd/mm/yyyy dates', async ({ page, request }) => {
  // a birth registration received at the Quảng Ninh counter for Phường Hạ Long (000.01.31.H49)
  const mc = await demoToken(request, { username: 'mc.h49' });
  const res = await request.post('/api/v1/dossiers', {
    headers: auth(mc),
    data: {
      channel: 'counter',
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.01.31.H49',
      owner: { type: 'citizen', idNumber: '022192004321', name: 'Phạm Thị Hạ Long' },
      components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id, code } = (await res.json()) as { id: string; code: string };

  await officerLogin(page, 'cv.halong.h49', '/can-bo');
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' })).toBeVisible();
  // a specialist starts on "Việc của tôi", and has no "Chờ tiếp nhận" tab
  await expect(page.getByRole('tab', { selected: true })).toContainText('Việc của tôi');
  await expect(page.getByRole('tab', { name: /Chờ tiếp nhận/ })).toHaveCount(0);
  const row = page.getByRole('link', { name: code });
  await expect(row).toBeVisible();
  await checkPage(page, 'ward-specialist-my-work');

  await row.click();
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
  const actions = page.getByRole('region', { name: 'Thao tác' });
  await expect(actions.getByRole('button', { name: 'Bắt đầu giải quyết', exact: true })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Lãnh đạo phê duyệt', exact: true })).toHaveCount(0);
  await expect(actions.getByRole('button', { name: 'Trả kết quả', exact: true })).toHaveCount(0);
  await checkPage(page, 'ward-specialist-dossier');

  // the ward's leader: nothing to approve before the specialist hands it over
  await switchOfficer(page, 'ld.halong.h49');
  await expect(actions.getByRole('button', { name: 'Lãnh đạo phê duyệt', exact: true })).toHaveCount(0);
  const cur = (await (await request.get(`/api/v1/dossiers/${id}`, { headers: auth(mc) })).json()) as { version: number };
  const cv = await demoToken(request, { username: 'cv.halong.h49' });
  for (const action of ['start', 'forward']) {
    const v = action === 'start' ? cur.version : cur.version + 1;
    const r = await request.post(`/api/v1/dossiers/${id}/actions`, { headers: auth(cv), data: { action, expectedVersion: v } });
    expect(r.status(), await r.text()).toBe(200);
  }
  await page.reload();
  await expect(actions.getByRole('button', { name: 'Lãnh đạo phê duyệt', exact: true })).toBeVisible();

  // the dashboard's period in Vietnamese order
  await page.getByRole('link', { name: 'Thống kê' }).click();
  const from = page.getByRole('textbox', { name: 'Từ ngày' });
  await expect(from).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await from.fill('1/7/2026');
  await from.blur();
  await expect(from).toHaveValue('01/07/2026');
  await checkPage(page, 'dashboard-dates-vi');
});

test('administration: agencies on a direct visit; a province administrator\'s procedure page says what they can do', async ({ page }) => {
  await officerLogin(page, 'qt.h56', '/quan-tri/co-quan');
  await expect(page.getByRole('heading', { level: 1, name: 'Cơ quan và cán bộ' })).toBeVisible();
  await expect(page.getByText(/\d+ cơ quan của hệ thống H56/)).toBeVisible();
  expect(await page.getByLabel('Cơ quan', { exact: true }).locator('option').count()).toBeGreaterThan(3);
  await checkPage(page, 'admin-agencies-direct');

  await page.goto('/quan-tri/thu-tuc/2.000635');
  const panel = page.getByTestId('offerings-panel');
  await expect(panel).toContainText('Nội dung thủ tục do cơ quan quản lý cập nhật trên Cổng Dịch vụ công quốc gia');
  await expect(page.getByRole('button', { name: 'Tạo phiên bản nháp mới' })).toHaveCount(0);
  const row = panel.getByRole('row').filter({ hasText: 'Sở Tư pháp tỉnh Thanh Hóa' });
  await expect(row).toContainText('Đang tiếp nhận');
  await checkPage(page, 'admin-procedure-province');
  await row.getByRole('button', { name: 'Ngừng tiếp nhận' }).click();
  await expect(row).toContainText('Chưa tiếp nhận');
  await row.getByRole('button', { name: 'Cho tiếp nhận' }).click();
  await expect(row).toContainText('Đang tiếp nhận');
});

test('the page a QR code opens has the site header and people\'s words', async ({ page }) => {
  await page.goto('/xac-thuc/ABCD-2345-EFGH');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Dịch vụ công một cửa' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Xác thực giấy tờ' })).toBeVisible();
  await expect(page.getByText('Không tìm thấy văn bản nào được cấp với mã xác thực này.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('/api/v1/verification');
  await expect(page.locator('body')).not.toContainText('POST');
  await checkPage(page, 'verify-qr-page');
});
