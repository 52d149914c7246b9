/** Public tracking by dossier code, without logging in; unknown codes get a clear message. */
import { expect, test } from '@playwright/test';
import { checkPage, receiveAtCounter } from './helpers.ts';

test('tracking a dossier received at the counter shows its status, dates, agency and masked owner', async ({ page, request }) => {
  const code = await receiveAtCounter(request);
  await page.goto('/tra-cuu');
  await checkPage(page, 'tracking-form');
  await page.getByLabel('Mã hồ sơ').fill(` ${code.toLowerCase()} `);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page).toHaveURL(new RegExp(`/tra-cuu/${code.replace(/\./g, '\\.')}$`));
  await expect(page.getByRole('heading', { name: code })).toBeVisible();
  await expect(page.getByText('Đã tiếp nhận').first()).toBeVisible();
  await expect(page.getByText('Ủy ban nhân dân Phường Hạc Thành')).toBeVisible();
  await expect(page.getByText('L***', { exact: true })).toBeVisible(); // one fixed shape: no word count or lengths
  await expect(page.getByText('Lê Văn Thành')).toHaveCount(0);
  await checkPage(page, 'tracking-result');
});

test('a QR link /tra-cuu/{code} opens the dossier directly; an unknown code says so', async ({ page, request }) => {
  const code = await receiveAtCounter(request);
  await page.goto(`/tra-cuu/${code}`);
  await expect(page.getByText('Đã tiếp nhận').first()).toBeVisible();

  await page.goto('/tra-cuu/000.01.31.H56-250101-9999');
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy hồ sơ có mã 000.01.31.H56-250101-9999');
  await expect(page.getByLabel('Mã hồ sơ')).toHaveValue('000.01.31.H56-250101-9999');
  await expect(page).toHaveTitle(/^Lỗi: /);
  await checkPage(page, 'tracking-unknown');
});
