/**
 * End to end over real HTTP: the app listens, INIT goes to the stand-in gateway, the test follows UrlThanhToan and
 * presses the buttons of the payment page, and the stand-in calls our callback URL back.
 */
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../test/app.ts';
import { registerPaymentListener } from './callback.service.ts';
import { listPaymentEvents } from './payments.repository.ts';
import { paymentsOfDossier } from './payments.service.ts';
import type { PaidPayment } from './payments.ts';
import { createPaymentsTestApp, createRequest, newPaymentBody, payer, type PaymentsTestApp } from './test-helpers.ts';

let t: PaymentsTestApp;
const paid: { payment: PaidPayment; stateInTrx: string | undefined }[] = [];
let unregister: () => void;

beforeAll(async () => {
  t = await createPaymentsTestApp(true);
  unregister = registerPaymentListener(async (payment, trx) => {
    const row = await trx.selectFrom('paymentRequests').select('state').where('id', '=', payment.id).executeTakeFirst();
    paid.push({ payment, stateInTrx: row?.state });
  });
});
afterAll(async () => {
  unregister();
  await t.close();
});

async function create(overrides: Record<string, unknown> = {}) {
  return createRequest(t, overrides);
}

async function init(id: string, token = 'citizen') {
  return call(t.app, { method: 'POST', url: `/api/v1/payments/${id}/init`, token });
}

async function get(id: string) {
  const res = await call(t.app, { method: 'GET', url: `/api/v1/payments/${id}`, token: 'officer' });
  expect(res.statusCode).toBe(200);
  return res.json<{ state: string; transactionState: string | null; gatewayTransactionId: string | null; lastGatewayCode: string | null; paidAt: string | null }>();
}

/** Press a button of the stand-in's page: POST the form as a browser would. */
async function press(url: string, action: 'pay' | 'cancel' | 'resend') {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action }).toString(),
  });
  return { status: res.status, html: await res.text() };
}

describe('pay online through the stand-in gateway', () => {
  it('create → INIT → payment page → "Thanh toán" → signed callback → paid exactly once', async () => {
    const created = await create();
    expect(created.state).toBe('unpaid');
    expect(created.reference).toMatch(/^dvc0000006H56251127\d{4}\d{14}$/);

    const i = await init(created.id);
    expect(i.statusCode, i.body).toBe(200);
    const { paymentUrl, reference } = i.json<{ paymentUrl: string; reference: string }>();
    expect(reference).toBe(created.reference);
    expect(paymentUrl.startsWith(`${t.baseUrl}/dev-payment/pay/`)).toBe(true);
    expect((await get(created.id)).state).toBe('pending');

    const page = await fetch(paymentUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập');
    expect(html).toContain('1.500.000 đồng');
    expect(html).toContain(payer.name);
    expect(html).toContain('Nộp phí, lệ phí hồ sơ 000.00.06.H56-251127-');
    expect(html).toContain('>Thanh toán</button>');
    expect(html).toContain('>Hủy</button>');

    const before = paid.length;
    const r = await press(paymentUrl, 'pay');
    expect(r.status).toBe(200);
    expect(r.html).toContain('Thanh toán thành công');
    expect(r.html).toContain('HTTP 200');

    const after = await get(created.id);
    expect(after.state).toBe('paid');
    expect(after.transactionState).toBe('thanh-cong');
    expect(after.lastGatewayCode).toBe('00');
    expect(after.gatewayTransactionId).toMatch(/^GD\d{20}$/);
    expect(after.paidAt).not.toBeNull();
    expect(paid.length).toBe(before + 1);
    expect(paid.at(-1)?.payment).toMatchObject({ id: created.id, dossierId: created.dossierId, amount: 1_500_000, reference });
    expect(paid.at(-1)?.stateInTrx).toBe('paid'); // the listener ran inside the transaction that marked it paid

    // The gateway resends the same result (replay): acknowledged, nothing changes, the listener does not run again.
    const again = await press(paymentUrl, 'resend');
    expect(again.html).toContain('HTTP 200');
    expect(await get(created.id)).toEqual(after);
    expect(paid.length).toBe(before + 1);
    // Pressing "Thanh toán" twice is refused by the gateway itself.
    expect((await press(paymentUrl, 'pay')).status).toBe(409);

    const events = await listPaymentEvents(t.db, { paymentRequestId: created.id });
    expect(events.map((e) => [e.kind, e.outcome])).toEqual([
      ['init', 'sent'],
      ['callback', 'paid'],
      ['callback', 'replayed'],
    ]);
    expect(events[1]?.checksumValid).toBe(true);
    expect(events[1]?.rawBody).toContain('"MaLoi":"00"');

    // Paid: no new INIT.
    const reinit = await init(created.id);
    expect(reinit.statusCode).toBe(409);
    expect(reinit.json().code).toBe('payment-state-invalid');

    // GET_BILL at its own address: the gateway streams the receipt as a PDF, naming the transaction.
    const bill = await call(t.app, { method: 'GET', url: `/api/v1/payments/${created.id}/bill`, token: 'officer' });
    expect(bill.statusCode, bill.body).toBe(200);
    expect(bill.json()).toMatchObject({ errorCode: '0', bill: null, receipt: { contentType: 'application/pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const pdf = await call(t.app, { method: 'GET', url: `/api/v1/payments/${created.id}/receipt`, token: 'citizen' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const doc = await PDFDocument.load(pdf.rawPayload);
    expect(doc.getSubject()).toBe(`MaThamChieu ${reference}; MaGiaoDich ${after.gatewayTransactionId}`);
    expect((await call(t.app, { method: 'GET', url: `/api/v1/payments/${created.id}/receipt`, token: 'stranger' })).statusCode).toBe(403);
  });

  it('"Hủy" leaves the request payable with the gateway code recorded; a new INIT can then be paid', async () => {
    const created = await create();
    const first = (await init(created.id)).json<{ paymentUrl: string }>().paymentUrl;
    const before = paid.length;
    const r = await press(first, 'cancel');
    expect(r.status).toBe(200);
    expect(r.html).toContain('Đã hủy thanh toán');
    const cancelled = await get(created.id);
    expect(cancelled).toMatchObject({ state: 'pending', transactionState: 'that-bai', lastGatewayCode: '24', paidAt: null });
    expect(paid.length).toBe(before);

    const second = (await init(created.id)).json<{ paymentUrl: string }>().paymentUrl;
    expect(second).not.toBe(first);
    await press(second, 'pay');
    expect((await get(created.id)).state).toBe('paid');
    expect(paid.length).toBe(before + 1);
    const outcomes = (await listPaymentEvents(t.db, { paymentRequestId: created.id })).map((e) => e.outcome);
    expect(outcomes).toEqual(['sent', 'failed', 'sent', 'paid']);
    expect((await paymentsOfDossier(t.db, created.dossierId)).map((p) => p.state)).toEqual(['paid']);
  });
});

describe('payment requests', () => {
  it('only one open request per dossier', async () => {
    const body = newPaymentBody();
    await createRequest(t, body);
    await expect(createRequest(t, body)).rejects.toMatchObject({ code: 'payment-request-open' });
  });

  it('refuses an amount that is not the sum of the fee lines, or an unknown agency, and stores nothing', async () => {
    const count = async () => (await t.db.selectFrom('paymentRequests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const n = await count();
    await expect(createRequest(t, { amount: 1_000_000 })).rejects.toMatchObject({ code: 'validation-failed' });
    await expect(createRequest(t, { agencyCode: '000.00.00.H99' })).rejects.toMatchObject({ code: 'agency-not-found' });
    await expect(createRequest(t, {}, 'other-officer')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await count()).toBe(n);
  });

  it('the HTTP route takes no amount, fee line, agency or payer from the caller', async () => {
    const count = async () => (await t.db.selectFrom('paymentRequests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const n = await count();
    const body = newPaymentBody({ amount: 1, feeLines: [{ code: 'X', name: 'x', amount: 1 }] });
    const res = await call(t.app, { method: 'POST', url: '/api/v1/payments', token: 'officer', payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation-failed');
    // a made-up dossier id: nothing to pay
    const none = await call(t.app, { method: 'POST', url: '/api/v1/payments', token: 'officer', payload: { dossierId: body.dossierId } });
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('dossier-not-found');
    expect(await count()).toBe(n);
  });

  it('checks who may create, see and pay', async () => {
    const body = { dossierId: newPaymentBody().dossierId };
    expect((await call(t.app, { method: 'POST', url: '/api/v1/payments', payload: body })).statusCode).toBe(401);
    expect((await call(t.app, { method: 'POST', url: '/api/v1/payments', token: 'citizen', payload: body })).json().code).toBe('forbidden');
    const created = await create();
    const url = `/api/v1/payments/${created.id}`;
    expect((await call(t.app, { method: 'GET', url, token: 'citizen' })).statusCode).toBe(200);
    expect((await call(t.app, { method: 'GET', url, token: 'stranger' })).statusCode).toBe(403);
    expect((await call(t.app, { method: 'GET', url, token: 'other-officer' })).statusCode).toBe(403);
    expect((await init(created.id, 'stranger')).statusCode).toBe(403);
    expect((await call(t.app, { method: 'GET', url: '/api/v1/payments/00000000-0000-4000-8000-999999999999', token: 'officer' })).json().code).toBe('payment-not-found');
    expect((await call(t.app, { method: 'GET', url: '/api/v1/payments/not-a-uuid', token: 'officer' })).statusCode).toBe(400);
  });
});
