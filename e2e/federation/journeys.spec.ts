/**
 * Issue 13, "Done when": the seven journeys on the demo federation exactly as `npm start` ships it (the portal and
 * the systems H56, H49, G15; the shipped catalogue, officers and e-ID persons) — no admin-API or database setup
 * before or during; facts are only read back through the API to assert. Every screen visited passes axe.
 *
 * J1 a citizen's online birth registration with its e-form, on the portal, for the Hạ Long ward (H49).
 * J2 the ward processes it (one-stop officer, specialist, leader) to a signed electronic result, returned online;
 *    the citizen sees it in "Hồ sơ của tôi" and in "Kho dữ liệu" on the portal.
 * J3 a fee of the shipped catalogue (business household, 1.001612, 50,000 đ) asked at H49 and paid online.
 * J4 the portal verifies Quảng Ninh's result by its code and by its file.
 * J5 once-only: a paper digitised at H49's counter is offered, with preview and consent, in the citizen's next
 *    online submission; the counter that receives that submission cannot ask for it on paper again.
 * J6 an honest rating of the returned dossier from the portal: nothing chosen in advance, what is recorded is what
 *    was chosen.
 * J7 Thanh Hóa's counter receives for a Quảng Ninh ward: one action, Form 01 with H49's code and appointment,
 *    verified by the portal.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { checkPage, fillBirthDeclaration } from '../helpers.ts';
import { act } from '../officer-helpers.ts';
import { call, H49, H56, nodesUp, nodeToken, officerLoginAt, portalLogin, PORTAL, switchOfficerAt } from './helpers.ts';

/** Đỗ Thị Hạnh (a demo e-ID person; no other federation spec uses her): phone 0900000007. */
const CITIZEN = { id: '038195006789', name: 'Đỗ Thị Hạnh' };
const WARD = 'Ủy ban nhân dân Phường Hạ Long';
const WARD_AT_H49 = /^Ủy ban nhân dân Phường Hạ Long \(000\.01\.31\.H49\)/;
const BIRTH_PAPER = /^\d+\.[-*\s]*Giấy chứng sinh/;

async function pdf(text: string): Promise<Buffer> {
  const d = await PDFDocument.create();
  d.addPage().drawText(text, { x: 20, y: 400, size: 12 });
  return Buffer.from(await d.save({ useObjectStreams: false }));
}

async function png(text: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="620" height="877"><rect width="100%" height="100%" fill="white"/><text x="40" y="80" font-size="28">${text}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The portal's wizard for a birth registration at the Hạ Long ward, up to the papers page (e-form filled). */
async function birthWizardToPapers(page: Page, shot: string): Promise<void> {
  await page.goto(`${PORTAL}/nop-ho-so/1.001193`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ông/bà nộp hồ sơ theo trường hợp nào, tại đâu?' })).toBeVisible();
  await page.getByRole('radio', { name: WARD }).check();
  await checkPage(page, `${shot}-case`);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ này của ai?' })).toBeVisible();
  await expect(page.getByText(CITIZEN.name).first()).toBeVisible();
  await checkPage(page, `${shot}-owner`);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await fillBirthDeclaration(page, (name) => checkPage(page, `${shot}-${name}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Giấy tờ trong hồ sơ' })).toBeVisible();
}

/** The review page: the promise ticked, "Gửi hồ sơ", the portal's answer (on its way to Quảng Ninh's system). */
async function sendFromReview(page: Page, shot: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra lại trước khi gửi' })).toBeVisible();
  await expect(page.getByText(WARD)).toBeVisible();
  await page.getByLabel('Tôi cam đoan các thông tin trên là đúng').check();
  await checkPage(page, `${shot}-review`);
  await page.getByRole('button', { name: 'Gửi hồ sơ', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Hồ sơ đã được gửi và đang chuyển đến Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ninh' }),
  ).toBeVisible();
  await expect(page.getByTestId('submission-id')).toHaveText(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  await checkPage(page, `${shot}-forwarded`);
}

/** H49's one-stop officer opens the citizen's online dossier waiting for reception and receives it; returns its code. */
async function receiveOnlineAtH49(page: Page, shot: string): Promise<string> {
  await page.goto(`${H49}/can-bo`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: CITIZEN.name }).filter({ hasText: 'Đang chờ tiếp nhận' });
  await expect(async () => {
    await page.reload();
    await expect(row.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toHaveCount(1);
  await checkPage(page, `${shot}-queue`);
  await row.getByRole('link', { name: 'Mở hồ sơ' }).click();
  await expect(page).toHaveURL(new RegExp(`^${H49}/can-bo/ho-so/[0-9a-f-]{36}$`));
  await checkPage(page, `${shot}-to-receive`);
  await act(page, 'Tiếp nhận hồ sơ');
  const code = page.getByText(/^000\.01\.31\.H49-\d{6}-\d{4}$/).first();
  await expect(code).toBeVisible();
  return (await code.textContent())!.trim();
}

/** The dossier item of "Hồ sơ của tôi" on the portal, once the national mirror shows `status`. */
async function myDossierOnPortal(page: Page, code: string, status: string) {
  await page.goto(`${PORTAL}/ho-so-cua-toi`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: code });
  await expect(async () => {
    await page.reload();
    await expect(item).toContainText(status, { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  return item;
}

test.describe.configure({ mode: 'serial' });
test.beforeAll(nodesUp);

/** What the journeys hand on to each other. */
const s = { dossierId: '', code: '', resultCode: '', resultPdf: Buffer.alloc(0) };

test('J1: a citizen submits a birth registration with its e-form on the portal, for a ward of Quảng Ninh', async ({ browser }) => {
  test.setTimeout(180_000);
  const citizen = await newPage(browser);
  await portalLogin(citizen, CITIZEN.id);
  await checkPage(citizen, 'j1-my-dossiers-empty');
  await birthWizardToPapers(citizen, 'j1');
  // the birth certificate is required: it cannot be left out
  const birth = citizen.getByRole('group', { name: BIRTH_PAPER });
  await expect(birth.getByRole('radio', { name: 'Không nộp giấy tờ này' })).toHaveCount(0);
  await birth.getByRole('radio', { name: 'Tải lên' }).check();
  await birth.locator('input[type=file]').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: await pdf('Giay chung sinh (ban chup)') });
  await expect(birth.locator('[data-testid^="uploaded-"]')).toBeVisible();
  await checkPage(citizen, 'j1-papers');
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await sendFromReview(citizen, 'j1');
});

test('J2: the ward processes it to a signed electronic result, which the citizen sees in "Hồ sơ của tôi" and "Kho dữ liệu"', async ({ browser }) => {
  test.setTimeout(300_000);
  const officer = await newPage(browser);
  await officerLoginAt(officer, H49, 'mc.h49', '/can-bo');
  s.code = await receiveOnlineAtH49(officer, 'j2-h49');
  s.dossierId = new URL(officer.url()).pathname.split('/').pop()!;
  await checkPage(officer, 'j2-h49-received');

  // the ward's specialist takes it up and hands it to the leader (the ward's officers ship with the demo)
  await switchOfficerAt(officer, H49, 'cv.halong.h49');
  await act(officer, 'Bắt đầu giải quyết');
  await act(officer, 'Chuyển xử lý');
  await checkPage(officer, 'j2-h49-specialist');
  await switchOfficerAt(officer, H49, 'ld.halong.h49');
  await act(officer, 'Lãnh đạo phê duyệt');
  await expect(officer.getByRole('button', { name: 'Lãnh đạo phê duyệt', exact: true })).toHaveCount(0);
  // the leader signs the electronic birth certificate (its child filled from the declaration the citizen typed)
  await officer.getByRole('button', { name: 'Ban hành kết quả điện tử' }).click();
  const dialog = officer.getByRole('dialog', { name: 'Ban hành kết quả điện tử' });
  await expect(dialog.getByRole('textbox', { name: 'Tên loại kết quả' })).toHaveValue('Giấy khai sinh');
  await dialog.getByRole('textbox', { name: 'Số, ký hiệu', exact: true }).fill('21/2026/GKS');
  await dialog.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('CHỦ TỊCH');
  await dialog.getByRole('textbox', { name: 'Trích yếu', exact: true }).fill('Giấy khai sinh của trẻ Lê Minh Khang');
  const content = dialog.getByRole('textbox', { name: 'Nội dung văn bản' });
  if (!(await content.inputValue())) await content.fill('Họ, chữ đệm, tên: Lê Minh Khang\nNgày, tháng, năm sinh: 20/11/2026');
  await checkPage(officer, 'j2-h49-result-dialog');
  await dialog.getByRole('button', { name: 'Ký số và ban hành' }).click();
  await expect(officer.getByText('Đã ban hành kết quả điện tử')).toBeVisible({ timeout: 60_000 }); // signing, on a loaded machine
  s.resultCode = (await officer.getByTestId('result-code').textContent())!.trim();
  const href = await officer.getByRole('link', { name: 'Tải kết quả đã ký số (PDF)' }).getAttribute('href');
  const signed = await officer.request.get(new URL(href!, H49).toString());
  expect(signed.headers()['content-type']).toContain('application/pdf');
  s.resultPdf = Buffer.from(await signed.body());
  await checkPage(officer, 'j2-h49-result-issued');

  // the one-stop officer returns it electronically (a method is chosen; a birth registration has no fee)
  await switchOfficerAt(officer, H49, 'mc.h49');
  await officer.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
  const ret = officer.getByRole('dialog', { name: 'Trả kết quả' });
  await expect(ret.getByRole('radio', { checked: true })).toHaveCount(0);
  await ret.getByRole('radio', { name: 'Trả bản điện tử' }).check();
  await checkPage(officer, 'j2-h49-return');
  await ret.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(officer.getByText('Đã thực hiện: Trả kết quả')).toBeVisible();
  const mc = await nodeToken(H49, { username: 'mc.h49' });
  expect((await call<{ status: number }>(H49, mc, 'GET', `/api/v1/dossiers/${s.dossierId}`)).json.status).toBe(10);

  // the citizen, on the portal: the dossier returned in "Hồ sơ của tôi", the signed result in her warehouse
  const citizen = await newPage(browser);
  await portalLogin(citizen, CITIZEN.id);
  const item = await myDossierOnPortal(citizen, s.code, 'Đã nhận kết quả');
  await expect(item).toContainText('Đăng ký khai sinh');
  await expect(item).toContainText(WARD);
  await checkPage(citizen, 'j2-portal-my-dossiers');
  await citizen.getByRole('link', { name: 'Kho dữ liệu', exact: true }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: 'Kho dữ liệu của tôi' })).toBeVisible();
  const doc = citizen.getByTestId('wh-doc').filter({ hasText: '21/2026/GKS' });
  await expect(async () => {
    await citizen.reload();
    await expect(doc).toContainText('Giấy khai sinh', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await checkPage(citizen, 'j2-portal-warehouse');
});

test('J3: a fee of the shipped catalogue (business household, 50,000 đ) asked at H49 is paid online by the citizen', async ({ browser }) => {
  test.setTimeout(150_000);
  const officer = await newPage(browser);
  await officerLoginAt(officer, H49, 'mc.h49', '/can-bo/tiep-nhan');
  await officer.getByLabel('Số định danh cá nhân').fill(CITIZEN.id);
  await officer.getByLabel('Họ và tên').fill(CITIZEN.name);
  await officer.getByLabel('Tên thủ tục').fill('dang ky thanh lap ho kinh doanh');
  await officer.getByRole('radio', { name: /Đăng ký thành lập hộ kinh doanh \(1\.001612\)/ }).check();
  await officer.getByRole('radio', { name: WARD_AT_H49 }).check();
  await officer.getByRole('checkbox', { name: /Đã nhận/ }).first().check();
  await expect(officer.getByRole('table', { name: /Phí, lệ phí phải nộp/ })).toContainText('50.000');
  await checkPage(officer, 'j3-h49-reception');
  await officer.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(officer.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
  const code = (await officer.getByTestId('dossier-code').textContent())!.trim();
  expect(code).toMatch(/^000\.01\.31\.H49-\d{6}-\d{4}$/);
  await officer.getByRole('link', { name: 'Mở hồ sơ' }).click();
  const id = new URL(officer.url()).pathname.split('/').pop()!;
  // the ward's specialist takes it up and asks for the fee: the obligation names the dossier's own fee lines (the
  // amount is never typed), and the clock pauses
  await switchOfficerAt(officer, H49, 'cv.halong.h49');
  await act(officer, 'Bắt đầu giải quyết');
  await act(officer, 'Yêu cầu nộp phí, thuế');
  await expect(officer.getByRole('region', { name: 'Thời hạn giải quyết' })).toContainText('đang tạm dừng');
  await checkPage(officer, 'j3-h49-payment-requested');

  // the citizen finds it in "Hồ sơ của tôi" on the portal and pays on the dossier's page (the same e-ID)
  const citizen = await newPage(browser);
  await portalLogin(citizen, CITIZEN.id);
  const item = await myDossierOnPortal(citizen, code, 'Cần nộp phí, thuế');
  await checkPage(citizen, 'j3-portal-fee-due');
  await item.getByRole('link', { name: /mở hồ sơ trên hệ thống giải quyết/ }).click();
  await expect(citizen).toHaveURL(new RegExp(`^${H49}/dang-nhap`));
  await citizen.getByRole('link', { name: 'Đăng nhập bằng VNeID (môi trường phát triển)' }).click();
  await expect(citizen).toHaveURL(`${H49}/ho-so-cua-toi/${id}`);
  await expect(citizen.getByRole('heading', { name: 'Nộp phí, lệ phí trực tuyến' })).toBeVisible();
  await checkPage(citizen, 'j3-h49-pay');
  const popup = citizen.waitForEvent('popup');
  await citizen.getByRole('button', { name: /Thanh toán 50\.000/ }).click();
  const gateway = await popup;
  await gateway.getByRole('button', { name: 'Thanh toán' }).click();
  await expect(gateway.getByText(/thành công/i).first()).toBeVisible();
  await gateway.close();
  await expect(citizen.getByTestId('payment-paid')).toBeVisible({ timeout: 20_000 });
  await checkPage(citizen, 'j3-h49-paid');

  // confirmed by the platform's callback: the dossier leaves the pause (status 6) back to processing, and the
  // portal follows
  const cv = await nodeToken(H49, { username: 'cv.halong.h49' });
  await expect.poll(async () => (await call<{ status: number }>(H49, cv, 'GET', `/api/v1/dossiers/${id}`)).json.status, { timeout: 20_000 }).toBe(4);
  await myDossierOnPortal(citizen, code, 'Đang giải quyết');
});

test('J4: the portal verifies the result Quảng Ninh issued, by its code and by its file', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await newPage(browser);
  await page.goto(`${PORTAL}/xac-thuc`);
  await expect(page.getByRole('heading', { level: 1, name: 'Xác thực giấy tờ điện tử' })).toBeVisible();
  await page.getByLabel('Mã xác thực').fill(s.resultCode);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(page.getByTestId('verify-status')).toContainText('Giấy tờ còn hiệu lực');
  await expect(page.getByText('Giấy khai sinh').first()).toBeVisible();
  await checkPage(page, 'j4-portal-verify-code');
  await page.goto(`${PORTAL}/xac-thuc`);
  await page.getByTestId('verify-file').setInputFiles({ name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: s.resultPdf });
  await expect(page.getByTestId('verify-status')).toContainText('Giấy tờ còn hiệu lực');
  await expect(page.getByText('✓ Hợp lệ, do hệ thống tin cậy cấp')).toBeVisible();
  await expect(page.getByText('✓ Nội dung trùng khớp với bản đã ban hành')).toBeVisible();
  await checkPage(page, 'j4-portal-verify-file');
});

test('J5: once-only — a paper digitised at H49’s counter is offered with preview and consent online, and not asked for again on paper', async ({ browser }) => {
  test.setTimeout(300_000);
  // H49's counter receives a birth registration for her and digitises the birth certificate she brings
  const officer = await newPage(browser);
  await officerLoginAt(officer, H49, 'mc.h49', '/can-bo/tiep-nhan');
  await officer.getByLabel('Số định danh cá nhân').fill(CITIZEN.id);
  await officer.getByLabel('Họ và tên').fill(CITIZEN.name);
  await officer.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  await officer.getByRole('radio', { name: /Đăng ký khai sinh \(1\.001193\)/ }).check();
  await officer.getByRole('radio', { name: WARD_AT_H49 }).check();
  for (const c of await officer.getByRole('checkbox', { name: /Đã nhận/ }).all()) await c.check();
  await officer.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(officer.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
  await officer.getByRole('link', { name: 'Mở hồ sơ' }).click();
  const panel = officer.getByTestId('digitise-4');
  await panel.getByTestId('scan-file-4').setInputFiles({ name: 'giay-chung-sinh.png', mimeType: 'image/png', buffer: await png('GIAY CHUNG SINH 456/GCS') });
  await expect(panel.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', '100');
  await panel.getByRole('textbox', { name: /Số, ký hiệu/ }).fill('456/GCS');
  await panel.getByRole('textbox', { name: /Cơ quan ban hành/ }).fill('Bệnh viện Bãi Cháy');
  await panel.getByLabel(/Ngày ban hành/).fill('2026-11-20');
  await panel.getByRole('textbox', { name: 'Trích yếu nội dung' }).fill('Giấy chứng sinh của trẻ Lê Minh Khang');
  await checkPage(officer, 'j5-h49-digitise');
  await panel.getByRole('button', { name: 'Số hóa' }).click();
  await expect(panel.getByText('Đã số hóa và ký số')).toBeVisible({ timeout: 60_000 });
  await checkPage(officer, 'j5-h49-digitised');

  // her next online submission on the portal offers it, with a preview and her consent
  const citizen = await newPage(browser);
  await portalLogin(citizen, CITIZEN.id);
  await citizen.getByRole('link', { name: 'Kho dữ liệu', exact: true }).click();
  const stored = citizen.getByTestId('wh-doc').filter({ hasText: '456/GCS' });
  await expect(async () => {
    await citizen.reload();
    await expect(stored).toContainText('Do cơ quan số hóa từ bản giấy', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await checkPage(citizen, 'j5-portal-warehouse');
  await birthWizardToPapers(citizen, 'j5');
  const birth = citizen.getByRole('group', { name: BIRTH_PAPER });
  await birth.getByRole('radio', { name: /Lấy từ Kho dữ liệu: .* — 456\/GCS/ }).check();
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(citizen.getByRole('alert').first()).toContainText('Đánh dấu đồng ý sử dụng giấy tờ');
  await birth.getByRole('button', { name: 'Xem giấy tờ' }).first().click();
  const preview = citizen.getByRole('dialog', { name: 'Xem trước giấy tờ' });
  await expect(preview).toBeVisible();
  // the preview shows the signed digitised copy held by the warehouse
  const src = await preview.locator('iframe').getAttribute('src');
  const shown = await citizen.request.get(new URL(src!, PORTAL).toString());
  expect(shown.status()).toBe(200);
  expect(shown.headers()['content-type']).toContain('application/pdf');
  await checkPage(citizen, 'j5-portal-preview', { idle: false, exclude: ['iframe'] });
  await citizen.getByRole('button', { name: 'Đóng' }).click();
  await birth.getByLabel('Tôi đồng ý sử dụng giấy tờ này cho hồ sơ').check();
  // Chromium's PDF viewer leaves the page short of network-idle: a reload (which keeps every answer) ends that
  await citizen.reload();
  await expect(birth.getByLabel('Tôi đồng ý sử dụng giấy tờ này cho hồ sơ')).toBeChecked();
  await checkPage(citizen, 'j5-portal-papers');
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(citizen.getByText(/Lấy từ Kho dữ liệu: .*\(456\/GCS\)/)).toBeVisible();
  await sendFromReview(citizen, 'j5');

  // the counter receiving it cannot ask her for that paper on paper again
  await officer.goto(`${H49}/can-bo`);
  await receiveOnlineAtH49(officer, 'j5-h49');
  await officer.getByRole('button', { name: 'Yêu cầu bổ sung giấy tờ', exact: true }).click();
  const ask = officer.getByRole('dialog', { name: 'Yêu cầu bổ sung giấy tờ' });
  await ask.getByRole('checkbox', { name: /^Giấy chứng sinh/ }).check();
  await ask.getByLabel(/^Lý do bổ sung: Giấy chứng sinh/).fill('Nộp bản chính');
  await ask.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(ask).toContainText('không được yêu cầu người dân nộp lại');
  await expect(ask).toContainText('456/GCS');
  await checkPage(officer, 'j5-h49-supplement-refused');
});

test('J6: an honest rating from the portal — nothing chosen in advance, what is recorded is what was chosen', async ({ browser }) => {
  test.setTimeout(120_000);
  const citizen = await newPage(browser);
  await portalLogin(citizen, CITIZEN.id);
  const item = await myDossierOnPortal(citizen, s.code, 'Đã nhận kết quả');
  await item.getByText('Đánh giá mức độ hài lòng').first().click();
  const section = item.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
  const questions = section.getByRole('radiogroup');
  await expect(questions.first()).toBeVisible();
  await expect(section.getByRole('radio', { checked: true })).toHaveCount(0);
  await section.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(section.getByRole('alert')).toContainText('trả lời tất cả các câu hỏi');
  const chosen: string[] = [];
  for (const q of await questions.all()) {
    const option = q.getByRole('radio').nth(1);
    await option.check();
    chosen.push(await option.evaluate((el) => (el as unknown as { labels: ArrayLike<{ textContent: string | null }> | null }).labels?.[0]?.textContent?.trim() ?? ''));
  }
  await checkPage(citizen, 'j6-portal-rating');
  await section.getByRole('button', { name: 'Gửi đánh giá' }).click();
  const recorded = section.getByTestId('evaluation-recorded');
  await expect(recorded.getByRole('listitem')).toHaveCount(chosen.length);
  const got = await recorded.getByRole('listitem').locator('strong').allTextContents();
  expect(got).toEqual(chosen);
  await expect(recorded).not.toContainText('Xuất sắc');
  await checkPage(citizen, 'j6-portal-rated');
});

test('J7: Thanh Hóa’s counter receives for a Quảng Ninh ward in one action; Form 01 carries H49’s code and appointment', async ({ browser }) => {
  test.setTimeout(150_000);
  const PERSON = { id: '038087042028', name: 'Nguyễn Văn Liên Tỉnh' };
  const page = await newPage(browser);
  await officerLoginAt(page, H56, 'mc.h56', '/can-bo/tiep-nhan');
  await page.getByLabel('Số định danh cá nhân').fill(PERSON.id);
  await page.getByLabel('Họ và tên').fill(PERSON.name);
  await page.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  await page.getByRole('radio', { name: /Đăng ký khai sinh \(1\.001193\)/ }).check();
  await page.getByRole('radio', { name: /Ủy ban nhân dân Phường Hạ Long \(000\.01\.31\.H49\) — tỉnh\/thành phố khác/ }).check();
  for (const c of await page.getByRole('checkbox', { name: /Đã nhận/ }).all()) await c.check();
  // the scans are chosen in the reception form itself: there is one action
  const files = page.getByTestId('forward-files');
  await files.getByTestId('fwd-file-1').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: await pdf('To khai dang ky khai sinh') });
  await expect(files.getByText('Đã chọn 1 tệp')).toBeVisible();
  await expect(page.getByRole('button', { name: /Tiếp nhận hồ sơ|Chuyển hồ sơ/ })).toHaveCount(1);
  await checkPage(page, 'j7-h56-reception-forward-one-action');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

  const done = page.getByTestId('forwarded');
  await expect(done.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
  await expect(done).toContainText(WARD);
  await expect(page.getByTestId('forward-panel')).toHaveCount(0);
  // until H49 answers: "đang chờ" with a short reference (H49 may already have answered: then its code is shown)
  await expect(done.getByTestId('forwarded-pending').or(done.getByTestId('dossier-code'))).toBeVisible();
  const pending = done.getByTestId('forwarded-pending');
  if (await pending.isVisible()) await expect(pending).toContainText(/Mã tham chiếu: [0-9A-F]{4}-[0-9A-F]{4}/);
  const code = done.getByTestId('dossier-code');
  await expect(code).toHaveText(/^000\.01\.31\.H49-\d{6}-\d{4}$/, { timeout: 30_000 });
  await expect(done.getByTestId('due-at')).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  await checkPage(page, 'j7-h56-forwarded-receipt');
  const href = await done.getByRole('link', { name: 'In giấy tiếp nhận và hẹn trả kết quả (PDF)' }).getAttribute('href');
  const form01 = await page.request.get(`${H56}${href}`);
  expect(form01.status()).toBe(200);
  expect(form01.headers()['content-type']).toBe('application/pdf');
  const verificationCode = form01.headers()['x-verification-code']!;

  // the national portal verifies the receipt Thanh Hóa signed: by its code and by the file
  const byCode = await fetch(`${PORTAL}/api/v1/verification/${verificationCode}`);
  expect(byCode.status).toBe(200);
  expect(await byCode.json()).toMatchObject({ kind: 'receipt', status: 'valid' });
  const byFile = await fetch(`${PORTAL}/api/v1/verification`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: await form01.body() });
  expect(await byFile.json()).toMatchObject({ valid: true });

  // the forwarded list: names, the code and a receipt link
  await done.getByRole('link', { name: 'Hồ sơ chuyển hệ thống khác' }).click();
  const item = page.getByTestId('forwarded-item').filter({ hasText: PERSON.name }).first();
  await expect(item).toContainText(WARD);
  await expect(item).toContainText('Quảng Ninh');
  await expect(item).not.toContainText('H49 · 000.01.31.H49');
  await expect(item.getByRole('link', { name: 'In giấy tiếp nhận và hẹn trả kết quả (PDF)' })).toBeVisible();
  await checkPage(page, 'j7-h56-forwarded-list-names');
});
