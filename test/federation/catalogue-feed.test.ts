/**
 * The national catalogue is the master (issue 13.16), between real nodes on separate databases: a version
 * published on the portal reaches the local system (its components with their document types, its fees), through a
 * signed pull of the portal's feed — once, in order, idempotently — and the local system's own offering stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullCatalogue, startCataloguePuller } from '../../src/national/catalogue-feed/pull.ts';
import { insertAgencies, officer, publishProcedure } from '../fixtures.ts';
import { startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;
const CODE = '1.001193';

beforeAll(async () => {
  national = await startNational();
  await insertAgencies(national.db);
  await publishProcedure(national.db);
  local = await startLocal(national, 'H56');
  local.tokens.admin = officer('agency_admin', local.ids.h56justice, '000.00.06.H56', 'Quản trị Sở Tư pháp');
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

const pull = () => pullCatalogue({ db: local.db, self: local.identity, config: local.config });
const asOp = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  national.app.inject({ method, url, headers: { authorization: 'Bearer op' }, ...(payload ? { payload } : {}) });
const localVersions = () =>
  local.db.selectFrom('procedureVersions').select(['id', 'version', 'status', 'nationalId', 'effectiveTo']).where('code', '=', CODE).orderBy('version').execute();

async function publishNewVersionOnPortal(fees: number): Promise<{ id: string; version: number }> {
  const draft = await asOp('POST', `/api/v1/procedures/${CODE}/versions`);
  expect(draft.statusCode).toBe(201);
  const d = draft.json<{ id: string; cases: { name: string; components: object[] }[] }>();
  const edit = await asOp('PATCH', `/api/v1/procedures/${CODE}/versions/${d.id}`, {
    fees: [{ code: 'LP01', amount: fees, description: 'Lệ phí đăng ký khai sinh (mới)' }],
    cases: [
      {
        name: d.cases[0]!.name,
        components: [
          ...d.cases[0]!.components,
          { name: 'Giấy xác nhận nơi cư trú', originals: 1, copies: 0, documentTypeCode: 'XNCT' },
        ],
      },
    ],
  });
  expect(edit.statusCode).toBe(200);
  const pub = await asOp('POST', `/api/v1/procedures/${CODE}/versions/${d.id}/publish`, {});
  expect(pub.statusCode).toBe(200);
  return pub.json();
}

describe('the national catalogue flows to the local systems', () => {
  let offeringsBefore = 0;

  it('the first pull adopts the copy both systems hold, adding no version', async () => {
    const offer = await local.app.inject({
      method: 'POST',
      url: '/api/v1/local/agencies/000.00.06.H56/procedures',
      headers: { authorization: 'Bearer admin' },
      payload: { procedureCode: CODE },
    });
    expect(offer.statusCode).toBe(201);
    offeringsBefore = (await local.db.selectFrom('localProcedureOfferings').selectAll().execute()).length;
    const before = await localVersions();
    const r = await pull();
    expect(r.added).toBe(0);
    const after = await localVersions();
    expect(after.map((v) => v.id)).toEqual(before.map((v) => v.id));
    const portalV1 = await national.db.selectFrom('procedureVersions').select('id').where('code', '=', CODE).executeTakeFirstOrThrow();
    expect(after[0]!.nationalId).toBe(portalV1.id);
  });

  it('a version published on the portal reaches the local wizard with its components, document types and fees; the offering stays', async () => {
    const v2 = await publishNewVersionOnPortal(12_000);
    // before the pull the local system still serves the old version (the bug this fixes)
    const stale = await local.app.inject({ url: `/api/v1/procedures/${CODE}` });
    expect(stale.json().fees[0].amount).toBe(8000);

    const r = await pull();
    expect(r.added).toBe(1);
    const now = await local.app.inject({ url: `/api/v1/procedures/${CODE}` });
    expect(now.statusCode).toBe(200);
    const body = now.json();
    expect(body.version).toBe(v2.version);
    expect(body.fees).toEqual([{ code: 'LP01', amount: 12_000, description: 'Lệ phí đăng ký khai sinh (mới)' }]);
    expect(body.cases[0].components.map((c: { documentTypeCode?: string }) => c.documentTypeCode ?? null)).toEqual([null, 'GCS', 'XNCT']);
    const versions = await localVersions();
    expect(versions.find((v) => v.nationalId === v2.id)).toMatchObject({ version: v2.version, status: 'published' });
    // the portal closed version 1 when version 2 took effect: so does the local copy
    const portalV1 = await national.db.selectFrom('procedureVersions').select('effectiveTo').where('code', '=', CODE).where('version', '=', 1).executeTakeFirstOrThrow();
    expect(versions.find((v) => v.version === 1)!.effectiveTo).toBe(portalV1.effectiveTo);
    expect((await local.db.selectFrom('localProcedureOfferings').selectAll().execute()).length).toBe(offeringsBefore);
  });

  it('pulling again changes nothing; replaying the whole feed from the start duplicates nothing', async () => {
    const before = await localVersions();
    expect(await pull()).toMatchObject({ added: 0, updated: 0, unchanged: 0 });
    await local.db.updateTable('cataloguePullState').set({ lastSeq: 0 }).execute();
    const replay = await pull();
    expect(replay.added).toBe(0);
    expect(replay.updated).toBe(0);
    expect(await localVersions()).toEqual(before);
  });

  it('a retirement on the portal reaches the local system through the running puller', async () => {
    const list = await asOp('GET', `/api/v1/procedures/${CODE}/versions`);
    const latest = list.json<{ items: { id: string; status: string }[] }>().items[0]!;
    expect((await asOp('POST', `/api/v1/procedures/${CODE}/versions/${latest.id}/retire`)).statusCode).toBe(200);
    const loop = startCataloguePuller({ db: local.db, self: local.identity, config: local.config, intervalMs: 100 }, () => {});
    try {
      await expect.poll(async () => (await localVersions()).find((v) => v.nationalId === latest.id)?.status, { timeout: 10_000 }).toBe('retired');
    } finally {
      await loop.stop();
    }
    const state = await local.db.selectFrom('cataloguePullState').selectAll().executeTakeFirstOrThrow();
    expect(state.lastError).toBeNull();
  });

  it('the portal refuses a pull signed by a system it does not know', async () => {
    const stranger = await startLocal(national, 'H40');
    try {
      await national.db.deleteFrom('federationNodes').where('code', '=', 'H40').execute();
      await expect(pullCatalogue({ db: stranger.db, self: stranger.identity, config: stranger.config })).rejects.toMatchObject({ code: 'message-unknown-sender' });
    } finally {
      await stranger.destroy();
    }
  });
});
