/** Officer entry: login with user name and password, the work queues with the dossiers to receive. */
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { checkPage, DEMO_PASSWORD, demoToken } from './helpers.ts';

test('an officer logs in and sees the online dossier waiting in "Chờ tiếp nhận"', async ({ page, request }) => {
  // A citizen submits online to the Hạc Thành ward: it waits for the Thanh Hóa one-stop officer.
  // (the shipped birth registration: its declaration, and the required birth certificate uploaded to her warehouse)
  const token = await demoToken(request, { personalId: '022192004321' });
  const scan = await PDFDocument.create();
  scan.addPage().drawText('Giay chung sinh', { x: 20, y: 400, size: 10 });
  const up = await request.post(`/api/v1/my/warehouse/documents?typeCode=GCS&name=${encodeURIComponent('Giấy chứng sinh')}`, {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
    data: Buffer.from(await scan.save({ useObjectStreams: false })),
  });
  expect(up.status()).toBe(201);
  const proc = (await (await request.get('/api/v1/procedures/1.001193')).json()) as { cases: { components: { name: string; required?: boolean }[] }[] };
  const papers = proc.cases[0]!.components;
  const res = await request.post('/api/v1/online/dossiers', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.01.31.H56',
      owner: { type: 'citizen', idNumber: '022192004321', name: 'Phạm Thị Hạ Long' },
      components: papers.map((k) => ({ name: k.name.slice(0, 300), originals: 1, certifiedCopies: 0, photocopies: 0 })),
      attachments: [{ componentSeq: papers.findIndex((k) => k.required) + 1, documentId: ((await up.json()) as { id: string }).id }],
      declaration: {
        childName: 'Phạm Minh An',
        childBirthDate: '2026-11-20',
        childGender: 'nam',
        childEthnicity: 'Kinh',
        childNationality: 'Việt Nam',
        childPlaceOfBirth: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
        motherName: 'Phạm Thị Hạ Long',
        motherBirthDate: '1992-09-02',
        motherResidence: 'Phường Hạc Thành, Thanh Hóa',
        declarantRelation: 'me',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(201);

  await page.goto('/can-bo');
  await expect(page).toHaveURL(/\/can-bo\/dang-nhap\?tiep=%2Fcan-bo$/);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Nhập tên đăng nhập và mật khẩu').first()).toBeVisible();
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill('mc.h56');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('wrong-password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Tên đăng nhập', { exact: true })).toHaveValue('mc.h56');
  await checkPage(page, 'officer-login-error');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Chờ tiếp nhận/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('cell', { name: 'Phạm Thị Hạ Long' }).first()).toBeVisible();
  await checkPage(page, 'officer-queue');
  await page.getByRole('tab', { name: /Quá hạn/ }).click();
  await expect(page.getByRole('tab', { name: /Quá hạn/ })).toHaveAttribute('aria-selected', 'true');
});
