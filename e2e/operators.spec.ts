/**
 * The operators' view of the national portal: the national operator opens it from the administration navigation and
 * sees the national counters, the demo's connected systems (registered by the demo seed; in the single-process demo
 * no message flows, so they show as silent with no trend), in Vietnamese and English, on a desktop and at 360 px.
 */
import { expect, test } from '@playwright/test';
import { checkPage } from './helpers.ts';
import { officerLogin } from './officer-helpers.ts';

test('connected systems with health and lag, hourly trend, national counters', async ({ page, request }) => {
  await officerLogin(page, 'vh.national', '/quan-tri');
  await page.getByRole('link', { name: 'Hệ thống kết nối' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/he-thong-ket-noi$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hệ thống kết nối và số liệu quốc gia' })).toBeVisible();

  expect((await request.get('/api/v1/federation/ops/counters')).status()).toBe(401); // no session: refused

  const table = page.getByRole('table', { name: /Hệ thống kết nối: trạng thái, độ trễ đồng bộ và lỗi \(3\)/ });
  await expect(table).toBeVisible();
  for (const code of ['G15', 'H49', 'H56']) await expect(table.getByRole('rowheader', { name: code })).toBeVisible();
  await expect(page.getByTestId('ops-system-H56')).toContainText('Hệ thống thông tin giải quyết TTHC tỉnh Thanh Hóa');
  await expect(page.getByTestId('ops-system-H56')).toContainText('Không có tin nhắn trong 24 giờ');
  await expect(page.getByTestId('ops-connected')).toHaveText('3');
  await expect(page.getByTestId('ops-online-share')).toContainText('%');
  await expect(page.getByText('trên 3 hệ thống đã đăng ký')).toBeVisible();
  await expect(page.getByRole('img', { name: /Biểu đồ cột số tin nhắn .* Tất cả hệ thống/ })).toBeVisible();
  await expect(page.getByTestId('ops-trend-total')).toHaveText('Tổng trong kỳ: 0 tin nhắn được chấp nhận, 0 bị từ chối');
  await checkPage(page, 'admin-operators');

  // Keyboard: from the period select, Tab reaches the refresh button, which reloads the figures.
  await page.getByLabel('Khoảng thời gian').selectOption('72');
  await page.getByLabel('Khoảng thời gian').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tải lại' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ops-connected')).toHaveText('3');
  await page.getByLabel('Hệ thống', { exact: true }).selectOption('H49');
  await expect(page.getByRole('img', { name: /Quảng Ninh/ })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connected systems and national figures' })).toBeVisible();
  await expect(page.getByTestId('ops-system-G15')).toContainText('No message for 24 hours');
  await checkPage(page, 'admin-operators-en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  await page.setViewportSize({ width: 360, height: 780 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bảng cuộn ngang' })).toBeVisible();
  await checkPage(page, 'admin-operators-360');
});
