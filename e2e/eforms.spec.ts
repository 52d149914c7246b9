/**
 * Issue 13 items 7–8 on the shipped demo data (demo seed only, no setup through admin APIs): a birth registration
 * online with its declaration e-form (error summary linked to the fields, dates as Ngày/Tháng/Năm, the required birth
 * certificate), the declaration on the dossier page and corrected by the ward's officer; a draft saved with
 * "Lưu và thoát" in one browser and resumed in a fresh one logged in as the same citizen.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { BIRTH_DECLARATION, checkPage, eidLogin, fillBirthDeclaration } from './helpers.ts';
import { officerLogin } from './officer-helpers.ts';

async function pdf(): Promise<Buffer> {
  const d = await PDFDocument.create();
  d.addPage().drawText(`Giay chung sinh ${'x'.repeat(200)}`, { x: 20, y: 400, size: 8 });
  return Buffer.from(await d.save({ useObjectStreams: false }));
}

async function startBirth(page: Page): Promise<void> {
  await page.goto('/nop-ho-so/1.001193');
  await page.getByRole('radio', { name: 'Ủy ban nhân dân Phường Hạc Thành' }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ này của ai?' })).toBeVisible();
}

test.describe.configure({ mode: 'serial' });
let dossierUrl = '';

test('a birth registration online with its e-form: linked errors, dates, the required birth certificate, check answers, the declaration on the dossier page', async ({ page }) => {
  await eidLogin(page);
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/);
  await startBirth(page);
  // whose dossier: myself or another person (with name and personal ID)
  await expect(page.getByRole('radio', { name: /Tôi nộp cho bản thân/ })).toBeChecked();
  await page.getByRole('radio', { name: 'Cho người khác (được ủy quyền)' }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alert')).toContainText('Số định danh cá nhân phải gồm 12 chữ số');
  await checkPage(page, 'eform-owner-other-errors');
  await page.getByRole('radio', { name: /Tôi nộp cho bản thân/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // the first page of the declaration, sent empty: a summary listing each question, each linked to its field
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin người được khai sinh' })).toBeVisible();
  await expect(page.getByText('Tờ khai: Tờ khai đăng ký khai sinh')).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Nhập họ, chữ đệm, tên người được khai sinh',
    'Nhập ngày, tháng, năm sinh',
    'Chọn giới tính',
    'Nhập dân tộc',
    'Nhập quốc tịch',
  ]);
  await expect(page).toHaveTitle(/^Lỗi: /);
  await checkPage(page, 'eform-errors');
  await summary.getByRole('link', { name: 'Nhập họ, chữ đệm, tên người được khai sinh' }).click();
  await expect(page.getByLabel('Họ, chữ đệm, tên người được khai sinh')).toBeFocused();
  // a date that does not exist is named as such
  await page.getByLabel('Ngày', { exact: true }).fill('30');
  await page.getByLabel('Tháng', { exact: true }).fill('2');
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(summary).toContainText('Ngày, tháng, năm sinh phải là một ngày có thật');
  await fillBirthDeclaration(page, (name) => checkPage(page, name));

  // papers: the birth certificate is required, "not submitted" is not offered for it
  await expect(page.getByRole('heading', { level: 1, name: 'Giấy tờ trong hồ sơ' })).toBeVisible();
  const cert = page.getByRole('group', { name: /^\d+\.[-*\s]*Giấy chứng sinh/ });
  await expect(cert.getByText('Bắt buộc', { exact: true })).toBeVisible();
  await expect(cert.getByRole('radio', { name: 'Không nộp giấy tờ này' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alert')).toContainText('giấy tờ bắt buộc');
  await cert.getByRole('radio', { name: 'Tải lên' }).check();
  const seq = (await cert.getByTestId(/^file-\d+$/).getAttribute('data-testid'))!.slice(5);
  await page.getByTestId(`file-${seq}`).setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: await pdf() });
  await expect(page.getByTestId(`uploaded-${seq}`)).toContainText('Đã tải lên: giay-chung-sinh.pdf');
  await checkPage(page, 'eform-papers');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // check answers: the declared facts, dates dd/mm/yyyy, a change link per answer
  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra lại trước khi gửi' })).toBeVisible();
  await expect(page.getByText(BIRTH_DECLARATION.childName)).toBeVisible();
  await expect(page.getByText('20/11/2026')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thay đổi Ngày, tháng, năm sinh', exact: true })).toBeVisible();
  await page.getByLabel('Tôi cam đoan các thông tin trên là đúng').check();
  await checkPage(page, 'eform-review');
  await page.getByRole('button', { name: 'Gửi hồ sơ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi hồ sơ' })).toBeVisible();
  await page.getByRole('link', { name: 'Theo dõi hồ sơ', exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi\/[0-9a-f-]{36}$/);
  dossierUrl = new URL(page.url()).pathname;
  const decl = page.getByTestId('declaration');
  await expect(decl).toContainText(BIRTH_DECLARATION.childName);
  await expect(decl).toContainText('20/11/2026');
  await expect(decl).toContainText('Nam');
  await checkPage(page, 'eform-dossier');
});

test("the ward's officer sees the declaration and corrects it with a reason; the correction is in the history", async ({ page }) => {
  const id = dossierUrl.split('/').pop()!;
  await officerLogin(page, 'mc.h56', `/can-bo/ho-so/${id}`);
  await expect(page.getByTestId('declaration')).toContainText(BIRTH_DECLARATION.childName);
  await page.getByRole('button', { name: 'Sửa tờ khai' }).click();
  await page.getByLabel('Họ, chữ đệm, tên người được khai sinh').fill('Lê Minh Khanh');
  await page.getByLabel('Lý do sửa').fill('Sai chính tả theo giấy chứng sinh');
  await checkPage(page, 'eform-officer-correct');
  await page.getByRole('button', { name: 'Lưu chỉnh sửa' }).click();
  await expect(page.getByTestId('declaration')).toContainText('Lê Minh Khanh');
  await expect(page.getByText(`Họ, chữ đệm, tên người được khai sinh: ${BIRTH_DECLARATION.childName} → Lê Minh Khanh`)).toBeVisible();
  await expect(page.getByText('Sửa tờ khai').first()).toBeVisible();
});

async function freshCitizen(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await eidLogin(page);
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/);
  return page;
}

test('"Lưu và thoát" keeps the draft on the server: listed in "Hồ sơ của tôi" and resumed in a fresh browser', async ({ browser }) => {
  const first = await freshCitizen(browser);
  await startBirth(first);
  await first.getByRole('button', { name: 'Tiếp tục' }).click();
  await first.getByLabel('Họ, chữ đệm, tên người được khai sinh').fill('Lê Bảo Ngọc');
  await first.getByRole('button', { name: 'Lưu và thoát' }).click();
  await expect(first).toHaveURL(/\/ho-so-cua-toi$/);
  await expect(first.getByRole('heading', { name: 'Hồ sơ chưa gửi' })).toBeVisible();
  await checkPage(first, 'drafts-listed');
  await first.context().close();

  // another device: nothing in its session storage, the same citizen
  const second = await freshCitizen(browser);
  const row = second.getByTestId('draft-row').filter({ hasText: 'Đăng ký khai sinh' }).first();
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: /Tiếp tục soạn/ }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Thông tin người được khai sinh' })).toBeVisible();
  await expect(second.getByLabel('Họ, chữ đệm, tên người được khai sinh')).toHaveValue('Lê Bảo Ngọc');
  await checkPage(second, 'draft-resumed');
  await second.context().close();
});
