/**
 * The callback endpoint against forged, tampered, mismatched and replayed messages: each gets its problem code, is
 * logged in payment_events, and changes nothing else. Order of checks: checksum → reference → amount → partner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../test/app.ts';
import { registerPaymentListener } from './callback.service.ts';
import { sharedSecret } from './gateway-client.ts';
import { findPaymentRequest, listPaymentEvents } from './payments.repository.ts';
import { callbackChecksum, type CallbackMessage } from './protocol.ts';
import { createPaymentsTestApp, createRequest, type PaymentsTestApp } from './test-helpers.ts';

let t: PaymentsTestApp;
let secret: string;
let listenerCalls = 0;
let unregister: () => void;

beforeAll(async () => {
  t = await createPaymentsTestApp(false);
  secret = await sharedSecret(t.db, t.config);
  unregister = registerPaymentListener(async () => {
    listenerCalls += 1;
  });
});
afterAll(async () => {
  unregister();
  await t.close();
});

async function create(): Promise<{ id: string; reference: string }> {
  return createRequest(t);
}

function message(reference: string, o: Partial<CallbackMessage> = {}, key = secret): CallbackMessage {
  const fields = {
    LoaiBanTin: 'CONFIRM', MaLoi: '00', MaDoiTac: 'MOTCUA-TEST', MaThamChieu: reference, SoTien: '1500000', MaTienTe: 'VND',
    MaGiaoDich: 'GD20251127101500000001', MaNganHang: 'PAYMENT', ThoiGianGD: '20251127151500', ThongTinGiaoDich: 'Nộp phí',
    ...o,
  };
  return { ...fields, MaXacThuc: callbackChecksum(fields, key) };
}

const post = (payload: unknown) => call(t.app, { method: 'POST', url: '/api/v1/payments/callback', payload: payload as object });

async function snapshot(id: string) {
  const row = await findPaymentRequest(t.db, id);
  return { row, events: (await listPaymentEvents(t.db, { paymentRequestId: id })).length };
}

async function lastEvent(reference: string) {
  return (await listPaymentEvents(t.db, { reference })).at(-1);
}

describe('rejected callbacks', () => {
  it.each([
    ['a wrong checksum → 400', (ref: string) => message(ref, {}, 'not-the-secret'), 400, 'payment-checksum-invalid', false],
    ['a tampered amount → 400', (ref: string) => ({ ...message(ref), SoTien: '15000' }), 400, 'payment-checksum-invalid', false],
    ['a tampered result code → 400', (ref: string) => ({ ...message(ref, { MaLoi: '24' }), MaLoi: '00' }), 400, 'payment-checksum-invalid', false],
    ['a wrong amount (validly signed) → 409', (ref: string) => message(ref, { SoTien: '1500001' }), 409, 'payment-amount-mismatch', true],
    ['a wrong currency (validly signed) → 409', (ref: string) => message(ref, { MaTienTe: 'USD' }), 409, 'payment-amount-mismatch', true],
    ['another partner code (validly signed) → 409', (ref: string) => message(ref, { MaDoiTac: 'KHAC' }), 409, 'payment-partner-mismatch', true],
  ] as const)('%s, problem code, logged, nothing changed', async (_name, build, status, code, checksumValid) => {
    const req = await create();
    const before = await snapshot(req.id);
    const calls = listenerCalls;
    const res = await post(build(req.reference));
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
    expect((await findPaymentRequest(t.db, req.id))).toEqual(before.row);
    expect(listenerCalls).toBe(calls);
    const ev = await lastEvent(req.reference);
    expect(ev).toMatchObject({ kind: 'callback', outcome: 'rejected', code, checksumValid });
    expect(ev?.rawBody).toContain(req.reference);
  });

  it('an unknown reference (validly signed) → 404 payment-reference-unknown, logged', async () => {
    const res = await post(message('dvc0000006H56251127999920251127151500'));
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('payment-reference-unknown');
    expect(await lastEvent('dvc0000006H56251127999920251127151500')).toMatchObject({ outcome: 'rejected', checksumValid: true, paymentRequestId: null });
  });

  it('the checksum is checked before the reference', async () => {
    const res = await post(message('dvc-nowhere', {}, 'forged'));
    expect(res.json().code).toBe('payment-checksum-invalid');
  });

  it('a body that is not a callback → 400 validation-failed, logged', async () => {
    const res = await post({ MaThamChieu: 'dvc-partial', MaLoi: '00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation-failed');
    expect(await lastEvent('dvc-partial')).toMatchObject({ outcome: 'rejected', code: 'validation-failed' });
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/payments/callback', headers: { 'content-type': 'application/json' }, payload: '{"MaLoi":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('malformed-json');
  });
});

describe('accepted callbacks', () => {
  it('success → paid once; replay acknowledged without change; a later failure changes nothing', async () => {
    const req = await create();
    const calls = listenerCalls;
    const ok = await post(message(req.reference));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ error_code: '0', message: 'paid' });
    const paid = await findPaymentRequest(t.db, req.id);
    expect(paid).toMatchObject({ state: 'paid', gatewayTransactionId: 'GD20251127101500000001', lastGatewayCode: '00' });
    expect(listenerCalls).toBe(calls + 1);

    const replay = await post(message(req.reference));
    expect(replay.json()).toMatchObject({ error_code: '0', message: 'replayed' });
    const failure = await post(message(req.reference, { MaLoi: '24', MaGiaoDich: 'GD2' }));
    expect(failure.json()).toMatchObject({ error_code: '0', message: 'ignored-after-success' });
    const second = await post(message(req.reference, { MaGiaoDich: 'GD3' }));
    expect(second.json()).toMatchObject({ error_code: '0', message: 'duplicate-payment' });

    expect(await findPaymentRequest(t.db, req.id)).toEqual(paid);
    expect(listenerCalls).toBe(calls + 1);
    const outcomes = (await listPaymentEvents(t.db, { paymentRequestId: req.id })).map((e) => e.outcome);
    expect(outcomes).toEqual(['paid', 'replayed', 'ignored-after-success', 'duplicate-payment']);
  });

  it('a failure code keeps the request unpaid and records the code', async () => {
    const req = await create();
    const res = await post(message(req.reference, { MaLoi: '51' }));
    expect(res.json().message).toBe('failed');
    expect(await findPaymentRequest(t.db, req.id)).toMatchObject({ state: 'unpaid', transactionState: 'that-bai', lastGatewayCode: '51', paidAt: null });
  });

  it('a failing payment listener rolls the payment back (the gateway will retry) and is logged', async () => {
    const req = await create();
    const off = registerPaymentListener(async () => {
      throw new Error('dossier update failed');
    });
    try {
      const res = await post(message(req.reference));
      expect(res.statusCode).toBe(500);
    } finally {
      off();
    }
    expect(await findPaymentRequest(t.db, req.id)).toMatchObject({ state: 'unpaid', paidAt: null });
    expect((await lastEvent(req.reference))?.outcome).toBe('error');
    expect((await post(message(req.reference))).json().message).toBe('paid');
  });

  it('a cancelled request is not paid by a late success callback (logged for reconciliation)', async () => {
    const req = await create();
    const c = await call(t.app, { method: 'POST', url: `/api/v1/payments/${req.id}/cancel`, token: 'officer' });
    expect(c.statusCode).toBe(200);
    expect(c.json().state).toBe('cancelled');
    expect((await call(t.app, { method: 'POST', url: `/api/v1/payments/${req.id}/cancel`, token: 'officer' })).json().code).toBe('payment-state-invalid');
    expect((await call(t.app, { method: 'POST', url: `/api/v1/payments/${req.id}/cancel`, token: 'citizen' })).statusCode).toBe(403);
    const calls = listenerCalls;
    expect((await post(message(req.reference))).json().message).toBe('paid-while-cancelled');
    expect(await findPaymentRequest(t.db, req.id)).toMatchObject({ state: 'cancelled', paidAt: null });
    expect(listenerCalls).toBe(calls);
    // the dossier may get a new request once the old one is cancelled
    const again = await createRequest(t, { dossierId: c.json().dossierId });
    expect(again.state).toBe('unpaid');
  });

  it('payment_events is append-only', async () => {
    await expect(t.db.deleteFrom('paymentEvents').execute()).rejects.toThrow(/append-only/);
  });
});
