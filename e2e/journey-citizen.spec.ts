/**
 * Citizen journeys in a real browser against the real server (demo mode):
 * J1 (citizen part) — a document digitised earlier is reused with consent, another paper uploaded with a progress
 * bar, the dossier sent, the receipt shown, the fee paid through the payment stand-in; the warehouse page shows the
 * officer's read in "Ai đã xem dữ liệu của tôi". J3 — the officer cannot ask again for the paper the warehouse
 * covers (clear message), asks for the other one; the citizen answers online; the clock pauses and resumes.
 * J1 (rest) — a leader issues the signed electronic result; the citizen finds it in the warehouse and verifies it.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { auth, birthProcedureWithGcs, checkPage, demoToken, eidLogin, fillBirthDeclaration } from './helpers.ts';
import { officerLogin } from './officer-helpers.ts';

/** Nguyễn Minh Đức: another person than the one the other specs receive at the counter (his warehouse stays apart). */
const CITIZEN_ID = '001203006789';

async function pdf(pages = 1): Promise<Buffer> {
  const d = await PDFDocument.create();
  for (let i = 0; i < pages; i++)
    d.addPage().drawText(`motcua e2e ${i} ${'x'.repeat(200)}`, { x: 20, y: 400, size: 8 });
  return Buffer.from(await d.save({ useObjectStreams: false }));
}

/** The birth certificate digitised by the Thanh Hóa one-stop unit, in the citizen's warehouse. */
async function depositBirthCertificate(request: APIRequestContext): Promise<string> {
  const t = await demoToken(request, { username: 'mc.h56' });
  const q = new URLSearchParams({
    personalId: CITIZEN_ID,
    typeCode: 'GCS',
    name: 'Giấy chứng sinh',
    numberSymbol: '123/GCS',
    issueDate: '2025-03-02',
  });
  const r = await request.post(`/api/v1/demo/warehouse/deposit?${q.toString()}`, {
    headers: { ...auth(t), 'content-type': 'application/pdf' },
    data: await pdf(),
  });
  expect(r.status()).toBe(201);
  return ((await r.json()) as { documentId: string }).documentId;
}

async function dossier(
  request: APIRequestContext,
  token: string,
  id: string,
): Promise<{ id: string; code: string; version: number; status: number }> {
  const r = await request.get(`/api/v1/dossiers/${id}`, { headers: auth(token) });
  expect(r.status()).toBe(200);
  return r.json();
}

async function act(request: APIRequestContext, token: string, id: string, body: Record<string, unknown>) {
  const d = await dossier(request, token, id);
  const r = await request.post(`/api/v1/dossiers/${id}/actions`, {
    headers: auth(token),
    data: { expectedVersion: d.version, ...body },
  });
  expect(r.status(), await r.text()).toBe(200);
  return r.json();
}

test.describe.configure({ mode: 'serial' });
let dossierId = '';
let documentId = '';

test('J1: submit online with one paper reused (consent) and one uploaded (progress), receipt, pay, access log', async ({
  page,
  request,
}) => {
  await birthProcedureWithGcs(request);
  documentId = await depositBirthCertificate(request);
  await eidLogin(page, CITIZEN_ID);
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/);

  await page.goto('/nop-ho-so/1.001193');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ông/bà nộp hồ sơ theo trường hợp nào, tại đâu?' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alert')).toContainText('Chọn nơi nộp hồ sơ');
  await checkPage(page, 'wizard-case-error');
  await page.getByRole('radio', { name: 'Ủy ban nhân dân Phường Hạc Thành' }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ này của ai?' })).toBeVisible();
  await expect(page.getByText('Lấy từ Cơ sở dữ liệu quốc gia về dân cư')).toBeVisible();
  await checkPage(page, 'wizard-owner');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  // the declaration e-form of the version in force (its pages, then the papers)
  await fillBirthDeclaration(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Giấy tờ trong hồ sơ' })).toBeVisible();
  await page.getByRole('radio', { name: /Lấy từ Kho dữ liệu: Giấy chứng sinh — 123\/GCS/ }).check();
  await expect(page.getByText('Dùng được').first()).toBeVisible();
  // continuing without the consent is refused, with the reason
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alert')).toContainText('Đánh dấu đồng ý sử dụng giấy tờ');
  await page.getByLabel('Tôi đồng ý sử dụng giấy tờ này cho hồ sơ').check();
  // the preview opens the stored file
  await page.getByRole('button', { name: 'Xem giấy tờ' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Xem trước giấy tờ' })).toBeVisible();
  await page.getByRole('button', { name: 'Đóng' }).click();

  const tokhai = page.getByRole('group', { name: /8\. Tờ khai đăng ký khai sinh/ });
  await tokhai.getByRole('radio', { name: 'Tải lên' }).check();
  await page
    .getByTestId('file-8')
    .setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: await pdf(40) });
  await expect(page.getByTestId('uploaded-8')).toContainText('Đã tải lên: to-khai.pdf');
  await checkPage(page, 'wizard-papers');
  // a reload keeps every answer (sessionStorage)
  await page.reload();
  await expect(page.getByLabel('Tôi đồng ý sử dụng giấy tờ này cho hồ sơ')).toBeChecked();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra lại trước khi gửi' })).toBeVisible();
  await expect(page.getByText('Lấy từ Kho dữ liệu: Giấy chứng sinh (123/GCS)')).toBeVisible();
  await expect(page.getByText('Tệp tải lên: to-khai.pdf')).toBeVisible();
  await page.getByLabel('Tôi cam đoan các thông tin trên là đúng').check();
  await checkPage(page, 'wizard-review');
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi hồ sơ' })).toBeVisible();
  await expect(page.getByTestId('receipt-code')).not.toBeEmpty();
  // the uploads are attached to the dossier first (the link waits, disabled, meanwhile)
  await expect(page.locator('a[data-disabled]')).toHaveCount(0);
  await checkPage(page, 'wizard-receipt');
  await page.getByRole('link', { name: 'Theo dõi hồ sơ', exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi\/[0-9a-f-]{36}$/);
  dossierId = page.url().split('/').pop()!;

  // the officer receives it (code issued), reads the reused document, and asks for the fee online
  const mc = await demoToken(request, { username: 'mc.h56' });
  const scans = await request.get(`/api/v1/dossiers/${dossierId}/components/7/scans`, { headers: auth(mc) });
  expect(scans.status()).toBe(200);
  expect(JSON.stringify(await scans.json())).toContain('Tờ khai');
  const received = await act(request, mc, dossierId, { action: 'receive' });
  expect(
    (await request.get(`/api/v1/dossiers/${dossierId}/reused/${documentId}`, { headers: auth(mc) })).status(),
  ).toBe(200);
  // Birth registration is free of fees in the national catalogue as shipped (the demo's earlier 8,000 đ was not the
  // law): no payment request is possible on it.
  const pay = await request.post('/api/v1/payments', { headers: auth(mc), data: { dossierId } });
  expect([pay.status(), (await pay.json()).code]).toEqual([409, 'dossier-has-no-fees']);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Giấy tờ lấy từ Kho dữ liệu' })).toBeVisible();
  await checkPage(page, 'dossier-received');

  await page.getByRole('link', { name: 'Kho dữ liệu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kho dữ liệu của tôi' })).toBeVisible();
  await expect(page.getByTestId('wh-doc').filter({ hasText: '123/GCS' })).toContainText(
    'Do cơ quan số hóa từ bản giấy',
  );
  await expect(
    page
      .getByTestId('wh-doc')
      .filter({ hasText: 'to-khai' })
      .or(page.getByTestId('wh-doc').filter({ hasText: 'Tờ khai' }))
      .first(),
  ).toContainText('Tôi tự tải lên — chưa xác thực');
  await expect(page.getByTestId('access-log')).toContainText(received.code as string);
  await expect(page.getByTestId('access-log')).toContainText('Được phép');
  await checkPage(page, 'warehouse');
});

test('J3: the covered paper cannot be asked for; the supplement is answered online; the clock pauses and resumes', async ({
  page,
  request,
}) => {
  const clock = page.getByRole('region', { name: 'Thời hạn giải quyết' });
  const askSupplement = page.getByRole('dialog', { name: 'Yêu cầu bổ sung giấy tờ' });
  await officerLogin(page, 'mc.h56', `/can-bo/ho-so/${dossierId}`);
  await page.getByRole('button', { name: 'Yêu cầu bổ sung giấy tờ', exact: true }).click();
  // the birth certificate came from the warehouse: asking for it again is refused, clearly
  await askSupplement.getByRole('checkbox', { name: 'Giấy chứng sinh' }).check();
  await askSupplement.getByLabel('Lý do bổ sung: Giấy chứng sinh').fill('Nộp bản chính');
  await askSupplement.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(askSupplement.getByRole('alert')).toContainText(
    'Giấy tờ này đã có trong kho dữ liệu điện tử, không được yêu cầu nộp lại',
  );
  await checkPage(page, 'officer-supplement-refused');
  await askSupplement.getByRole('checkbox', { name: 'Giấy chứng sinh' }).uncheck();
  await askSupplement.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh' }).check();
  await askSupplement
    .getByLabel('Lý do bổ sung: Tờ khai đăng ký khai sinh')
    .fill('Thiếu chữ ký của người đi khai');
  await askSupplement.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã thực hiện: Yêu cầu bổ sung giấy tờ')).toBeVisible();
  await expect(clock).toContainText('Chờ bổ sung giấy tờ');
  await expect(clock).toContainText('đang tạm dừng');
  await checkPage(page, 'officer-clock-paused');

  await page.context().clearCookies();
  await eidLogin(page, CITIZEN_ID);
  await page.goto(`/ho-so-cua-toi/${dossierId}`);
  await expect(page.getByRole('heading', { name: '⚠ Cần bổ sung giấy tờ' })).toBeVisible();
  await expect(page.getByText('Thiếu chữ ký của người đi khai')).toBeVisible();
  await page
    .getByRole('group', { name: /1\. Tờ khai đăng ký khai sinh/ })
    .getByRole('radio', { name: 'Tải lên' })
    .check();
  await page
    .getByTestId('file-1')
    .setInputFiles({ name: 'to-khai-co-chu-ky.pdf', mimeType: 'application/pdf', buffer: await pdf(2) });
  await expect(page.getByTestId('uploaded-1')).toBeVisible();
  await checkPage(page, 'dossier-supplement');
  await page.getByRole('button', { name: 'Gửi bổ sung' }).click();
  await expect(page.getByRole('heading', { name: '⚠ Cần bổ sung giấy tờ' })).toHaveCount(0);
  await expect(page.getByText('Đã nhận giấy tờ bổ sung')).toBeVisible();
  const mc = await demoToken(request, { username: 'mc.h56' });
  const d = await dossier(request, mc, dossierId);
  expect(d.status).not.toBe(5);

  // the officer's clock has resumed: the pause has an end
  await page.context().clearCookies();
  await officerLogin(page, 'mc.h56', `/can-bo/ho-so/${dossierId}`);
  await expect(clock).toContainText('Chờ bổ sung giấy tờ');
  await expect(clock).not.toContainText('đang tạm dừng');
});

test('J1: a leader of the ward issues the signed result; the citizen finds it in the warehouse and verifies it', async ({
  page,
}) => {
  // the ward's leader ships with the demo (issue 13.3)
  await page.context().clearCookies();
  expect(
    (await page.request.post('/api/v1/auth/demo-login', { data: { username: 'ld.hacthanh.h56' } })).status(),
  ).toBe(200);
  await page.goto(`/can-bo/ho-so/${dossierId}`);
  await page.getByRole('button', { name: 'Ban hành kết quả điện tử' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành kết quả điện tử' });
  await expect(dialog.getByRole('textbox', { name: 'Tên loại kết quả' })).toHaveValue('Giấy khai sinh');
  await dialog.getByRole('button', { name: 'Ký số và ban hành' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Cần nhập: Số, ký hiệu');
  await dialog.getByRole('textbox', { name: 'Số, ký hiệu', exact: true }).fill('15/2026/GKS');
  await dialog.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
  await dialog
    .getByRole('textbox', { name: 'Trích yếu', exact: true })
    .fill('Giấy khai sinh của trẻ Nguyễn Minh An');
  await dialog
    .getByRole('textbox', { name: 'Nội dung văn bản' })
    .fill('Họ, chữ đệm, tên: Nguyễn Minh An\nNgày, tháng, năm sinh: 02/03/2025');
  await checkPage(page, 'officer-result-dialog');
  await dialog.getByRole('button', { name: 'Ký số và ban hành' }).click();
  await expect(page.getByText('Đã ban hành kết quả điện tử')).toBeVisible();
  const code = (await page.getByTestId('result-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9-]{12,14}$/);
  const pdfLink = await page.getByRole('link', { name: 'Tải kết quả đã ký số (PDF)' }).getAttribute('href');
  const signed = await page.request.get(pdfLink!);
  expect(signed.headers()['content-type']).toContain('application/pdf');
  await expect(page.getByText('Đã có kết quả').first()).toBeVisible();
  await checkPage(page, 'officer-result-issued');

  await page.context().clearCookies();
  await eidLogin(page, CITIZEN_ID);
  await page.goto('/kho-du-lieu');
  await expect(page.getByTestId('wh-doc').filter({ hasText: '15/2026/GKS' })).toContainText('Giấy khai sinh');
  await checkPage(page, 'warehouse-result');
  // the QR's address (a page of the server) and the portal's verification form both say it is valid
  await page.goto(`/xac-thuc/${code}`);
  await expect(page.getByText('Văn bản do hệ thống cấp và còn hiệu lực.')).toBeVisible();
  await expect(page.getByText('Giấy khai sinh số 15/2026/GKS')).toBeVisible();
  await page.screenshot({ path: '.test-results/screenshots/verify-result-qr.png', fullPage: true });
  await page.goto('/xac-thuc');
  await page.getByLabel('Mã xác thực').fill(code);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(page.getByTestId('verify-status')).toContainText('Giấy tờ còn hiệu lực');
  await checkPage(page, 'verify-result');

  // issued in error: the leader revokes it with the reason; the verification page says so
  await page.context().clearCookies();
  expect(
    (await page.request.post('/api/v1/auth/demo-login', { data: { username: 'ld.hacthanh.h56' } })).status(),
  ).toBe(200);
  await page.goto(`/can-bo/ho-so/${dossierId}`);
  await page.getByRole('button', { name: 'Thu hồi kết quả', exact: true }).click();
  const revoke = page.getByRole('dialog', { name: 'Thu hồi kết quả' });
  await revoke.getByRole('button', { name: 'Thu hồi kết quả' }).click();
  await expect(revoke.getByRole('alert')).toContainText('Nhập lý do');
  await revoke.getByRole('textbox', { name: 'Lý do' }).fill('Sai ngày sinh của trẻ');
  await revoke.getByRole('button', { name: 'Thu hồi kết quả' }).click();
  await expect(page.getByTestId('result-row')).toContainText('Đã thu hồi');
  await expect(page.getByTestId('result-row')).toContainText('Sai ngày sinh của trẻ');
  await checkPage(page, 'officer-result-revoked');
  await page.goto(`/xac-thuc/${code}`);
  await expect(page.getByText('Văn bản do hệ thống cấp và còn hiệu lực.')).toHaveCount(0);
  await expect(page.getByText(/thu hồi/i).first()).toBeVisible();
});
