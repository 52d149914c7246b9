/** Citizen portal: search without diacritics, procedure page, e-ID login, my dossiers, online submission, account. */
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { checkPage, eidLogin, fillBirthDeclaration } from './helpers.ts';

test('search typed without diacritics finds "Đăng ký khai sinh" and opens its procedure page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Tìm thủ tục hành chính/);
  await checkPage(page, 'home');
  await page.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  const result = page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true });
  await expect(result).toBeVisible();
  await expect(page.getByText('Làm hoàn toàn trực tuyến').first()).toBeVisible();
  await checkPage(page, 'home-search');
  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cơ quan thực hiện' })).toBeVisible();
  await expect(page.getByText('Ủy ban nhân dân Phường Hạc Thành').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nộp trực tuyến' })).toBeVisible();
  await checkPage(page, 'procedure');
});

test('English switch translates the interface and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find an administrative procedure' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Find an administrative procedure' })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tìm thủ tục hành chính' })).toBeVisible();
});

test('"Nộp trực tuyến" while logged out leads to the login page', async ({ page }) => {
  await page.goto('/thu-tuc/1.001193');
  await page.getByRole('link', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?tiep=/);
  await expect(page.getByRole('link', { name: 'Đăng nhập bằng VNeID (môi trường phát triển)' })).toBeVisible();
  await checkPage(page, 'login');
});

test('a citizen logs in with the e-ID, submits online, finds the dossier in "Hồ sơ của tôi" and sees the account', async ({ page }) => {
  await eidLogin(page);
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible();
  await checkPage(page, 'my-dossiers-empty');

  await page.goto('/nop-ho-so/1.001193');
  // case and agency, whose dossier, the five pages of the declaration, papers, check answers
  await expect(page.getByText('Đăng ký khai sinh · Bước 1 trên 9')).toBeVisible();
  await page.getByRole('radio', { name: 'Ủy ban nhân dân Phường Hạc Thành' }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await fillBirthDeclaration(page);
  // the birth certificate is required: uploaded
  const cert = page.getByRole('group', { name: /^\d+\.[-*\s]*Giấy chứng sinh/ });
  await cert.getByRole('radio', { name: 'Tải lên' }).check();
  const scan = await PDFDocument.create();
  scan.addPage().drawText('Giay chung sinh', { x: 20, y: 400, size: 10 });
  await cert.locator('input[type=file]').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await scan.save({ useObjectStreams: false })) });
  await expect(cert.locator('[data-testid^="uploaded-"]')).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  // Sending without the declaration: an error summary, nothing lost.
  await page.getByRole('button', { name: 'Gửi hồ sơ', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Đánh dấu lời cam đoan');
  await checkPage(page, 'submit-error');
  await page.getByLabel('Tôi cam đoan các thông tin trên là đúng').check();
  await page.getByRole('button', { name: 'Gửi hồ sơ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi hồ sơ' })).toBeVisible();
  await expect(page.getByTestId('receipt-code')).not.toBeEmpty();
  await checkPage(page, 'submit-done');

  await page.getByRole('link', { name: 'Theo dõi hồ sơ', exact: true }).click();
  await expect(page.getByText('Đang chờ tiếp nhận').first()).toBeVisible();
  await expect(page.getByText('Nộp hồ sơ trực tuyến')).toBeVisible(); // the first entry of the timeline
  await checkPage(page, 'dossier');

  await page.getByRole('link', { name: 'Hồ sơ của tôi' }).first().click();
  await expect(page.getByRole('link', { name: 'Đăng ký khai sinh' })).toBeVisible();
  await expect(page.getByText('Chưa cấp mã')).toBeVisible();
  await checkPage(page, 'my-dossiers');

  await page.getByRole('link', { name: 'Lê Văn Thành' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeVisible();
  await expect(page.getByTestId('personal-id')).toHaveText('********2345');
  await checkPage(page, 'account');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
});

test('an unknown page shows a clear message', async ({ page }) => {
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
  await checkPage(page, 'not-found');
});
