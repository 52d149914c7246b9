/**
 * Administration: the national operator creates a draft version of a procedure, edits a fee, publishes it (the
 * public procedure shows the new fee); marks a day off in the working calendar's year view; sees agencies,
 * one-stop units and officers with their roles.
 */
import { expect, test } from '@playwright/test';
import { checkPage } from './helpers.ts';
import { officerLogin } from './officer-helpers.ts';

test('draft version → fee edited → published; a day off marked in the calendar; agencies and officers', async ({ page, request }) => {
  await officerLogin(page, 'vh.national', '/quan-tri');
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeVisible();
  await page.getByLabel('Tên thủ tục').fill('chung thuc ban sao tu ban chinh');
  await page.getByRole('link', { name: /^Chứng thực bản sao từ bản chính/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /2\.000815/ })).toBeVisible();
  await checkPage(page, 'admin-procedure');

  await page.getByRole('button', { name: 'Tạo phiên bản nháp mới' }).click();
  await expect(page.getByRole('heading', { name: /Sửa bản nháp phiên bản/ })).toBeVisible();
  const amount = page.getByLabel('Số tiền (đồng) 1');
  await amount.fill('3000');
  await page.getByLabel('Mã loại giấy tờ').first().fill('GT.CT01');
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByText('Đã lưu bản nháp')).toBeVisible();
  await checkPage(page, 'admin-procedure-draft');
  await page.getByRole('button', { name: 'Công bố phiên bản' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Công bố', exact: true }).click();
  await expect(page.getByText('Đã công bố phiên bản')).toBeVisible();
  const pub = (await (await request.get('/api/v1/procedures/2.000815')).json()) as { fees: { amount: number }[]; cases: { components: { documentTypeCode?: string }[] }[] };
  expect(pub.fees[0]!.amount).toBe(3000);
  expect(pub.cases[0]!.components[0]!.documentTypeCode).toBe('GT.CT01');

  // The working calendar: mark 10/3 of next year as a day off.
  const year = new Date().getFullYear() + 1;
  await page.getByRole('link', { name: 'Lịch làm việc' }).click();
  await page.getByLabel('Năm').selectOption(String(year));
  const day = page.getByRole('button', { name: new RegExp(`^10/3/${year}, `) });
  await expect(day).toHaveAccessibleName(new RegExp(`^10/3/${year}, (Ngày làm việc|Cuối tuần)`));
  await day.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Nhập dịp nghỉ hoặc làm bù')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Ngày nghỉ' }).check();
  await dialog.getByLabel('Dịp').fill('Nghỉ bù thử nghiệm');
  await dialog.getByLabel('Căn cứ').fill('Thông báo thử nghiệm số 1');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(day).toHaveAccessibleName(`10/3/${year}, Ngày nghỉ: Nghỉ bù thử nghiệm`);
  const cal = (await (await request.get(`/api/v1/calendar/years/${year}`)).json()) as { days: { date: string; kind: string }[] };
  expect(cal.days).toContainEqual(expect.objectContaining({ date: `${year}-03-10`, kind: 'day_off' }));
  await checkPage(page, 'admin-calendar');

  // Agencies, one-stop units and officers with their roles.
  await page.getByRole('link', { name: 'Cơ quan và cán bộ' }).click();
  await page.getByLabel('Cơ quan', { exact: true }).selectOption('000.00.06.H56');
  await expect(page.getByRole('heading', { name: 'Sở Tư pháp tỉnh Thanh Hóa' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Cán bộ có vai trò tại 000\.00\.06\.H56/ })).toContainText('cv.h56');
  await expect(page.getByRole('table', { name: /Cán bộ có vai trò tại/ })).toContainText('Chuyên viên');
  await checkPage(page, 'admin-agencies');
});
