/**
 * Officer journey: a one-stop officer receives a dossier at the counter for a citizen (personal ID checked in the
 * browser), prints the receipt, finds it in the queue; a specialist and a leader move it through the workflow to a
 * recorded result, and the one-stop officer returns it. The agency dashboard counts it.
 */
import { expect, test } from '@playwright/test';
import { checkPage, CITIZEN_ID } from './helpers.ts';
import { act, officerLogin, switchOfficer } from './officer-helpers.ts';

test('counter reception → queue → specialist and leader → result returned; dashboard', async ({ page }) => {
  await officerLogin(page, 'mc.h56', '/can-bo/tiep-nhan');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ tại quầy' })).toBeVisible();
  await expect(page.getByTestId('officer-agency')).toContainText('000.00.00.H56');

  // A wrong personal ID is caught before anything is sent; what was typed stays.
  await page.getByLabel('Số định danh cá nhân').fill('123456789012');
  await page.getByLabel('Họ và tên').fill('Lê Văn Thành');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(page.getByRole('alert').first()).toContainText('3 chữ số đầu phải là mã tỉnh');
  await expect(page.getByRole('alert').first()).toContainText('Chọn thủ tục');
  await expect(page).toHaveTitle(/^Lỗi: /);
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Lê Văn Thành');
  await checkPage(page, 'officer-reception-error');

  await page.getByLabel('Số định danh cá nhân').fill(CITIZEN_ID.replace(/(\d{4})/g, '$1 ').trim());
  await page.getByLabel('Tên thủ tục').fill('cap ban sao trich luc ho tich');
  await page.getByRole('radio', { name: /Cấp bản sao Trích lục hộ tịch.*2\.000635/ }).check();
  await page.getByRole('radio', { name: /Sở Tư pháp tỉnh Thanh Hóa/ }).check();
  await page.getByRole('checkbox', { name: /Đã nhận/ }).first().check();
  await expect(page.getByRole('table', { name: /Phí, lệ phí phải nộp/ })).toContainText('8.000');
  await checkPage(page, 'officer-reception');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
  const code = (await page.getByTestId('dossier-code').textContent())!.trim();
  expect(code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4}$/);
  const receipt = await page.getByRole('link', { name: /In giấy tiếp nhận/ }).getAttribute('href');
  const pdf = await page.request.get(receipt!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  await checkPage(page, 'officer-reception-done');

  // The queue: found by its code in "Đang xử lý".
  await page.getByRole('link', { name: 'Hồ sơ cần xử lý' }).click();
  await page.getByRole('tab', { name: /Đang xử lý/ }).click();
  await page.getByLabel('Tìm theo mã hồ sơ hoặc số định danh').fill(code);
  const row = page.getByRole('link', { name: code });
  await expect(row).toBeVisible();
  await checkPage(page, 'officer-queue-search');

  // The specialist takes it up and hands it to the leader's approval step.
  await row.click();
  await switchOfficer(page, 'cv.h56');
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
  await expect(page.getByTestId('owner-id')).toHaveText('********2345');
  await act(page, 'Bắt đầu giải quyết');
  await expect(page.getByText('Đang giải quyết').first()).toBeVisible();
  await act(page, 'Chuyển xử lý', async () => {
    await expect(page.getByLabel('Chuyển đến bước')).toHaveValue('approval');
    await page.getByLabel(/Ý kiến chuyển xử lý/).fill('Hồ sơ đầy đủ, đề nghị phê duyệt.');
  });
  await expect(page.getByText('Hồ sơ đầy đủ, đề nghị phê duyệt.')).toBeVisible();
  await checkPage(page, 'officer-dossier-specialist');

  // The leader approves; the specialist records the result; the one-stop officer returns it.
  await switchOfficer(page, 'ld.h56');
  await act(page, 'Lãnh đạo phê duyệt');
  await expect(page.getByRole('button', { name: 'Lãnh đạo phê duyệt', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Chuyển xử lý', exact: true })).toHaveCount(0);
  await switchOfficer(page, 'cv.h56');
  await act(page, 'Có kết quả giải quyết');
  await expect(page.getByText('Đã có kết quả').first()).toBeVisible();
  await switchOfficer(page, 'mc.h56');
  // After approving, the leader was offered no second approval (issue 13.13); the counter's return asks for the
  // method (none preset) and shows the unpaid fee (issue 13.5): returning needs the fee taken or waived with a reason.
  await page.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
  const ret = page.getByRole('dialog', { name: 'Trả kết quả' });
  await expect(ret.getByRole('radio', { name: 'Trả tại quầy' })).not.toBeChecked();
  await expect(ret.getByTestId('return-fee-state')).toContainText('Chưa nộp — 8.000');
  await ret.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(ret.getByRole('alert').first()).toContainText('Chọn hình thức trả kết quả');
  await ret.getByRole('radio', { name: 'Trả tại quầy' }).check();
  await ret.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(ret.getByRole('alert').first()).toContainText('Phí, lệ phí chưa nộp');
  await checkPage(page, 'officer-return-fees-due');
  await ret.getByRole('checkbox', { name: 'Miễn phí, lệ phí cho hồ sơ này' }).check();
  await ret.getByLabel(/Lý do miễn/).fill('Người có công với cách mạng, miễn lệ phí');
  await ret.getByLabel(/Người nhận kết quả/).fill('Lê Văn Thành');
  await ret.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã thực hiện: Trả kết quả')).toBeVisible();
  await expect(page.getByText('Đã nhận kết quả').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Các lần giao, nhận hồ sơ giữa các bước' })).toContainText('Lãnh đạo phê duyệt');
  await checkPage(page, 'officer-dossier-returned');

  // The dashboard counts the dossier as received and resolved today.
  await page.getByRole('link', { name: 'Thống kê' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thống kê giải quyết hồ sơ' })).toBeVisible();
  await expect(page.getByTestId('stat-received')).not.toHaveText('0');
  await expect(page.getByTestId('stat-resolved')).not.toHaveText('0');
  await checkPage(page, 'officer-dashboard');
});

test('officer pages reflow at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await officerLogin(page, 'mc.h56', '/can-bo');
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' })).toBeVisible();
  await checkPage(page, 'mobile-officer-queue');
  await page.goto('/can-bo/tiep-nhan');
  await page.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  await page.getByRole('radio', { name: /Đăng ký khai sinh \(1\.001193\)/ }).check();
  await page.getByRole('radio', { name: /Ủy ban nhân dân Phường Hạc Thành/ }).check();
  await expect(page.getByTestId('appointment')).toBeVisible();
  await checkPage(page, 'mobile-officer-reception');
});
