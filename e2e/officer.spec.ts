/** Officer entry: login with user name and password, the work queues with the dossiers to receive. */
import { expect, test } from '@playwright/test';
import { checkPage, DEMO_PASSWORD, demoToken } from './helpers.ts';

test('an officer logs in and sees the online dossier waiting in "Chờ tiếp nhận"', async ({ page, request }) => {
  // A citizen submits online to the Hạc Thành ward: it waits for the Thanh Hóa one-stop officer.
  const token = await demoToken(request, { personalId: '022192004321' });
  const res = await request.post('/api/v1/online/dossiers', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.01.31.H56',
      owner: { type: 'citizen', idNumber: '022192004321', name: 'Phạm Thị Hạ Long' },
      components: [],
    },
  });
  expect(res.status()).toBe(201);

  await page.goto('/can-bo');
  await expect(page).toHaveURL(/\/can-bo\/dang-nhap\?tiep=%2Fcan-bo$/);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Nhập tên đăng nhập và mật khẩu').first()).toBeVisible();
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill('mc.h56');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('wrong-password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Tên đăng nhập', { exact: true })).toHaveValue('mc.h56');
  await checkPage(page, 'officer-login-error');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Chờ tiếp nhận/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('cell', { name: 'Phạm Thị Hạ Long' }).first()).toBeVisible();
  await checkPage(page, 'officer-queue');
  await page.getByRole('tab', { name: /Quá hạn/ }).click();
  await expect(page.getByRole('tab', { name: /Quá hạn/ })).toHaveAttribute('aria-selected', 'true');
});
