/**
 * A dossier near its due date gets an apology with a new date (form 04) from a leader; a second apology is refused
 * (the control is disabled with the reason, and the API answers 409). Also: two officers on one dossier — the
 * second one's stale action gets the version conflict, the page reloads and says so.
 */
import { expect, test } from '@playwright/test';
import { checkPage, demoToken, receiveAtCounter } from './helpers.ts';
import { officerLogin } from './officer-helpers.ts';

test.beforeAll(async ({ request }) => {
  // The ward's leader: the demo leader of Thanh Hóa gets the leader role at the Hạc Thành ward (once).
  const admin = await demoToken(request, { username: 'qt.h56' });
  const headers = { authorization: `Bearer ${admin}` };
  const list = await request.get('/api/v1/officers?agency=000.00.06.H56', { headers });
  expect(list.status()).toBe(200);
  const ld = ((await list.json()) as { items: { id: string; username: string }[] }).items.find((o) => o.username === 'ld.h56')!;
  const res = await request.post(`/api/v1/officers/${ld.id}/roles`, { headers, data: { role: 'leader', agencyCode: '000.01.31.H56' } });
  expect([200, 409]).toContain(res.status());
});

test('apology and new date once; the second is refused; a stale action meets the version conflict', async ({ page, request }) => {
  // Birth registration combined with recognising the parents (1.000689): 3 working days, so the due date is always
  // more than a day away (an apology must be sent at least a day before it), whatever the hour the test runs at; a
  // 1-working-day procedure received at night is due the same day and can no longer be apologised for.
  const code = await receiveAtCounter(request, '1.000689');
  await officerLogin(page, 'ld.h56', '/can-bo?hang-doi=to_process');
  await page.getByLabel('Tìm theo mã hồ sơ hoặc số định danh').fill(code);
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText(/(Sắp đến hạn: còn|Còn) \d+ ngày/);
  await expect(page.getByRole('tab', { name: /Sắp đến hạn \(\d+\)/ })).toBeVisible();
  await checkPage(page, 'officer-queue-leader');
  await row.getByRole('link', { name: code }).click();

  // The leader opens the apology; meanwhile the one-stop officer asks for a supplement (the dossier changes).
  await page.getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả kết quả' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Xin lỗi và hẹn lại ngày trả kết quả' });
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Nhập lý do');
  await dialog.getByLabel('Lý do', { exact: true }).fill('Cần xác minh thông tin với cơ quan khác.');
  const mc = await demoToken(request, { username: 'mc.h56' });
  const id = page.url().split('/').pop()!;
  const d = (await (await request.get(`/api/v1/dossiers/${id}`, { headers: { authorization: `Bearer ${mc}` } })).json()) as { version: number };
  const supp = await request.post(`/api/v1/dossiers/${id}/actions`, {
    headers: { authorization: `Bearer ${mc}` },
    data: { action: 'request_supplement', expectedVersion: d.version, items: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp mờ, không đọc được' }] },
  });
  expect(supp.status()).toBe(200);
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog.getByText('Hồ sơ vừa được người khác cập nhật')).toBeVisible();
  await expect(dialog.getByLabel('Lý do', { exact: true })).toHaveValue('Cần xác minh thông tin với cơ quan khác.');
  await expect(page.getByText('Cần bổ sung giấy tờ').first()).toBeVisible(); // reloaded behind the dialog
  await checkPage(page, 'officer-apology-conflict');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã thực hiện: Xin lỗi và hẹn lại ngày trả kết quả')).toBeVisible();
  await expect(page.getByText('Ngày hẹn ban đầu')).toBeVisible();
  await expect(page.getByText('Cần xác minh thông tin với cơ quan khác.')).toBeVisible();

  // Once only: the control is disabled and says why; the API refuses a second apology.
  await expect(page.getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả kết quả' })).toBeDisabled();
  await expect(page.getByText(/không được hẹn lại lần nữa/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Phiếu xin lỗi và hẹn lại ngày trả kết quả/ })).toBeVisible();
  await checkPage(page, 'officer-apology-done');
  const ld = await demoToken(request, { username: 'ld.h56' });
  const now = (await (await request.get(`/api/v1/dossiers/${id}`, { headers: { authorization: `Bearer ${ld}` } })).json()) as { version: number; dueAt: string };
  const again = await request.post(`/api/v1/dossiers/${id}/actions`, {
    headers: { authorization: `Bearer ${ld}`, 'accept-language': 'vi' },
    data: { action: 'apologize', expectedVersion: now.version, reason: 'Lần hai', newDueAt: new Date(Date.parse(now.dueAt) + 5 * 86_400_000).toISOString() },
  });
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { code: string }).code).toBe('apology-already-given');
});
