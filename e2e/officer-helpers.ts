/** Steps shared by the officer and administration journeys: log in as a demo officer in the browser. */
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers.ts';

/** The officer login form, filled in the browser (the first login of a journey). */
export async function officerLogin(page: Page, username: string, to: string): Promise<void> {
  await page.goto(to);
  await expect(page).toHaveURL(/\/can-bo\/dang-nhap\?tiep=/);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[.?]/g, '\\$&')}$`));
}

/** Switch the browser session to another demo officer (demo mode's password-less login sets the cookie), then reload. */
export async function switchOfficer(page: Page, username: string): Promise<void> {
  const res = await page.request.post('/api/v1/auth/demo-login', { data: { username } });
  expect(res.status()).toBe(200);
  await page.reload();
  await expect(page.getByText(`(${username})`)).toBeVisible();
}

/** Open a dossier's processing page and take an action through its dialog. */
export async function act(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  if (fill) await fill();
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText(`Đã thực hiện: ${action}`)).toBeVisible();
}
