/** J5: public document verification without logging in, on a 360 px phone — by uploading the PDF, then by its code. */
import { expect, test } from '@playwright/test';
import { checkPage, demoToken, receiveAtCounter } from './helpers.ts';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

test('a signed receipt verifies by upload and by code; an unknown code says so', async ({ page, request }) => {
  const code = await receiveAtCounter(request);
  const mc = await demoToken(request, { username: 'mc.h56' });
  const found = await request.get(`/api/v1/dossiers?queue=all&q=${encodeURIComponent(code)}`, { headers: { authorization: `Bearer ${mc}` } });
  const id = ((await found.json()) as { items: { id: string }[] }).items[0]!.id;
  const receipt = await request.get(`/api/v1/dossiers/${id}/forms/receipt.pdf`, { headers: { authorization: `Bearer ${mc}` } });
  expect(receipt.status()).toBe(200);

  await page.goto('/xac-thuc');
  await expect(page.getByRole('heading', { level: 1, name: 'Xác thực giấy tờ điện tử' })).toBeVisible();
  await checkPage(page, 'verify-form');
  await page.getByTestId('verify-file').setInputFiles({ name: 'bien-nhan.pdf', mimeType: 'application/pdf', buffer: await receipt.body() });
  await expect(page.getByTestId('verify-status')).toContainText('Giấy tờ còn hiệu lực');
  await expect(page.getByText('✓ Hợp lệ, do hệ thống tin cậy cấp')).toBeVisible();
  await expect(page.getByText('✓ Nội dung trùng khớp với bản đã ban hành')).toBeVisible();
  await checkPage(page, 'verify-file-valid');

  const vcode = (await page.locator('dd .code-mono').first().textContent())!.trim();
  await page.getByLabel('Mã xác thực').fill(vcode.toLowerCase());
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(page.getByTestId('verify-status')).toContainText('Giấy tờ còn hiệu lực');
  await checkPage(page, 'verify-code-valid');

  await page.getByLabel('Mã xác thực').fill('ZZZZ-ZZZZ-ZZZZ');
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy giấy tờ có mã ZZZZ-ZZZZ-ZZZZ');
  await checkPage(page, 'verify-unknown');
});
