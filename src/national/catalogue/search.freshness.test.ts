/**
 * The in-memory search index is a cache of PostgreSQL: a change committed through one app instance is visible
 * to the next search of every instance on the same database (the catalogue revision, migration 0301).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { createDb, withDatabase, type Db } from '../../db/connect.ts';
import { call, createTestApp, type TestApp } from '../../../test/app.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { upsertSector } from './catalogue.repository.ts';
import { currentSearchIndex } from './search.service.ts';
import { readRevision } from './search.repository.ts';

const operator: Principal = {
  kind: 'officer', id: 'op', username: 'op', name: 'Vận hành', grants: [{ role: 'national_operator', agencyId: 'x', agencyCode: '000.00.00.G22' }],
};

let a: TestApp;
let other: { app: FastifyInstance; db: Db };
beforeAll(async () => {
  a = await createTestApp({}, { principals: { op: operator } });
  await upsertSector(a.db, { code: 'ho-tich', name: 'Hộ tịch', ministryCode: null });
  // a second instance, as another process would be: its own pool and its own index, same database
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(a.db);
  const { db, pool } = createDb(withDatabase(inject('pgServerUrl'), rows[0]!.name), { max: 2 });
  const app = await buildApp({ config: a.config, db, pool, logger: false, extraResolvers: [async (tok) => (tok === 'op' ? operator : undefined)] });
  other = { app, db };
});
afterAll(async () => {
  await other.app.close();
  await other.db.destroy();
  await a.close();
});

const content = {
  name: 'Thủ tục xác nhận thông tin hộ tịch thử nghiệm',
  sectorCode: 'ho-tich',
  levels: ['commune'],
  agencyCodes: ['000.00.06.H56'],
  onlineLevel: 'full',
  processing: { counter: null, online: null },
  cases: [],
  fees: [],
  results: [],
  legalBasis: [],
  workflowTemplateRef: null,
};

async function codes(app: FastifyInstance, q: string): Promise<string[]> {
  const r = await call(app, { method: 'GET', url: `/api/v1/procedures?q=${encodeURIComponent(q)}` });
  expect(r.statusCode).toBe(200);
  return r.json().items.map((i: { code: string }) => i.code);
}

describe('search freshness across instances', () => {
  it('publishing through one instance is visible to the next search of both; retiring through the other too', async () => {
    const q = 'xac nhan thong tin ho tich thu nghiem';
    expect(await codes(a.app, q)).toEqual([]);
    expect(await codes(other.app, q)).toEqual([]);

    const before = await readRevision(a.db);
    const draft = (await call(a.app, { method: 'POST', url: '/api/v1/procedures', token: 'op', payload: { code: '1.777001', ...content } })).json();
    expect(await readRevision(a.db)).toBeGreaterThan(before);
    expect(await codes(other.app, q)).toEqual([]); // a draft is not searchable

    const pub = await call(a.app, { method: 'POST', url: `/api/v1/procedures/1.777001/versions/${draft.id}/publish`, token: 'op' });
    expect(pub.statusCode).toBe(200);
    expect(await codes(other.app, q)).toEqual(['1.777001']);
    expect(await codes(a.app, q)).toEqual(['1.777001']);

    const retired = await call(other.app, { method: 'POST', url: `/api/v1/procedures/1.777001/versions/${draft.id}/retire`, token: 'op' });
    expect(retired.statusCode).toBe(200);
    expect(await codes(a.app, q)).toEqual([]);
    expect(await codes(other.app, q)).toEqual([]);
  });

  it('a sector renamed in the database shows in the next search', async () => {
    await upsertSector(other.db, { code: 'ho-tich', name: 'Hộ tịch (đổi tên)', ministryCode: null });
    const r = await call(a.app, { method: 'GET', url: '/api/v1/procedures?sector=ho-tich&limit=100' });
    expect(r.json().total).toBe(0); // the only one was retired
    const d = (await call(a.app, { method: 'POST', url: '/api/v1/procedures', token: 'op', payload: { code: '1.777002', ...content } })).json();
    await call(a.app, { method: 'POST', url: `/api/v1/procedures/1.777002/versions/${d.id}/publish`, token: 'op' });
    const hit = (await call(other.app, { method: 'GET', url: '/api/v1/procedures?sector=ho-tich' })).json();
    expect(hit.items).toMatchObject([{ code: '1.777002', sectorName: 'Hộ tịch (đổi tên)' }]);
  });

  it('concurrent searches after a change share one rebuild', async () => {
    const first = await currentSearchIndex(a.db);
    await upsertSector(other.db, { code: 'ho-tich', name: 'Hộ tịch', ministryCode: null });
    const many = await Promise.all(Array.from({ length: 8 }, () => currentSearchIndex(a.db)));
    expect(many[0]).not.toBe(first);
    expect(new Set(many).size).toBe(1);
    expect(await currentSearchIndex(a.db)).toBe(many[0]); // unchanged revision: no rebuild
  });
});
