/** Cash fees at the counter through the API on the real database: once, exact amount, receipt unique per agency+year. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { dossierTestApp, officer, type DossierTestApp } from '../../../test/fixtures.ts';

let t: TestApp;
const otherDepartment = '00000000-0000-4000-8000-0000000007a1';
let call: DossierTestApp['call'];

beforeAll(async () => {
  const d = await dossierTestApp((ids) => ({
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56'),
    mc49: officer('one_stop_officer', ids.h49, '000.00.00.H49'),
    cv49: officer('specialist', ids.h49justice, '000.00.06.H49'),
    // a specialist of another department of the same province: no business with a justice dossier
    cvOther: officer('specialist', otherDepartment, '000.00.07.H56'),
  }));
  await d.t.db
    .insertInto('agencies')
    .values({ id: otherDepartment, code: '000.00.07.H56', name: 'Sở Xây dựng tỉnh Thanh Hóa', level: 2, kind: 'department', parentId: null, nodeCode: 'H56', validFrom: '2025-07-01' })
    .execute();
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
    const pr = await call('POST', '/api/v1/payments', 'cv', { dossierId: d.id });
    expect(pr.statusCode, pr.body).toBe(201);
    expect(pr.json()).toMatchObject({ dossierCode: code, amount: 8000 });
    const fees = (await call('GET', `/api/v1/dossiers/${d.id}/fees`, 'mc')).json();
    expect(fees).toMatchObject({
      paid: false,
      payments: [{ method: 'online', amount: 8000, state: 'unpaid' }],
    });

    // No cash while the online request is with the payment platform (pending): it could still be paid.
    await t.db.updateTable('paymentRequests').set({ state: 'pending' }).where('id', '=', String(pr.json().id)).execute();
    const refused = await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, 'mc', {
      receiptNo: 'ON-1',
      amount: 8000,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('payment-request-open');
    // One never sent to the platform (unpaid) is cancelled by the cash, in the same transaction.
    await t.db.updateTable('paymentRequests').set({ state: 'unpaid' }).where('id', '=', String(pr.json().id)).execute();
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

describe('online payment requests (issue 12: the amount is the dossier’s, the caller must work on it)', () => {
  const paymentCount = async () =>
    Number((await t.db.selectFrom('paymentRequests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses a request with a made-up amount, fee lines, agency or payer: nothing is stored', async () => {
    const d = await receive();
    const n = await paymentCount();
    const code = (await call('GET', `/api/v1/dossiers/${d.id}`, 'cv')).json().code as string;
    const forged = await call('POST', '/api/v1/payments', 'cv', {
      dossierId: d.id,
      dossierCode: code,
      agencyCode: '000.00.06.H56',
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      amount: 1,
      feeLines: [{ code: 'LP01', name: 'Lệ phí', amount: 1 }],
      payer: { name: 'X', personalId: '001099000001', address: '' },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.headers['content-type']).toContain('application/problem+json');
    expect(forged.json().code).toBe('validation-failed');
    expect(await paymentCount()).toBe(n);
  });

  it('an officer of another department or another province gets 404 and creates nothing', async () => {
    const d = await receive();
    const n = await paymentCount();
    for (const who of ['cvOther', 'cv49', 'mc49']) {
      const res = await call('POST', '/api/v1/payments', who, { dossierId: d.id });
      expect(res.statusCode, who).toBe(404);
      expect(res.json().code).toBe('dossier-not-found');
    }
    expect(await paymentCount()).toBe(n);
    // the specialist of the resolving department may, for the dossier's own fee lines
    const ok = await call('POST', '/api/v1/payments', 'cv', { dossierId: d.id, description: 'Nộp lệ phí khai sinh' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ amount: 8000, agencyCode: '000.00.06.H56', description: 'Nộp lệ phí khai sinh' });
  });

  it('refuses when the fees are already paid in cash', async () => {
    const d = await receive();
    expect((await call('POST', `/api/v1/dossiers/${d.id}/fees/cash`, 'mc', { receiptNo: 'PAID-1', amount: 8000 })).statusCode).toBe(201);
    const res = await call('POST', '/api/v1/payments', 'cv', { dossierId: d.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('fees-already-paid');
  });
});
