/**
 * Status 6 end to end over real HTTP: a specialist asks for the fees (→ 6, clock paused), a payment request is
 * paid on the stand-in gateway, its signed callback moves the dossier back to processing in the same transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../../../test/fixtures.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { freePort } from '../payments/test-helpers.ts';

let t: TestApp;
let base: string;
const principals: Record<string, Principal> = {};

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await createTestApp({ PUBLIC_URL: base }, { principals });
  const ids = await insertAgencies(t.db);
  principals.mc = officer('one_stop_officer', ids.h56, '000.00.00.H56');
  principals.cv = officer('specialist', ids.h56justice, '000.00.06.H56');
  principals.owner = citizen; // Nguyễn Văn An, 038087042028: the owner by personal ID
  await publishProcedure(t.db);
  await t.app.listen({ host: '127.0.0.1', port });
});
afterAll(async () => t.close());

async function api(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('financial obligation (status 6) and the payment platform', () => {
  it('leaves status 6 when the gateway confirms the payment, and the clock resumes', async () => {
    const d = (
      await api('POST', '/api/v1/dossiers', 'mc', {
        procedureCode: '1.001193',
        resolvingAgencyCode: '000.00.06.H56',
        channel: 'counter',
        owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An' },
        components: [{ name: 'Tờ khai', originals: 1, certifiedCopies: 0, photocopies: 0 }],
      })
    ).json as { id: string; code: string; version: number };
    await api('POST', `/api/v1/dossiers/${d.id}/actions`, 'cv', {
      action: 'start',
      expectedVersion: d.version,
    });
    const six = await api('POST', `/api/v1/dossiers/${d.id}/actions`, 'cv', {
      action: 'request_payment',
      expectedVersion: d.version + 1,
    });
    expect(six.json.status).toBe(6);

    // request_payment opened the payment request of the dossier's fee lines in the same transaction: the owner
    // finds it in "my dossiers" at once
    const mine = await api('GET', `/api/v1/my/dossiers/${d.id}/payments`, 'owner');
    expect(mine.status, JSON.stringify(mine.json)).toBe(200);
    const items = mine.json.items as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    const pr = { json: items[0]! };
    expect(pr.json).toMatchObject({
      state: 'unpaid',
      amount: 8000,
    });
    // an officer asking again gets 409: one open request per dossier
    const again = await api('POST', '/api/v1/payments', 'cv', { dossierId: d.id });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('payment-request-open');
    const full = await api('GET', `/api/v1/payments/${String(pr.json.id)}`, 'cv');
    expect(full.json).toMatchObject({
      dossierCode: d.code,
      agencyCode: '000.00.06.H56',
      amount: 8000,
      feeLines: [{ name: 'Lệ phí đăng ký khai sinh', amount: 8000 }],
      payer: { name: 'Nguyễn Văn An', personalId: '038087042028' },
    });
    const init = await api('POST', `/api/v1/payments/${String(pr.json.id)}/init`, 'owner');
    expect(init.status, JSON.stringify(init.json)).toBe(200);
    const pay = await fetch(String(init.json.paymentUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=pay',
    });
    expect(pay.status).toBe(200);

    const after = await api('GET', `/api/v1/dossiers/${d.id}`, 'cv');
    expect(after.json.status).toBe(4);
    const history = (after.json.history as { action: string; actor: string }[]).map((h) => h.action);
    expect(history).toEqual(['receive', 'start', 'request_payment', 'payment_fulfilled']);
    expect((after.json.pauses as { kind: string; to: string | null }[])[0]).toMatchObject({
      kind: 'payment',
    });
    expect((after.json.pauses as { to: string | null }[])[0]?.to).not.toBeNull();
  });
});
