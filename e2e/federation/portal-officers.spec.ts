/**
 * Federation journey C — an officer who opens the national portal: its officer login page lists the connected
 * systems (the portal's public directory) with links to each system's own login page, and a link leads there.
 */
import { expect, test } from '@playwright/test';
import { checkPage } from '../helpers.ts';
import { G15, H49, H56, nodesUp, PORTAL } from './helpers.ts';

test.beforeAll(nodesUp);

test('C: the portal’s officer login page links to the login page of each connected system', async ({
  page,
}) => {
  await page.goto(`${PORTAL}/can-bo/dang-nhap`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const systems = page.getByTestId('other-systems');
  await expect(systems.getByRole('link')).toHaveCount(3);
  for (const [code, url, name] of [
    ['H56', H56, 'Hệ thống thông tin giải quyết TTHC tỉnh Thanh Hóa'],
    ['H49', H49, 'Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ninh'],
    ['G15', G15, 'Hệ thống thông tin giải quyết TTHC Bộ Tư pháp'],
  ] as const) {
    await expect(systems.getByRole('link', { name: `${name} (${code})` })).toHaveAttribute(
      'href',
      `${url}/can-bo/dang-nhap`,
    );
  }
  await checkPage(page, 'fed-portal-officer-login');

  // the link leads to Quảng Ninh's own login page, where its officer logs in
  await systems.getByRole('link', { name: /\(H49\)$/ }).click();
  await expect(page).toHaveURL(`${H49}/can-bo/dang-nhap`);
  await expect(page.getByTestId('other-systems')).toHaveCount(0);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill('mc.h49');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('motcua-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(`${H49}/can-bo`);
  await expect(page.getByText('(mc.h49)')).toBeVisible();
  await checkPage(page, 'fed-h49-officer-home');
});
