/**
 * Citizen journeys in a real browser against the real server (demo mode):
 * J1 (citizen part) — a document digitised earlier is reused with consent, another paper uploaded with a progress
 * bar, the dossier sent, the receipt shown, the fee paid through the payment stand-in; the warehouse page shows the
 * officer's read in "Ai đã xem dữ liệu của tôi". J3 (citizen part) — a supplement request answered online.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { checkPage, demoToken, eidLogin } from './helpers.ts';

/** Nguyễn Minh Đức: another person than the one the other specs receive at the counter (his warehouse stays apart). */
const CITIZEN_ID = '001203006789';

async function pdf(pages = 1): Promise<Buffer> {
  const d = await PDFDocument.create();
  for (let i = 0; i < pages; i++) d.addPage().drawText(`motcua e2e ${i} ${'x'.repeat(200)}`, { x: 20, y: 400, size: 8 });
  return Buffer.from(await d.save({ useObjectStreams: false }));
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** Give "Đăng ký khai sinh" a component the warehouse can cover (document type GCS) and one to upload. */
async function publishReusableProcedure(request: APIRequestContext): Promise<void> {
  const t = await demoToken(request, { username: 'vh.national' });
  const draft = await request.post('/api/v1/procedures/1.001193/versions', { headers: auth(t) });
  expect(draft.status()).toBe(201);
  const id = ((await draft.json()) as { id: string }).id;
  const cases = [{ name: 'Trường hợp chung', components: [{ name: 'Giấy chứng sinh', documentTypeCode: 'GCS', originals: 1, copies: 0 }, { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 }] }];
  expect((await request.patch(`/api/v1/procedures/1.001193/versions/${id}`, { headers: auth(t), data: { cases } })).status()).toBe(200);
  expect((await request.post(`/api/v1/procedures/1.001193/versions/${id}/publish`, { headers: auth(t) })).status()).toBe(200);
}

/** The birth certificate digitised by the Thanh Hóa one-stop unit, in the citizen's warehouse. */
async function depositBirthCertificate(request: APIRequestContext): Promise<string> {
  const t = await demoToken(request, { username: 'mc.h56' });
  const q = new URLSearchParams({ personalId: CITIZEN_ID, typeCode: 'GCS', name: 'Giấy chứng sinh', numberSymbol: '123/GCS', issueDate: '2025-03-02' });
  const r = await request.post(`/api/v1/demo/warehouse/deposit?${q.toString()}`, { headers: { ...auth(t), 'content-type': 'application/pdf' }, data: await pdf() });
  expect(r.status()).toBe(201);
  return ((await r.json()) as { documentId: string }).documentId;
}

async function dossier(request: APIRequestContext, token: string, id: string): Promise<{ id: string; code: string; version: number; status: number }> {
  const r = await request.get(`/api/v1/dossiers/${id}`, { headers: auth(token) });
  expect(r.status()).toBe(200);
  return r.json();
}

async function act(request: APIRequestContext, token: string, id: string, body: Record<string, unknown>) {
  const d = await dossier(request, token, id);
  const r = await request.post(`/api/v1/dossiers/${id}/actions`, { headers: auth(token), data: { expectedVersion: d.version, ...body } });
  expect(r.status(), await r.text()).toBe(200);
  return r.json();
}

test.describe.configure({ mode: 'serial' });
let dossierId = '';
let documentId = '';

test('J1: submit online with one paper reused (consent) and one uploaded (progress), receipt, pay, access log', async ({ page, request }) => {
  await publishReusableProcedure(request);
  documentId = await depositBirthCertificate(request);
  await eidLogin(page, CITIZEN_ID);
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/);

  await page.goto('/nop-ho-so/1.001193');
  await expect(page.getByRole('heading', { level: 1, name: 'Ông/bà nộp hồ sơ theo trường hợp nào, tại đâu?' })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alert')).toContainText('Chọn nơi nộp hồ sơ');
  await checkPage(page, 'wizard-case-error');
  await page.getByRole('radio', { name: 'Ủy ban nhân dân Phường Hạc Thành' }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ này của ai?' })).toBeVisible();
  await expect(page.getByText('Lấy từ Cơ sở dữ liệu quốc gia về dân cư')).toBeVisible();
  await checkPage(page, 'wizard-owner');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

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

  const tokhai = page.getByRole('group', { name: /2\. Tờ khai đăng ký khai sinh/ });
  await tokhai.getByRole('radio', { name: 'Tải lên' }).check();
  await page.getByTestId('file-2').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: await pdf(40) });
  await expect(page.getByTestId('uploaded-2')).toContainText('Đã tải lên: to-khai.pdf');
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
  await checkPage(page, 'wizard-receipt');
  await page.getByRole('link', { name: 'Theo dõi hồ sơ', exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi\/[0-9a-f-]{36}$/);
  dossierId = page.url().split('/').pop()!;

  // the officer receives it (code issued), reads the reused document, and asks for the fee online
  const mc = await demoToken(request, { username: 'mc.h56' });
  const scans = await request.get(`/api/v1/dossiers/${dossierId}/components/1/scans`, { headers: auth(mc) });
  expect(scans.status()).toBe(200);
  expect(JSON.stringify(await scans.json())).toContain('Tờ khai');
  const received = await act(request, mc, dossierId, { action: 'receive' });
  expect((await request.get(`/api/v1/dossiers/${dossierId}/reused/${documentId}`, { headers: auth(mc) })).status()).toBe(200);
  const pay = await request.post('/api/v1/payments', {
    headers: auth(mc),
    data: {
      dossierId,
      dossierCode: received.code,
      agencyCode: '000.01.31.H56',
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      amount: 8000,
      feeLines: [{ code: 'LP01', name: 'Lệ phí cấp bản sao trích lục', amount: 8000 }],
      payer: { name: 'Nguyễn Minh Đức', personalId: CITIZEN_ID, address: 'Hà Nội' },
    },
  });
  expect(pay.status(), await pay.text()).toBe(201);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nộp phí, lệ phí trực tuyến' })).toBeVisible();
  await checkPage(page, 'dossier-pay');
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: /Thanh toán 8\.000/ }).click();
  const gateway = await popupPromise;
  await gateway.getByRole('button', { name: 'Thanh toán' }).click();
  await expect(gateway.getByText(/thành công/i).first()).toBeVisible();
  await gateway.close();
  await expect(page.getByTestId('payment-paid')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Giấy tờ lấy từ Kho dữ liệu' })).toBeVisible();
  await checkPage(page, 'dossier-paid');

  await page.getByRole('link', { name: 'Kho dữ liệu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kho dữ liệu của tôi' })).toBeVisible();
  await expect(page.getByTestId('wh-doc').filter({ hasText: '123/GCS' })).toContainText('Do cơ quan số hóa từ bản giấy');
  await expect(page.getByTestId('wh-doc').filter({ hasText: 'to-khai' }).or(page.getByTestId('wh-doc').filter({ hasText: 'Tờ khai' })).first()).toContainText('Tôi tự tải lên — chưa xác thực');
  await expect(page.getByTestId('access-log')).toContainText(received.code as string);
  await expect(page.getByTestId('access-log')).toContainText('Được phép');
  await checkPage(page, 'warehouse');
});

test('J3: a supplement request is answered online; the clock resumes', async ({ page, request }) => {
  const mc = await demoToken(request, { username: 'mc.h56' });
  await act(request, mc, dossierId, { action: 'request_supplement', items: [{ name: 'Tờ khai đăng ký khai sinh', reason: 'Thiếu chữ ký của người đi khai' }] });
  await eidLogin(page, CITIZEN_ID);
  await page.goto(`/ho-so-cua-toi/${dossierId}`);
  await expect(page.getByRole('heading', { name: '⚠ Cần bổ sung giấy tờ' })).toBeVisible();
  await expect(page.getByText('Thiếu chữ ký của người đi khai')).toBeVisible();
  await page.getByRole('group', { name: /1\. Tờ khai đăng ký khai sinh/ }).getByRole('radio', { name: 'Tải lên' }).check();
  await page.getByTestId('file-1').setInputFiles({ name: 'to-khai-co-chu-ky.pdf', mimeType: 'application/pdf', buffer: await pdf(2) });
  await expect(page.getByTestId('uploaded-1')).toBeVisible();
  await checkPage(page, 'dossier-supplement');
  await page.getByRole('button', { name: 'Gửi bổ sung' }).click();
  await expect(page.getByRole('heading', { name: '⚠ Cần bổ sung giấy tờ' })).toHaveCount(0);
  await expect(page.getByText('Đã nhận giấy tờ bổ sung')).toBeVisible();
  const d = await dossier(request, mc, dossierId);
  expect(d.status).not.toBe(5);
});
