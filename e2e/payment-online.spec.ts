/**
 * Online payment on the catalogue as shipped (issue 13.4): a business household registration (1.001612, a fee of
 * 50,000 đ in the national catalogue) received at the counter for the Hạc Thành ward; the fee is asked online from
 * the dossier's own fee lines; the citizen finds the amount in "Hồ sơ của tôi", pays through the payment platform
 * (development stand-in) and sees it paid.
 */
import { expect, test } from '@playwright/test';
import { auth, checkPage, CITIZEN_ID, demoToken, eidLogin } from './helpers.ts';

test('a fee of the shipped catalogue is paid online from "Hồ sơ của tôi"', async ({ page, request }) => {
  const mc = await demoToken(request, { username: 'mc.h56' });
  const received = await request.post('/api/v1/dossiers', {
    headers: auth(mc),
    data: {
      channel: 'counter',
      procedureCode: '1.001612',
      resolvingAgencyCode: '000.01.31.H56',
      owner: { type: 'citizen', idNumber: CITIZEN_ID, name: 'Lê Văn Thành' },
      components: [{ name: 'Giấy đề nghị đăng ký hộ kinh doanh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    },
  });
  expect(received.status(), await received.text()).toBe(201);
  const dossier = (await received.json()) as { id: string; code: string };
  // the officer names only the dossier: amount, fee lines and payer are the dossier's own
  const pay = await request.post('/api/v1/payments', { headers: auth(mc), data: { dossierId: dossier.id } });
  expect(pay.status(), await pay.text()).toBe(201);
  expect(((await pay.json()) as { amount: number }).amount).toBe(50_000);

  await eidLogin(page, CITIZEN_ID);
  await page.goto(`/ho-so-cua-toi/${dossier.id}`);
  await expect(page.getByRole('heading', { name: 'Nộp phí, lệ phí trực tuyến' })).toBeVisible();
  await checkPage(page, 'dossier-pay-shipped');
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: /Thanh toán 50\.000/ }).click();
  const gateway = await popupPromise;
  await gateway.getByRole('button', { name: 'Thanh toán' }).click();
  await expect(gateway.getByText(/thành công/i).first()).toBeVisible();
  await gateway.close();
  await expect(page.getByTestId('payment-paid')).toBeVisible({ timeout: 20_000 });
  await checkPage(page, 'dossier-paid-shipped');
  // the officer reads the payment as paid (confirmed by the platform's checksum-verified callback)
  const paymentId = ((await pay.json()) as { id: string }).id;
  const after = await request.get(`/api/v1/payments/${paymentId}`, { headers: auth(mc) });
  expect(after.status()).toBe(200);
  expect(JSON.stringify(await after.json())).toMatch(/"(state|status)":"paid"/);
});
