/** MÔI TRƯỜNG THỬ NGHIỆM — the stand-in gateway's own checks, its mounting rule, and the client facing a dead gateway. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp } from '../../../test/app.ts';
import { sharedSecret } from '../../local/payments/gateway-client.ts';
import { listPaymentEvents } from '../../local/payments/payments.repository.ts';
import { createPaymentRequest } from '../../local/payments/payments.service.ts';
import type { NewPaymentRequest } from '../../local/payments/payments.ts';
import { createPaymentsTestApp, newPaymentBody, type PaymentsTestApp } from '../../local/payments/test-helpers.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { INIT_FIXED_VALUES, sign } from './protocol.ts';

let t: PaymentsTestApp;
let secret: string;
beforeAll(async () => {
  t = await createPaymentsTestApp(false);
  secret = await sharedSecret(t.db, t.config);
});
afterAll(async () => t.close());

function init(o: Record<string, unknown> = {}, key?: string) {
  const m: Record<string, unknown> = {
    ...INIT_FIXED_VALUES, MaDoiTac: 'MOTCUA-TEST', MaThamChieu: 'dvc1', SoTien: '50000', ThongTinGiaoDich: 'Nộp lệ phí',
    ThoiGianGD: '20251127151500', Ip: '127.0.0.1',
    ThongTinBienLai: { HoTenNguoiNop: 'A', SoCMNDNguoiNop: '1', DiaChiNguoiNop: '', MaHoSo: 'x', TenTTHC: 'y', TenDonVi: 'z', PhiLePhi: [] },
    ...o,
  };
  m.MaXacThuc = sign('INIT', m, key ?? secret);
  return t.app.inject({ method: 'POST', url: '/dev-payment', payload: m });
}

describe('stand-in INIT and GET_BILL', () => {
  it('accepts a signed INIT and answers error_code "0" with UrlThanhToan in a JSON message', async () => {
    const res = await init();
    expect(res.statusCode).toBe(200);
    const body = res.json<{ error_code: string; message: string }>();
    expect(body.error_code).toBe('0');
    expect(JSON.parse(body.message).UrlThanhToan).toMatch(/\/dev-payment\/pay\/[0-9a-f]{32}$/);
  });

  it.each([
    ['wrong checksum', {}, 'other-secret', '2'],
    ['unknown partner', { MaDoiTac: 'KHAC' }, undefined, '3'],
    ['invalid amount', { SoTien: '-5' }, undefined, '5'],
    ['a changed fixed value', { PhienBan: '1.0.5' }, undefined, '1'],
  ] as const)('refuses %s', async (_n, o, key, code) => {
    expect((await init(o, key)).json().error_code).toBe(code);
  });

  it('GET_BILL checks its checksum and knows unknown references', async () => {
    const q = (o: Record<string, unknown>, key = secret) => {
      const m: Record<string, unknown> = { LoaiBanTin: 'GET_BILL', PhienBan: '1.0.6', MaDoiTac: 'MOTCUA-TEST', MaThamChieu: 'dvc-none', ThoiGianGD: '20251127151500', ...o };
      m.MaXacThuc = sign('GET_BILL', m, key);
      return t.app.inject({ method: 'POST', url: '/dev-payment', payload: m });
    };
    expect((await q({}, 'x')).json().error_code).toBe('2');
    expect((await q({})).json().error_code).toBe('6');
  });

  it('serves a 404 page for an unknown token', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/dev-payment/pay/${'0'.repeat(32)}` });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('MÔI TRƯỜNG THỬ NGHIỆM');
  });
});

describe('configuration', () => {
  it('the stand-in is not mounted when PAYMENT_GATEWAY_URL is set; an unreachable gateway → 502, logged', async () => {
    const principals: Record<string, Principal> = {};
    const other = await createTestApp(
      { PAYMENT_GATEWAY_URL: 'http://127.0.0.1:1/payment', PAYMENT_SECRET: 'issued-by-the-platform', PAYMENT_PARTNER_CODE: 'MOTCUA-TEST' },
      { principals },
    );
    try {
      expect((await other.app.inject({ method: 'POST', url: '/dev-payment', payload: {} })).statusCode).toBe(404);
      const agency = await other.db.insertInto('agencies').values({ code: '000.00.06.H56', name: 'Sở', level: 2, kind: 'department', nodeCode: 'H56', validFrom: '2025-07-01' }).returning('id').executeTakeFirstOrThrow();
      // a one-stop officer of the agency (a national operator does not act on dossiers' fees)
      principals.officer = { kind: 'officer', id: '00000000-0000-4000-8000-000000000011', username: 'o', name: 'O', grants: [{ role: 'one_stop_officer', agencyId: agency.id, agencyCode: '000.00.06.H56' }] };
      const { id } = await createPaymentRequest(other.db, principals.officer, newPaymentBody() as NewPaymentRequest);
      const res = await call(other.app, { method: 'POST', url: `/api/v1/payments/${id}/init`, token: 'officer' });
      expect(res.statusCode).toBe(502);
      expect(res.json().code).toBe('payment-gateway-unavailable');
      expect((await listPaymentEvents(other.db, { paymentRequestId: id })).map((e) => e.outcome)).toEqual(['gateway-error']);
      expect((await call(other.app, { method: 'GET', url: `/api/v1/payments/${id}`, token: 'officer' })).json().state).toBe('unpaid');
    } finally {
      await other.close();
    }
  });

  it('PAYMENT_GATEWAY_URL without PAYMENT_SECRET is a configuration error', async () => {
    const { loadConfig } = await import('../../config.ts');
    expect(() => loadConfig({ PAYMENT_GATEWAY_URL: 'https://pay.example' })).toThrow(/PAYMENT_SECRET/);
  });
});
