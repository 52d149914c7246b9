/**
 * Issue 13.10 on the demo federation as shipped (no admin or database setup): Thanh Hóa's one-stop officer
 * (mc.h56) receives at the counter a birth registration for a ward of Quảng Ninh (H49). One action — "Tiếp nhận hồ
 * sơ", with the scan chosen in the same form — forwards it; the counter says "đang chờ" with a short reference
 * until H49 answers, then shows H49's dossier code and appointment date and prints Form 01, signed at this
 * counter and verified by the national portal. The forwarded list names the ward and the province, not codes.
 */
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { checkPage } from '../helpers.ts';
import { H56, nodesUp, officerLoginAt, PORTAL } from './helpers.ts';

const PERSON = { id: '038087042028', name: 'Nguyễn Văn Liên Tỉnh', birthDate: '01/05/1987' };

async function scan(): Promise<Buffer> {
  const d = await PDFDocument.create();
  d.addPage().drawText('To khai dang ky khai sinh', { x: 20, y: 400, size: 12 });
  return Buffer.from(await d.save({ useObjectStreams: false }));
}

test.beforeAll(nodesUp);

test('10: one action receives for another province, and Form 01 comes with that system’s code and appointment', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await officerLoginAt(page, H56, 'mc.h56', '/can-bo/tiep-nhan');
  await page.getByLabel('Số định danh cá nhân').fill(PERSON.id);
  await page.getByLabel('Họ và tên').fill(PERSON.name);
  await page.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  await page.getByRole('radio', { name: /Đăng ký khai sinh \(1\.001193\)/ }).check();
  await page.getByRole('radio', { name: /Ủy ban nhân dân Phường Hạ Long \(000\.01\.31\.H49\) — tỉnh\/thành phố khác/ }).check();
  for (const c of await page.getByRole('checkbox', { name: /Đã nhận/ }).all()) await c.check();
  // the scans are chosen in the reception form itself: there is one action
  const files = page.getByTestId('forward-files');
  await files.getByTestId('fwd-file-1').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: await scan() });
  await expect(files.getByText('Đã chọn 1 tệp')).toBeVisible();
  await expect(page.getByRole('button', { name: /Tiếp nhận hồ sơ|Chuyển hồ sơ/ })).toHaveCount(1);
  await checkPage(page, 'fed-h56-reception-forward-one-action');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

  const done = page.getByTestId('forwarded');
  await expect(done.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
  await expect(done).toContainText('Ủy ban nhân dân Phường Hạ Long');
  await expect(page.getByTestId('forward-panel')).toHaveCount(0);
  // until H49 answers: "đang chờ" with a short reference (H49 may already have answered: then its code is shown)
  await expect(done.getByTestId('forwarded-pending').or(done.getByTestId('dossier-code'))).toBeVisible();
  const pending = done.getByTestId('forwarded-pending');
  if (await pending.isVisible()) await expect(pending).toContainText(/Mã tham chiếu: [0-9A-F]{4}-[0-9A-F]{4}/);

  const code = done.getByTestId('dossier-code');
  await expect(code).toHaveText(/^000\.01\.31\.H49-\d{6}-\d{4}$/, { timeout: 30_000 });
  await expect(done.getByTestId('due-at')).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  await checkPage(page, 'fed-h56-forwarded-receipt');
  const link = done.getByRole('link', { name: 'In giấy tiếp nhận và hẹn trả kết quả (PDF)' });
  const href = await link.getAttribute('href');
  const pdf = await page.request.get(`${H56}${href}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const verificationCode = pdf.headers()['x-verification-code']!;

  // the national portal verifies the receipt Thanh Hóa signed: by its code and by the file
  const byCode = await fetch(`${PORTAL}/api/v1/verification/${verificationCode}`);
  expect(byCode.status).toBe(200);
  expect(await byCode.json()).toMatchObject({ kind: 'receipt', status: 'valid' });
  const byFile = await fetch(`${PORTAL}/api/v1/verification`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: await pdf.body() });
  expect(await byFile.json()).toMatchObject({ valid: true });

  // the forwarded list: names, the code and a receipt link
  await done.getByRole('link', { name: 'Hồ sơ chuyển hệ thống khác' }).click();
  const item = page.getByTestId('forwarded-item').filter({ hasText: PERSON.name }).first();
  await expect(item).toContainText('Ủy ban nhân dân Phường Hạ Long');
  await expect(item).toContainText('Quảng Ninh');
  await expect(item).not.toContainText('H49 · 000.01.31.H49');
  await expect(item.getByRole('link', { name: 'In giấy tiếp nhận và hẹn trả kết quả (PDF)' })).toBeVisible();
  await checkPage(page, 'fed-h56-forwarded-list-names');
});
