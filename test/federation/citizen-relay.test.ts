/**
 * Issue 13.11 between real nodes: the citizen rates, from "Hồ sơ của tôi" on the portal, a dossier Thanh Hóa (H56)
 * returned — the portal checks the dossier is theirs in its mirror and relays the evaluation to H56 as a signed
 * message naming the person; H56 records it as the owner's online evaluation. Nobody else can, and once is once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import type { Principal } from '../../src/platform/identity/principal.ts';
import { citizen, insertAgencies, officer } from '../fixtures.ts';
import { act, LIFE, receive, startLocal, startNode, type LocalNode, type Node } from './nodes.ts';

const stranger: Principal = { kind: 'citizen', id: '00000000-0000-4000-9000-000000000002', personalId: '001190012345', name: 'Trần Thị Bình', loa: 2 };

let national: Node;
let local: LocalNode;
let dossierId = '';

beforeAll(async () => {
  national = await startNode({ ROLE: 'national', NODE_CODE: 'NATIONAL' }, { cit: citizen, other: stranger, op: officer('national_operator', '00000000-0000-4000-8000-00000000ffff', '000.00.00.G22') });
  await insertAgencies(national.db);
  local = await startLocal(national, 'H56');
  const d = await receive(local, 'Nguyễn Văn An');
  for (const [who, action, extra] of LIFE) await act(local, d.id, who, action, extra);
  dossierId = d.id;
  for (let i = 0; i < 200 && (await syncBacklog(local.db)).events > 0; i++) await syncOnce({ db: local.db, self: local.identity, config: local.config });
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

const onPortal = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  national.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

describe('the citizen rates a dossier of another system from the portal', () => {
  let scores: Record<string, number> = {};

  it('reads the questionnaire of the system holding the dossier', async () => {
    const r = await onPortal('GET', '/api/v1/portal/systems/H56/evaluation/criteria', 'cit');
    expect(r.statusCode, r.body).toBe(200);
    const set = r.json<{ criteria: { code: string; options: { value: number }[] }[] }>();
    expect(set.criteria.length).toBeGreaterThan(0);
    scores = Object.fromEntries(set.criteria.map((c) => [c.code, c.options[0]!.value]));
  });

  it('someone else cannot rate it, nor read the rating', async () => {
    expect((await onPortal('POST', `/api/v1/portal/systems/H56/dossiers/${dossierId}/evaluation`, 'other', { scores })).statusCode).toBe(404);
    expect((await onPortal('GET', `/api/v1/portal/systems/H56/dossiers/${dossierId}/evaluation`, 'other')).statusCode).toBe(404);
    expect(await local.db.selectFrom('dossierEvaluations').selectAll().execute()).toEqual([]);
  });

  it('the owner rates it from the portal; H56 records it once, as the owner’s online evaluation', async () => {
    const r = await onPortal('POST', `/api/v1/portal/systems/H56/dossiers/${dossierId}/evaluation`, 'cit', { scores, comments: 'Nhanh, đúng hẹn' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ dossierId });
    const rows = await local.db.selectFrom('dossierEvaluations').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dossierId, source: 'online', recordedByKind: 'citizen', recordedById: citizen.id, comments: 'Nhanh, đúng hẹn' });
    const again = await onPortal('POST', `/api/v1/portal/systems/H56/dossiers/${dossierId}/evaluation`, 'cit', { scores });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('evaluation-exists');
    const read = await onPortal('GET', `/api/v1/portal/systems/H56/dossiers/${dossierId}/evaluation`, 'cit');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ dossierId });
  });

  it('H56 refuses a relay not signed by the portal', async () => {
    const r = await local.app.inject({ method: 'POST', url: '/api/v1/federation/citizen', payload: { header: {}, body: {}, signature: 'x' } });
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.statusCode).toBeLessThan(500);
  });
});
