/**
 * Issue 13.11 between real nodes: from "Hồ sơ của tôi" on the portal, the citizen answers a supplement request and
 * pays the fee of a dossier Thanh Hóa (H56) holds — the portal checks the mirror's owner and relays each step as a
 * signed `citizen.relay`; H56 applies it exactly as on its own pages (same checks, same problems back), and the
 * payment goes through H56's payment platform (the stand-in), whose callback resumes the clock on H56.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { freePort } from '../../src/local/payments/test-helpers.ts';
import { pngSample } from '../../src/platform/documents/samples.testkit.ts';
import type { Principal } from '../../src/platform/identity/principal.ts';
import { citizen, insertAgencies, officer } from '../fixtures.ts';
import { act, receive, startLocal, startNode, type LocalNode, type Node } from './nodes.ts';

const stranger: Principal = { kind: 'citizen', id: '00000000-0000-4000-9000-000000000002', personalId: '001190012345', name: 'Trần Thị Bình', loa: 2 };

let national: Node;
let local: LocalNode;
let dossierId = '';

const sync = async () => {
  for (let i = 0; i < 200 && (await syncBacklog(local.db)).events > 0; i++) await syncOnce({ db: local.db, self: local.identity, config: local.config });
};

beforeAll(async () => {
  national = await startNode({ ROLE: 'national', NODE_CODE: 'NATIONAL' }, { cit: citizen, other: stranger, op: officer('national_operator', '00000000-0000-4000-8000-00000000ffff', '000.00.00.G22') });
  await insertAgencies(national.db);
  const port = await freePort();
  local = await startLocal(national, 'H56', { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
  const d = await receive(local, 'Nguyễn Văn An');
  dossierId = d.id;
  await act(local, d.id, 'cv', 'start');
  await act(local, d.id, 'cv', 'request_supplement', { items: [{ name: 'Tờ khai đăng ký khai sinh', reason: 'Thiếu chữ ký của người đi đăng ký' }] });
  await sync();
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

const onPortal = (method: 'GET' | 'POST', url: string, token: string, payload?: object | Buffer, headers: Record<string, string> = {}) =>
  national.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(payload ? { payload } : {}) });
const base = () => `/api/v1/portal/systems/H56/dossiers/${dossierId}`;
const onH56 = () => local.db.selectFrom('dossiers').select(['status', 'version']).where('id', '=', dossierId).executeTakeFirstOrThrow();

describe('the citizen answers a supplement request of another system from the portal', () => {
  it('reads the dossier as H56 shows it to its owner: asked for a supplement, with the papers asked', async () => {
    const r = await onPortal('GET', base(), 'cit');
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json<{ status: number; version: number; history: { action: string; data?: { items?: { name: string }[] } }[] }>();
    expect(d.status).toBe(5);
    expect(d.history.find((h) => h.action === 'request_supplement')?.data?.items?.[0]?.name).toBe('Tờ khai đăng ký khai sinh');
    expect((await onPortal('GET', base(), 'other')).statusCode).toBe(404);
  });

  it('uploads the asked paper: H56 checks the file by content as on its own page, and keeps it as the next page', async () => {
    const bad = await onPortal('POST', `${base()}/components/1/files`, 'cit', Buffer.from('không phải ảnh'), { 'content-type': 'application/octet-stream', 'x-file-name': 'a.txt' });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const png = await pngSample();
    const notMine = await onPortal('POST', `${base()}/components/1/files`, 'other', png, { 'content-type': 'image/png' });
    expect(notMine.statusCode).toBe(404);
    const noComponent = await onPortal('POST', `${base()}/components/9/files`, 'cit', png, { 'content-type': 'image/png' });
    expect(noComponent.statusCode).toBe(404);
    expect(noComponent.json().code).toBe('component-not-found');
    const r = await onPortal('POST', `${base()}/components/1/files`, 'cit', png, { 'content-type': 'image/png', 'x-file-name': encodeURIComponent('tờ khai có chữ ký.png') });
    expect(r.statusCode, r.body).toBe(201);
    const scans = await local.db.selectFrom('digitisationScans').selectAll().where('dossierId', '=', dossierId).execute();
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatchObject({ componentSeq: 1, size: png.length });
  });

  it('sends the answer: a stale version is refused by H56 with its own problem; the right one resumes processing', async () => {
    const { version } = await onH56();
    const stale = await onPortal('POST', `${base()}/supplement`, 'cit', { expectedVersion: version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect((await onH56()).status).toBe(5);
    expect((await onPortal('POST', `${base()}/supplement`, 'other', { expectedVersion: version })).statusCode).toBe(404);
    const r = await onPortal('POST', `${base()}/supplement`, 'cit', { expectedVersion: version, note: 'Đã bổ sung tờ khai có chữ ký' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe(4);
    const last = await local.db.selectFrom('dossierActions').select(['kind', 'actorKind', 'actorId']).where('dossierId', '=', dossierId).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ kind: 'supplement_received', actorKind: 'citizen', actorId: citizen.id });
    expect((await onH56()).status).toBe(4);
  });
});

describe('the citizen pays a fee of another system from the portal', () => {
  let paymentId = '';
  let paymentUrl = '';

  beforeAll(async () => {
    await act(local, dossierId, 'cv', 'request_payment');
    await sync();
  });

  it('sees the fee asked (the dossier’s fee lines) and starts the payment at H56’s payment platform', async () => {
    expect((await onH56()).status).toBe(6);
    const list = await onPortal('GET', `${base()}/payments`, 'cit');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: { id: string; amount: number; state: string }[] }>().items;
    expect(items).toEqual([expect.objectContaining({ amount: 8000, state: 'unpaid' })]);
    paymentId = items[0]!.id;
    expect((await onPortal('GET', `${base()}/payments`, 'other')).statusCode).toBe(404);
    expect((await onPortal('POST', `${base()}/payments/${paymentId}/init`, 'other')).statusCode).toBe(404);
    const wrong = await onPortal('POST', `${base()}/payments/00000000-0000-4000-8000-000000000999/init`, 'cit');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().code).toBe('payment-not-found');
    const r = await onPortal('POST', `${base()}/payments/${paymentId}/init`, 'cit');
    expect(r.statusCode, r.body).toBe(200);
    paymentUrl = r.json<{ paymentUrl: string }>().paymentUrl;
    expect(paymentUrl.startsWith(`${local.url}/dev-payment/pay/`)).toBe(true);
  });

  it('paid on the platform’s page: H56 receives the confirmation and the clock resumes; the portal shows it paid', async () => {
    const res = await fetch(paymentUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ action: 'pay' }).toString() });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Thanh toán thành công');
    expect((await onH56()).status).toBe(4);
    const list = await onPortal('GET', `${base()}/payments`, 'cit');
    expect(list.json<{ items: { state: string }[] }>().items).toEqual([expect.objectContaining({ state: 'paid' })]);
    const d = await onPortal('GET', base(), 'cit');
    expect(d.json<{ pauses: { to: string | null }[] }>().pauses.every((p) => p.to !== null)).toBe(true);
  });
});
