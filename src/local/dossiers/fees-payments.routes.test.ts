/** Cash fees at the counter through the API on the real database: once, exact amount, receipt unique per agency+year. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';

let t: TestApp;
let call: DossierTestApp['call'];

beforeAll(async () => {
  const d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
    mc49: officer('one_stop_officer', ids.h49, '000.00.00.H49'),
  }));
  t = d.t;
  call = d.call;
});
afterAll(async () => t.close());

async function receive(): Promise<{ id: string; version: number }> {
  const res = await call('POST', '/api/v1/dossiers', 'mc', {
    procedureCode: '1.001193',
    resolvingAgencyCode: '000.00.06.H56',
    channel: 'counter',
    owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An' },
    components: [{ name: 'Tờ khai', originals: 1, certifiedCopies: 0, photocopies: 0 }],
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

const count = async (table: 'dossierFeePayments' | 'auditEvents') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('cash fees at the counter', () => {
  it('records the cash payment once, with its audit row, and lists it with the fee lines', async () => {
    const d = await receive();
    const empty = await call('GET', `/api/v1/dossiers/${d.id}/fees`, 'cv');
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({ total: 8000, paid: false, payments: [] });

    const res = await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, 'mc', {
      receiptNo: 'AA/25E-0000123',
      amount: 8000,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      total: 8000,
      paid: true,
      lines: [{ code: 'LP01', name: 'Lệ phí đăng ký khai sinh', amount: 8000 }],
      payments: [{ method: 'cash', amount: 8000, receiptNo: 'AA/25E-0000123', state: 'paid' }],
    });
    const audit = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', d.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('fee_paid_cash');

    const again = await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, 'mc', {
      receiptNo: 'AA/25E-0000124',
      amount: 8000,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('fees-already-paid');
    const listed = await call('GET', `/api/v1/dossiers/${d.id}/fees`, 'cv');
    expect(listed.json().payments).toHaveLength(1);
  });

  it('lists the online payment requests of the payment platform beside the cash', async () => {
    const d = await receive();
    const code = (await call('GET', `/api/v1/dossiers/${d.id}`, 'cv')).json().code as string;
    const pr = await call('POST', '/api/v1/payments', 'cv', {
      dossierId: d.id,
      dossierCode: code,
      agencyCode: '000.00.06.H56',
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      amount: 8000,
      feeLines: [{ code: 'LP01', name: 'Lệ phí đăng ký khai sinh', amount: 8000, kind: 'le_phi' }],
      payer: { name: 'Nguyễn Văn An', personalId: '038087042028', address: 'Thanh Hóa' },
    });
    expect(pr.statusCode, pr.body).toBe(201);
    const fees = (await call('GET', `/api/v1/dossiers/${d.id}/fees`, 'mc')).json();
    expect(fees).toMatchObject({
      paid: false,
      payments: [{ method: 'online', amount: 8000, state: 'unpaid' }],
    });

    // No cash while the online request is open; once cancelled, cash is taken.
    const refused = await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, 'mc', {
      receiptNo: 'ON-1',
      amount: 8000,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('payment-request-open');
    const cancelled = await call('POST', `/api/v1/payments/${String(pr.json().id)}/cancel`, 'cv');
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const cash = await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, 'mc', {
      receiptNo: 'ON-1',
      amount: 8000,
    });
    expect(cash.statusCode, cash.body).toBe(201);
    expect(cash.json().payments.map((p: { method: string; state: string }) => [p.method, p.state])).toEqual([
      ['cash', 'paid'],
      ['online', 'cancelled'],
    ]);
  });

  it('fulfils the financial obligation when the dossier is in status 6', async () => {
    const d = await receive();
    await call('POST', `/api/v1/dossiers/${d.id}/actions`, 'cv', {
      action: 'start',
      expectedVersion: d.version,
    });
    const six = await call('POST', `/api/v1/dossiers/${d.id}/actions`, 'cv', {
      action: 'request_payment',
      expectedVersion: d.version + 1,
    });
    expect(six.json().status).toBe(6);
    const res = await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, 'mc', {
      receiptNo: '0000200',
      amount: 8000,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe(4);
    const view = await call('GET', `/api/v1/dossiers/${d.id}`, 'cv');
    expect((view.json().history as { action: string }[]).map((h) => h.action)).toEqual([
      'receive',
      'start',
      'request_payment',
      'payment_fulfilled',
    ]);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const d = await receive();
    const other = await receive();
    expect(
      (await call('POST', `/api/v1/dossiers/${other.id}/fees/cash`, 'mc', { receiptNo: 'R-1', amount: 8000 }))
        .statusCode,
    ).toBe(201);
    const payments = await count('dossierFeePayments');
    const cases: [string | undefined, unknown, number, string][] = [
      ['mc', { receiptNo: 'R-2', amount: 7000 }, 409, 'fee-amount-mismatch'],
      ['mc', { receiptNo: 'R-1', amount: 8000 }, 409, 'receipt-number-taken'],
      ['mc', { receiptNo: 'R 2', amount: 8000 }, 400, 'validation-failed'],
      ['mc', { receiptNo: '', amount: 8000 }, 400, 'validation-failed'],
      ['mc', { receiptNo: 'x'.repeat(31), amount: 8000 }, 400, 'validation-failed'],
      ['mc', { receiptNo: "1'; drop table dossiers;--", amount: 8000 }, 400, 'validation-failed'],
      ['mc', { receiptNo: 'R-2', amount: -1 }, 400, 'validation-failed'],
      ['mc', { receiptNo: 'R-2', amount: 8000, extra: 1 }, 400, 'validation-failed'],
      ['mc', { amount: 8000 }, 400, 'validation-failed'],
      ['cv', { receiptNo: 'R-2', amount: 8000 }, 403, 'forbidden'],
      ['mc49', { receiptNo: 'R-2', amount: 8000 }, 403, 'forbidden'],
      [undefined, { receiptNo: 'R-2', amount: 8000 }, 401, 'unauthenticated'],
    ];
    for (const [token, body, status, code] of cases) {
      const res = await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, token, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    const missing = await call(
      'POST',
      '/api/v1/dossiers/00000000-0000-4000-8000-000000000999/fees/cash',
      'mc',
      {
        receiptNo: 'R-9',
        amount: 8000,
      },
    );
    expect(missing.statusCode).toBe(404);
    expect((await call('GET', `/api/v1/dossiers/${d.id}/fees`, 'mc49')).statusCode).toBe(403);
    expect(await count('dossierFeePayments')).toBe(payments);
    expect((await call('GET', `/api/v1/dossiers/${d.id}/fees`, 'mc')).json().paid).toBe(false);
  });
});
