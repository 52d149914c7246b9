/**
 * Federation journey A — an online submission crossing nodes, in real browsers on the demo federation: a citizen
 * logs in on the national PORTAL (the e-ID stand-in), submits a birth registration for a ward of Quảng Ninh in the
 * wizard, which forwards it to system H49; the one-stop officer of Quảng Ninh finds it in H49's queue and receives
 * it (status 2, H49's code series), finding the file the citizen uploaded on the portal as a page; back on the
 * portal, "Hồ sơ của tôi" shows it from the national mirror with its H49 code, the system and the received status.
 * From there the citizen opens it on H49 (the same e-ID, no password again; the portal's session kept), answers
 * H49's supplement request with a file. The birth registration is free; a copy of the extract received at H49's
 * counter for her costs 8,000 đ, which she pays on H49's page through H49's payment stand-in.
 */
import { expect, test } from '@playwright/test';
import { checkPage, fillBirthDeclaration } from '../helpers.ts';
import { PDFDocument } from 'pdf-lib';
import { call, H49, nodesUp, nodeToken, officerLoginAt, portalLogin, PORTAL } from './helpers.ts';

/** Phạm Thị Hạ Long (a demo e-ID person, born in Quảng Ninh). */
const CITIZEN = { id: '022192004321', name: 'Phạm Thị Hạ Long' };

test.beforeAll(nodesUp);

test('A: submitted on the portal for a Quảng Ninh ward, received by H49’s counter, followed on the portal', async ({
  browser,
}) => {
  test.setTimeout(150_000); // one long journey across four nodes
  const citizen = await (await browser.newContext()).newPage();
  await portalLogin(citizen, CITIZEN.id);

  // the wizard on the portal: the agencies of every system are offered
  await citizen.goto(`${PORTAL}/nop-ho-so/1.001193`);
  await expect(
    citizen.getByRole('heading', { level: 1, name: 'Ông/bà nộp hồ sơ theo trường hợp nào, tại đâu?' }),
  ).toBeVisible();
  await citizen.getByRole('radio', { name: 'Ủy ban nhân dân Phường Hạ Long' }).check();
  await checkPage(citizen, 'fed-portal-wizard-case');
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: 'Hồ sơ này của ai?' })).toBeVisible();
  await expect(citizen.getByText(CITIZEN.name).first()).toBeVisible();
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await fillBirthDeclaration(citizen);
  await expect(citizen.getByRole('heading', { level: 1, name: 'Giấy tờ trong hồ sơ' })).toBeVisible();
  // a portal-only node offers the warehouse's documents for each paper (none here), an upload into the warehouse
  // (named, with the reused ones, by the consent for the agency), or handing it in later
  const birthPaper = citizen.getByRole('group', { name: /^\d+\.[-*\s]*Giấy chứng sinh/ });
  await birthPaper.getByRole('radio', { name: 'Tải lên' }).check();
  const scan = await PDFDocument.create();
  scan.addPage().drawText('Giay chung sinh (ban chup tu cong quoc gia)', { x: 20, y: 400, size: 10 });
  await birthPaper.locator('input[type=file]').setInputFiles({ name: 'giay-chung-sinh-cong.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await scan.save()) });
  await expect(birthPaper.locator('[data-testid^="uploaded-"]')).toBeVisible();
  await checkPage(citizen, 'fed-portal-wizard-papers');
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: 'Kiểm tra lại trước khi gửi' })).toBeVisible();
  await expect(citizen.getByText('Ủy ban nhân dân Phường Hạ Long')).toBeVisible();
  await citizen.getByLabel('Tôi cam đoan các thông tin trên là đúng').check();
  await checkPage(citizen, 'fed-portal-wizard-review');
  await citizen.getByRole('button', { name: 'Gửi hồ sơ', exact: true }).click();
  await expect(
    citizen.getByRole('heading', {
      level: 1,
      name: 'Hồ sơ đã được gửi và đang chuyển đến Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ninh',
    }),
  ).toBeVisible();
  // issue 13.11: a short reference (not a UUID) and the expected date, the system by its name
  await expect(citizen.getByTestId('submission-id')).toHaveText(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  await expect(citizen.getByTestId('expected-at')).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await checkPage(citizen, 'fed-portal-forwarded');

  // Quảng Ninh's one-stop officer, on H49: the dossier waits in "Chờ tiếp nhận" (routed by the portal)
  const officer = await (await browser.newContext()).newPage();
  await officerLoginAt(officer, H49, 'mc.h49', '/can-bo');
  await expect(officer.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' })).toBeVisible();
  const row = officer.getByRole('row').filter({ hasText: CITIZEN.name });
  await expect(async () => {
    await officer.reload();
    await expect(row.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Đăng ký khai sinh');
  await expect(row).toContainText('Đang chờ tiếp nhận');
  await checkPage(officer, 'fed-h49-queue');
  await row.getByRole('link', { name: 'Mở hồ sơ' }).click();
  await expect(officer).toHaveURL(new RegExp(`^${H49}/can-bo/ho-so/[0-9a-f-]{36}$`));
  await checkPage(officer, 'fed-h49-dossier-to-receive');
  await officer.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
  const dialog = officer.getByRole('dialog', { name: 'Tiếp nhận hồ sơ' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(officer.getByText('Đã thực hiện: Tiếp nhận hồ sơ')).toBeVisible();
  const code = officer.getByText(/^000\.01\.31\.H49-\d{6}-\d{4}$/).first();
  await expect(code).toBeVisible();
  const dossierCode = (await code.textContent())!.trim();
  await checkPage(officer, 'fed-h49-dossier-received');
  // the file uploaded on the portal is a page of its component at H49 (read under the citizen's consent)
  const mc = await nodeToken(H49, { username: 'mc.h49' });
  const received = new URL(officer.url()).pathname.split('/').pop()!;
  const withPages = await call<{ components: { seq: number; name: string }[] }>(H49, mc, 'GET', `/api/v1/dossiers/${received}`);
  const birth = withPages.json.components.find((c) => /^[-*\s]*Giấy chứng sinh/.test(c.name))!;
  const portalPages = await call<{ items: { pages: number }[] }>(H49, mc, 'GET', `/api/v1/dossiers/${received}/components/${birth.seq}/scans`);
  expect(portalPages.json.items).toEqual([expect.objectContaining({ pages: 1 })]);

  // back on the portal: "Hồ sơ của tôi" shows it from the national mirror, with H49's code and status
  await citizen.goto(`${PORTAL}/ho-so-cua-toi`);
  await expect(citizen.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible();
  const item = citizen.getByRole('listitem').filter({ hasText: dossierCode });
  await expect(async () => {
    await citizen.reload();
    await expect(item).toContainText('Đã tiếp nhận', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(item).toContainText('Đăng ký khai sinh');
  await expect(item).toContainText('Nơi giải quyết: Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ninh');
  await expect(item).toContainText('Ủy ban nhân dân Phường Hạ Long');
  // the submission is no longer "being forwarded"
  await expect(
    citizen.getByRole('heading', { name: 'Hồ sơ đang được chuyển đến cơ quan giải quyết' }),
  ).toHaveCount(0);
  await item.getByText('Tiến độ xử lý').click();
  await expect(item.getByRole('listitem').first()).toBeVisible();
  await checkPage(citizen, 'fed-portal-my-dossiers');
  await expect(item.getByRole('link', { name: 'Tra cứu hồ sơ này' })).toHaveAttribute(
    'href',
    `/tra-cuu/${encodeURIComponent(dossierCode)}`,
  );
  // the portal's public tracking finds it too (the national mirror), with the owner's name masked
  await item.getByRole('link', { name: 'Tra cứu hồ sơ này' }).click();
  await expect(citizen).toHaveURL(`${PORTAL}/tra-cuu/${encodeURIComponent(dossierCode)}`);
  await expect(citizen.getByRole('heading', { name: dossierCode })).toBeVisible();
  await expect(citizen.getByText('Đã tiếp nhận').first()).toBeVisible();
  await expect(citizen.getByText('Ủy ban nhân dân Phường Hạ Long').first()).toBeVisible();
  await expect(citizen.getByText('P***', { exact: true })).toBeVisible(); // one fixed shape: no word count or lengths
  await expect(citizen.getByRole('main').getByText('Phạm Thị Hạ Long')).toHaveCount(0); // (the header names the logged-in citizen)
  await checkPage(citizen, 'fed-portal-tracking');

  // the dossier's own page is on H49: one click through the same national e-ID (no password again), and the
  // portal's session survives it (each system has its own session cookie on this one host name)
  await citizen.goto(`${PORTAL}/ho-so-cua-toi`);
  const open = citizen.getByRole('listitem').filter({ hasText: dossierCode }).getByRole('link', { name: /mở hồ sơ trên hệ thống giải quyết/ });
  await expect(open).toHaveAttribute('href', new RegExp(`^${H49}/ho-so-cua-toi/[0-9a-f-]{36}$`));
  await open.click();
  await expect(citizen).toHaveURL(new RegExp(`^${H49}/dang-nhap`));
  await expect(citizen.getByTestId('system-name')).toHaveText('Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ninh');
  await citizen.getByRole('link', { name: 'Đăng nhập bằng VNeID (môi trường phát triển)' }).click();
  await expect(citizen).toHaveURL(new RegExp(`^${H49}/ho-so-cua-toi/[0-9a-f-]{36}$`));
  await expect(citizen.getByText(dossierCode).first()).toBeVisible();
  await expect(citizen.getByText('Đã tiếp nhận').first()).toBeVisible();
  await checkPage(citizen, 'fed-h49-citizen-dossier');

  // H49's counter asks for a paper; the citizen answers on H49's page, the file going straight into the dossier
  // (the owner's warehouse is on the portal, which H49 reaches only through its officers)
  const dossierId = new URL(citizen.url()).pathname.split('/').pop()!;
  const cur = await call<{ version: number; components: { seq: number; name: string }[] }>(H49, mc, 'GET', `/api/v1/dossiers/${dossierId}`);
  const paper = cur.json.components.find((c) => /^[-*\s]*Giấy chứng sinh/.test(c.name))!;
  const asked = await call(H49, mc, 'POST', `/api/v1/dossiers/${dossierId}/actions`, {
    action: 'request_supplement',
    expectedVersion: cur.json.version,
    items: [{ name: paper.name, reason: 'Cần bản chụp rõ nét' }],
  });
  expect(asked.status, asked.text).toBe(200);
  await citizen.reload();
  await expect(citizen.getByRole('heading', { name: '⚠ Cần bổ sung giấy tờ' })).toBeVisible();
  await citizen.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Tải lên' }).check();
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Giay chung sinh (ban chup)', { x: 20, y: 400, size: 10 });
  await citizen.getByTestId('file-1').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await doc.save()) });
  await expect(citizen.getByTestId('uploaded-1')).toBeVisible();
  await checkPage(citizen, 'fed-h49-citizen-supplement');
  await citizen.getByRole('button', { name: 'Gửi bổ sung' }).click();
  await expect(citizen.getByText('Đã nhận giấy tờ bổ sung')).toBeVisible();
  const pages = await call<{ items: unknown[] }>(H49, mc, 'GET', `/api/v1/dossiers/${dossierId}/components/${paper.seq}/scans`);
  expect(pages.json.items).toHaveLength(2); // the portal's upload and the supplement's

  // a birth registration is free: there is no fee to ask for (the amount is never the caller's to choose)
  const free = await call<{ code: string }>(H49, mc, 'POST', '/api/v1/payments', { dossierId });
  expect(free.status, free.text).toBe(409);
  expect(free.json.code).toBe('dossier-has-no-fees');

  // a copy of a civil-status extract (2.000635) costs 8,000 đ: received at H49's counter for the same person, the
  // fee asked online from the dossier's own fee lines, paid on H49's page through the payment platform (H49's
  // development stand-in), confirmed by its callback
  const copy = await call<{ id: string }>(H49, mc, 'POST', '/api/v1/dossiers', {
    procedureCode: '2.000635',
    resolvingAgencyCode: '000.01.31.H49',
    channel: 'counter',
    owner: { type: 'citizen', idNumber: CITIZEN.id, name: CITIZEN.name },
    components: [{ name: 'Tờ khai yêu cầu cấp bản sao trích lục hộ tịch', originals: 1, certifiedCopies: 0, photocopies: 0 }],
  });
  expect(copy.status, copy.text).toBe(201);
  const paid = await call<{ amount: number }>(H49, mc, 'POST', '/api/v1/payments', { dossierId: copy.json.id });
  expect(paid.status, paid.text).toBe(201);
  expect(paid.json.amount).toBe(8000);
  await citizen.goto(`${H49}/ho-so-cua-toi/${copy.json.id}`);
  await expect(citizen.getByRole('heading', { name: 'Nộp phí, lệ phí trực tuyến' })).toBeVisible();
  const popup = citizen.waitForEvent('popup');
  await citizen.getByRole('button', { name: /Thanh toán 8\.000/ }).click();
  const gateway = await popup;
  expect(gateway.url().startsWith(`${H49}/dev-payment`)).toBe(true);
  await gateway.getByRole('button', { name: 'Thanh toán' }).click();
  await expect(gateway.getByText(/thành công/i).first()).toBeVisible();
  await gateway.close();
  await expect(citizen.getByTestId('payment-paid')).toBeVisible({ timeout: 20_000 });
  await checkPage(citizen, 'fed-h49-citizen-paid');

  await citizen.goto(`${PORTAL}/ho-so-cua-toi`);
  await expect(citizen.getByRole('listitem').filter({ hasText: dossierCode })).toBeVisible();
});
