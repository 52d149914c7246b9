/** A 360 px wide phone: every citizen page reflows without horizontal scrolling and stays accessible. */
import { expect, test } from '@playwright/test';
import { checkPage, receiveAtCounter } from './helpers.ts';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

test('citizen pages at 360 px: home with results, procedure, login, tracking', async ({ page, request }) => {
  await page.goto('/?q=dang%20ky%20khai%20sinh');
  await expect(page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true })).toBeVisible();
  await checkPage(page, 'mobile-home');
  await page.goto('/thu-tuc/1.001193');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
  await checkPage(page, 'mobile-procedure');
  await page.goto('/dang-nhap');
  await checkPage(page, 'mobile-login');
  const code = await receiveAtCounter(request);
  await page.goto(`/tra-cuu/${code}`);
  await expect(page.getByText('Đã tiếp nhận').first()).toBeVisible();
  await checkPage(page, 'mobile-tracking');
});

test('the skip link is the first thing the keyboard reaches and moves to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(); // rendered: React commits after the load event
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
