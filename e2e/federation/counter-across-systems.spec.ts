/**
 * Federation journey B — counter reception across systems, in real browsers on the demo federation: Thanh Hóa's
 * one-stop officer (mc.h56, on node H56) receives at the counter a birth registration for a ward of Quảng Ninh,
 * hosted by another node (H49): one action forwards it to H49 through the portal's relay, with a scan. It appears on H56's "Hồ sơ chuyển hệ thống khác" and in H49's queue
 * (status 2, H49's code series). The ward of Quảng Ninh issues the signed result (API); back on H56 the forwarded
 * page shows the result ready and the officer returns it there; H49's dossier reaches status 10.
 */
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { checkPage } from '../helpers.ts';
import { call, H49, H56, nodesUp, nodeToken, officerLoginAt } from './helpers.ts';

/** Trần Ngọc Ánh (a demo person; no other federation journey uses her). */
const PERSON = { id: '079301001122', name: 'Trần Ngọc Ánh' };

async function pdf(): Promise<Buffer> {
  const d = await PDFDocument.create();
  d.addPage().drawText('To khai dang ky khai sinh', { x: 20, y: 400, size: 12 });
  return Buffer.from(await d.save({ useObjectStreams: false }));
}

type Row = { id: string; code: string | null; status: number; version: number; ownerName: string };

test.beforeAll(nodesUp);

test('B: H56’s counter receives for a Quảng Ninh ward; H49 resolves it; the result is returned at H56', async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await officerLoginAt(page, H56, 'mc.h56', '/can-bo/tiep-nhan');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ tại quầy' })).toBeVisible();
  await page.getByLabel('Số định danh cá nhân').fill(PERSON.id);
  await page.getByLabel('Họ và tên').fill(PERSON.name);
  await page.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  await page.getByRole('radio', { name: /Đăng ký khai sinh \(1\.001193\)/ }).check();
  // boundary-free: Quảng Ninh's agencies are offered, marked as another province
  await page
    .getByRole('radio', {
      name: /Ủy ban nhân dân Phường Hạ Long \(000\.01\.31\.H49\) — tỉnh\/thành phố khác/,
    })
    .check();
  const note = page.getByTestId('other-system-note');
  await expect(note).toContainText('Ủy ban nhân dân Phường Hạ Long');
  await expect(note.getByRole('checkbox', { name: 'Trả kết quả tại bộ phận một cửa này' })).toBeChecked();
  for (const c of await page.getByRole('checkbox', { name: /Đã nhận/ }).all()) await c.check();
  // one action: the scan is chosen in the reception form, "Tiếp nhận hồ sơ" forwards the dossier to H49
  const files = page.getByTestId('forward-files');
  await files
    .getByTestId('fwd-file-1')
    .setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: await pdf() });
  await expect(files.getByText('Đã chọn 1 tệp')).toBeVisible();
  await checkPage(page, 'fed-h56-reception-other-system');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  const forwarded = page.getByTestId('forwarded');
  await expect(forwarded.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
  await checkPage(page, 'fed-h56-forwarded');

  // "Hồ sơ chuyển hệ thống khác": H49 acknowledges it with its own code, received (status 2)
  await forwarded.getByRole('link', { name: 'Hồ sơ chuyển hệ thống khác' }).click();
  await expect(page).toHaveURL(`${H56}/can-bo/chuyen-he-thong`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ chuyển hệ thống khác' })).toBeVisible();
  const item = page.getByTestId('forwarded-item').filter({ hasText: PERSON.name });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Ủy ban nhân dân Phường Hạ Long');
  await expect(item).toContainText('Kết quả được trả tại bộ phận một cửa đã tiếp nhận.');
  await expect(async () => {
    await page.reload();
    await expect(item).toContainText('Tiến độ: Đã tiếp nhận', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const code = (await item.getByText(/^000\.01\.31\.H49-\d{6}-\d{4}$/).textContent())!.trim();
  await expect(item.getByRole('button', { name: 'Trả kết quả' })).toHaveCount(0);
  await checkPage(page, 'fed-h56-forwarded-list');

  // in H49: one dossier of its own, with that code, status 2, and the scan that came with it
  const mc49 = await nodeToken(H49, { username: 'mc.h49' });
  const all = await call<{ items: Row[] }>(H49, mc49, 'GET', '/api/v1/dossiers?queue=all&limit=100');
  const routed = all.json.items.filter((d) => d.ownerName === PERSON.name);
  expect(routed).toHaveLength(1);
  expect(routed[0]).toMatchObject({ code, status: 2 });
  const dossierId = routed[0]!.id;
  const h49 = await (await browser.newContext()).newPage();
  await officerLoginAt(h49, H49, 'mc.h49', '/can-bo?hang-doi=to_process');
  await h49.getByLabel('Tìm theo mã hồ sơ hoặc số định danh').fill(code);
  const row = h49.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText(PERSON.name);
  await expect(row).toContainText('Đã tiếp nhận');
  await checkPage(h49, 'fed-h49-queue-forwarded');
  const scans = await call<unknown>(H49, mc49, 'GET', `/api/v1/dossiers/${dossierId}/components/1/scans`);
  expect(scans.status, scans.text).toBe(200);
  expect(scans.text).toContain('to-khai.pdf');

  // the ward of Quảng Ninh issues the signed result (its leader ships with the demo: issue 13.3)
  const ld = await nodeToken(H49, { username: 'ld.halong.h49' });
  const cur = await call<{ version: number }>(H49, ld, 'GET', `/api/v1/dossiers/${dossierId}`);
  const issued = await call(H49, ld, 'POST', `/api/v1/dossiers/${dossierId}/results`, {
    expectedVersion: cur.json.version,
    resultTypeCode: 'KQ.1.001193',
    resultTypeName: 'Giấy khai sinh',
    numberSymbol: '31/2026/GKS',
    abstract: 'Giấy khai sinh của trẻ Trần Minh Khôi',
    signerName: 'Trần Văn Hạ',
    signerPosition: ['CHỦ TỊCH'],
    issueDate: '2026-11-27',
    permanent: true,
    scope: 'Toàn quốc',
    content: ['Họ, chữ đệm, tên: Trần Minh Khôi'],
  });
  expect(issued.status, issued.text).toBe(201);

  // back at Thanh Hóa's counter: the result is ready and is returned here
  await expect(async () => {
    await page.reload();
    await expect(item).toContainText('Tiến độ: Đã có kết quả', { timeout: 2_000 });
    await expect(item.getByRole('button', { name: 'Trả kết quả' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await checkPage(page, 'fed-h56-forwarded-result-ready');
  await item.getByRole('button', { name: 'Trả kết quả' }).click();
  const dialog = page.getByRole('dialog', { name: `Trả kết quả hồ sơ ${code}` });
  await expect(dialog.getByLabel('Họ và tên người nhận kết quả')).toHaveValue(PERSON.name);
  await dialog.getByLabel(/Số định danh người nhận/).fill(PERSON.id);
  await checkPage(page, 'fed-h56-return-dialog');
  await dialog.getByRole('button', { name: 'Trả kết quả' }).click();
  await expect(page.getByText('Đã ghi nhận trả kết quả; hệ thống giải quyết sẽ được báo.')).toBeVisible();
  // who received it, and the officer who handed it over (mc.h56 is Lê Thị Mai)
  await expect(item).toContainText(`Đã trả kết quả (${PERSON.name} · Lê Thị Mai)`);
  await expect(item.getByRole('button', { name: 'Trả kết quả' })).toHaveCount(0);

  // H49's dossier is closed: returned (status 10), and H56 hears it back
  await expect
    .poll(
      async () =>
        (await call<{ status: number }>(H49, mc49, 'GET', `/api/v1/dossiers/${dossierId}`)).json.status,
      {
        timeout: 30_000,
      },
    )
    .toBe(10);
  await expect(async () => {
    await page.reload();
    await expect(item).toContainText('Tiến độ: Đã nhận kết quả', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await checkPage(page, 'fed-h56-forwarded-returned');
});
