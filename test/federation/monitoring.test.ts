/**
 * Issue 17.1–17.3 on real nodes: two local systems (H56, H49) and the portal, each with its own database. A known
 * mix of dossiers — on time, late, paid online, pending within and past the due date, online (submitted on the portal, with a
 * document reused from the citizen's warehouse), digitised at the counter, rated satisfied and dissatisfied — is
 * made through the HTTP API with the law's clock set, synced over signed HTTP, and each indicator's numerator,
 * denominator and points are asserted on the local system (its own data) AND on the portal (what was synced), which
 * must agree. Then the portal's read models are dropped and rebuilt from its sync log: the same numbers.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeOnce } from '../../src/national/routing/router.ts';
import { rebuildMonitoring } from '../../src/national/monitoring/apply.ts';
import { syncOnce } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { freePort } from '../reliability/server-process.ts';
import { depositDigitised, portFor } from '../../src/national/warehouse/warehouse.test-helpers.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../fixtures.ts';
import { act, LIFE, receive, startLocal, startNode, type LocalNode, type Node } from './nodes.ts';

const OWNER = citizen.kind === 'citizen' ? citizen.personalId : '';
let national: Node;
let h56: LocalNode;
let h49: LocalNode;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  national = await startNode({ ROLE: 'national', NODE_CODE: 'NATIONAL' }, { cit: citizen });
  await insertAgencies(national.db);
  await publishProcedure(national.db);
  const { port, blobs } = portFor(national.db, national.config.DATA_DIR);
  await depositDigitised(port, blobs, OWNER); // the citizen's birth certificate (GCS), reusable
  // H56 listens where its PUBLIC_URL says: the payment platform's stand-in calls it back there
  h56 = await startLocal(national, 'H56', { PUBLIC_URL: `http://127.0.0.1:${await freePort()}`, PAYMENT_PARTNER_CODE: 'MOTCUA-TEST' });
  h56.tokens.cit = citizen;
  h49 = await startLocal(national, 'H49');
  for (const n of [h56, h49]) n.tokens.admin = officer('agency_admin', n.ids.h56, '000.00.00.H56', 'Quản trị');
  Object.assign(h49.tokens, {
    mc: officer('one_stop_officer', h49.ids.h49, '000.00.00.H49', 'Cán bộ một cửa Quảng Ninh'),
    cv: officer('specialist', h49.ids.h49justice, '000.00.06.H49', 'Chuyên viên Quảng Ninh'),
    ld: officer('leader', h49.ids.h49justice, '000.00.06.H49', 'Lãnh đạo Quảng Ninh'),
    admin: officer('agency_admin', h49.ids.h49, '000.00.00.H49', 'Quản trị Quảng Ninh'),
  });
}, 120_000);
afterAll(async () => {
  await h56?.destroy();
  await h49?.destroy();
  await national?.destroy();
});

async function req(node: Node, method: 'GET' | 'POST' | 'PUT', url: string, token?: string, payload?: object) {
  const r = await node.app.inject({ method, url, ...(payload ? { payload } : {}), headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (r.statusCode >= 300) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
  return r.json<Record<string, unknown>>();
}
const setClock = (n: LocalNode, at: string) => req(n, 'PUT', '/api/v1/operations/clock', 'admin', { at });

async function life(n: LocalNode, id: string) {
  for (const [token, action, extra] of LIFE) await act(n, id, token, action, extra);
}
async function rate(n: LocalNode, id: string, value: number) {
  const criteria = (await req(n, 'GET', '/api/v1/evaluation/criteria', 'mc')) as { criteria: { code: string }[] };
  await req(n, 'POST', `/api/v1/dossiers/${id}/evaluation`, 'mc', { scores: Object.fromEntries(criteria.criteria.map((c) => [c.code, value])) });
}
async function digitise(n: LocalNode, id: string) {
  const png = await sharp({ create: { width: 40, height: 60, channels: 3, background: '#eee' } }).png().toBuffer();
  const up = await n.app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/components/1/scans`, payload: png, headers: { authorization: 'Bearer mc', 'content-type': 'image/png' } });
  if (up.statusCode !== 201) throw new Error(`scan: ${up.statusCode} ${up.body}`);
  await req(n, 'POST', `/api/v1/dossiers/${id}/components/1/digitise`, 'mc', {
    number: '01/TK', abstract: 'Tờ khai đăng ký khai sinh', issuedOn: '2026-11-02', issuer: 'Nguyễn Văn An', signer: 'Nguyễn Văn An', permanent: true, validityScope: 'Toàn quốc',
  });
}
async function drain(n: LocalNode) {
  for (let i = 0; i < 2000; i++) {
    const r = await syncOnce({ db: n.db, self: n.identity, config: n.config });
    if (r.outcome === 'idle') {
      if ((await syncBacklog(n.db)).events === 0) return;
      await sleep(20);
    }
  }
  throw new Error('sync did not drain');
}

type Ind = { key: string; numerator: number; denominator: number; points: number; ratio: number | null };
type SystemIndex = { points: number; groups: { key: string; points: number; indicators: Ind[] }[]; trend: { period: string; points: number }[] };
const indicators = (s: SystemIndex) => Object.fromEntries(s.groups.flatMap((g) => g.indicators).map((i) => [i.key, [i.numerator, i.denominator, i.points]]));

describe('the Decision 766 index on two systems and the portal', () => {
  it('a known mix gives the expected numerators, denominators and points locally and on the portal, which agree', async () => {
    // H56: A on time (digitised at the counter, rated satisfied); B received in October, resolved late in November
    // (rated satisfied: a late dossier does not count as satisfied); C online from the portal with the birth
    // certificate reused from the warehouse, on time; D pending within its due date at the end of November;
    // E pending past it.
    await setClock(h56, '2026-10-01T09:00:00+07:00');
    const B = (await receive(h56, 'Khách B')).id;
    await setClock(h56, '2026-11-02T09:00:00+07:00');
    const A = (await receive(h56, 'Khách A')).id;
    await digitise(h56, A);
    await life(h56, A);
    await rate(h56, A, 2);
    const sub = await fetch(`${national.url}/api/v1/portal/submissions`, {
      method: 'POST',
      headers: { authorization: 'Bearer cit', 'content-type': 'application/json' },
      body: JSON.stringify({
        procedureCode: '1.001193',
        resolvingAgencyCode: '000.00.06.H56',
        owner: { type: 'citizen', idNumber: OWNER, name: 'Nguyễn Văn An' },
        components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
        reuse: [{ componentSeq: 2, documentId: (await national.db.selectFrom('warehouseDocuments').select('id').executeTakeFirstOrThrow()).id }],
      }),
    });
    expect(sub.status, await sub.clone().text()).toBe(202);
    const { submissionId } = (await sub.json()) as { submissionId: string };
    expect(await routeOnce({ db: national.db, self: national.identity, retryMs: 20, retryMaxMs: 200, pollMs: 1000 })).toEqual({ delivered: 1, failed: 0 });
    const C = (await h56.db.selectFrom('dossiers').select('id').where('sourceRef', '=', submissionId).executeTakeFirstOrThrow()).id;
    await setClock(h56, '2026-11-03T09:00:00+07:00');
    await act(h56, C, 'mc', 'receive');
    await life(h56, C);
    // P: fees paid online through the payment platform (its stand-in), on time
    await setClock(h56, '2026-11-04T09:00:00+07:00');
    const P = (await receive(h56, 'Khách P')).id;
    await act(h56, P, 'cv', 'start');
    await act(h56, P, 'cv', 'request_payment');
    const pr = await h56.db.selectFrom('paymentRequests').select('id').where('dossierId', '=', P).executeTakeFirstOrThrow();
    const { paymentUrl } = (await req(h56, 'POST', `/api/v1/payments/${pr.id}/init`, 'cit')) as { paymentUrl: string };
    const paid = await fetch(paymentUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=pay' });
    expect(await paid.text()).toContain('Thanh toán thành công');
    for (const [token, action, extra] of LIFE.slice(1)) await act(h56, P, token, action, extra);
    await setClock(h56, '2026-11-10T09:00:00+07:00');
    const E = (await receive(h56, 'Khách E')).id;
    await setClock(h56, '2026-11-20T09:00:00+07:00');
    await life(h56, B);
    await rate(h56, B, 2);
    await setClock(h56, '2026-11-25T09:00:00+07:00');
    const D = (await receive(h56, 'Khách D')).id;

    // H49: F on time, rated dissatisfied; G resolved late.
    await setClock(h49, '2026-11-05T09:00:00+07:00');
    const F = (await receive(h49, 'Khách F', '000.00.06.H49')).id;
    await life(h49, F);
    await rate(h49, F, 0);
    await setClock(h49, '2026-11-06T09:00:00+07:00');
    const G = (await receive(h49, 'Khách G', '000.00.06.H49')).id;
    await setClock(h49, '2026-11-30T09:00:00+07:00');
    await life(h49, G);
    expect(new Set([A, B, C, D, E, P]).size).toBe(6);

    await drain(h56);
    await drain(h49);

    const local56 = (await req(h56, 'GET', '/api/v1/statistics/index?period=2026-11', 'ld')) as unknown as SystemIndex;
    const portal56 = (await req(national, 'GET', '/api/v1/national/index/systems/H56?period=2026-11')) as unknown as SystemIndex;
    const local49 = (await req(h49, 'GET', '/api/v1/statistics/index?period=2026-11', 'ld')) as unknown as SystemIndex;
    const portal49 = (await req(national, 'GET', '/api/v1/national/index/systems/H49?period=2026-11')) as unknown as SystemIndex;

    // [numerator, denominator, points]
    const expected56 = {
      'dossier-sync': [6, 6, 6], // A B C P resolved in November + D E open at its end, every change synced in time
      'on-time': [4, 6, 13.33], // A C P on time + D within its due date; B late, E past due
      'online-full': [1, 5, 2.4], // C of the 5 received in November (the procedure is fully online)
      'payment-online': [1, 5, 1.2], // P paid online; the others' fees in cash
      'dossier-satisfaction': [3, 4, 5], // A C P of the 4 resolved (B late); min(6, 6 × 3/4 / 0.9)
      digitised: [1, 5, 0.8], // A: its one component digitised
      'digitised-shared': [2, 5, 1.6], // A digitised, C reused
      reused: [1, 1, 2], // C, the one dossier with a component the warehouse can stand for; min(2, 2 × 1 / 0.8)
      'e-result': [0, 4, 0], // the results were recorded without an electronic result
      'petition-on-time': [0, 0, 6],
      'petition-satisfaction': [0, 0, 6],
    };
    const expected49 = {
      'dossier-sync': [2, 2, 6],
      'on-time': [1, 2, 10],
      'online-full': [0, 2, 0],
      'dossier-satisfaction': [0, 2, 0], // F rated dissatisfied, G late
      digitised: [0, 2, 0],
      reused: [0, 0, 0],
      'petition-on-time': [0, 0, 6],
    };
    for (const [s, exp] of [[local56, expected56], [portal56, expected56], [local49, expected49], [portal49, expected49]] as const)
      expect(indicators(s)).toMatchObject(exp);
    expect(indicators(local56)).toEqual(indicators(portal56));
    expect(indicators(local49)).toEqual(indicators(portal49));
    expect(local56.points).toBe(portal56.points);
    expect(local56.groups.map((g) => [g.key, g.points])).toEqual(portal56.groups.map((g) => [g.key, g.points]));
    expect(local56.trend).toEqual(portal56.trend);

    // the ranking on the portal
    const ranking = (await req(national, 'GET', '/api/v1/national/index?period=2026-11')) as { systems: { code: string; points: number; rank: number }[] };
    expect(ranking.systems.map((s) => s.code)).toEqual(portal56.points >= portal49.points ? ['H56', 'H49'] : ['H49', 'H56']);
    expect(ranking.systems.find((s) => s.code === 'H56')!.points).toBe(portal56.points);

    // drill-down: the on-time indicator lists its six dossiers on both sides, four counted in the numerator
    const codes = async (n: LocalNode, ids: string[]) => (await n.db.selectFrom('dossiers').select('code').where('id', 'in', ids).execute()).map((r) => r.code).sort();
    const localList = (await req(h56, 'GET', '/api/v1/statistics/index/indicators/on-time/dossiers?period=2026-11', 'ld')) as { total: number; items: { code: string; counted: string }[] };
    const portalList = (await req(national, 'GET', '/api/v1/national/index/systems/H56/indicators/on-time/dossiers?period=2026-11')) as typeof localList;
    expect(localList.total).toBe(6);
    expect(portalList).toEqual(localList);
    expect(localList.items.filter((i) => i.counted === 'numerator').map((i) => i.code).sort()).toEqual(await codes(h56, [A, C, D, P]));

    // the portal's read models are projections of its sync log: dropped and rebuilt, the same numbers
    const before = await req(national, 'GET', '/api/v1/national/index?period=2026-Q4');
    const rebuilt = await rebuildMonitoring(national.db);
    expect(rebuilt.dossiers).toBe(8);
    expect(await req(national, 'GET', '/api/v1/national/index?period=2026-Q4')).toEqual(before);
    expect(await req(national, 'GET', '/api/v1/national/index/systems/H56?period=2026-11')).toEqual(portal56);
  }, 240_000);
});
