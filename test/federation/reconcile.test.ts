/**
 * Daily reconciliation between real nodes: the local system compares count and digest per agency and day with the
 * portal's mirror (signed `dossier.reconcile` query) and re-sends what differs through its ordered sync stream; the
 * portal applies each re-send once; a second run finds nothing to do. Bad reconcile queries change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEnvelope } from '../../src/federation/protocol/envelope.ts';
import { RECONCILE_MESSAGE_TYPE } from '../../src/federation/transport/message-types.ts';
import { vnDayOf } from '../../src/local/sync/payload.ts';
import { formatReconcileReport, reconcileDay, type ReconcileDeps } from '../../src/local/sync/reconcile.ts';
import { syncOnce } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { act, LIFE, receive, startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let today = '';

beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56');
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

const lines: string[] = [];
const deps = (): ReconcileDeps => ({
  db: local.db,
  self: local.identity,
  config: local.config,
  log: { info: (obj, msg) => void lines.push(`${msg} ${JSON.stringify(obj)}`) },
});

async function drain(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const r = await syncOnce({ db: local.db, self: local.identity, config: local.config });
    if (r.outcome === 'idle') {
      if ((await syncBacklog(local.db)).events === 0) return;
      await sleep(20);
    }
  }
  throw new Error('sync did not drain');
}

const mirror = () =>
  national.db
    .selectFrom('nationalDossiers')
    .select(['sourceId', 'maHoSo', 'trangThai', 'lastSeq', 'agencyCode', 'day'])
    .where('sourceNode', '=', 'H56')
    .orderBy('sourceId')
    .execute();

describe('daily reconciliation (local → national)', () => {
  let ids: string[] = [];

  it('finds nothing to do when the mirror holds every dossier of the agency and day', async () => {
    const a = await receive(local, 'Nguyễn Văn Một');
    const b = await receive(local, 'Trần Thị Hai');
    const c = await receive(local, 'Lê Văn Ba');
    for (const [token, action, extra] of LIFE.slice(0, 2)) await act(local, b.id, token, action, extra);
    ids = [a.id, b.id, c.id];
    // The day of these dossiers' creation (Vietnam time), from the database rather than the test's clock.
    today = vnDayOf((await local.db.selectFrom('dossiers').select('createdAt').where('id', '=', a.id).executeTakeFirstOrThrow()).createdAt);
    await drain();
    const m = await mirror();
    expect(m).toHaveLength(3);
    expect(m.every((r) => r.agencyCode === '000.00.06.H56' && r.day === today)).toBe(true);

    const r = await reconcileDay(deps(), today);
    expect(r.groups).toEqual([
      { agencyCode: '000.00.06.H56', localCount: 3, portalCount: 3, match: true, resent: [], pending: 0, unknownOnPortal: 0 },
    ]);
    expect(r.resent).toBe(0);
    expect(formatReconcileReport(r)).toContain('local 3, portal 3 — OK');
  });

  it('repairs a deleted and an altered mirror row, once; a second run finds nothing to do', async () => {
    const before = await mirror();
    const [a, b, c] = ids as [string, string, string];
    await national.db.deleteFrom('nationalDossiers').where('sourceNode', '=', 'H56').where('sourceId', '=', a).execute();
    await national.db.updateTable('nationalDossiers').set({ trangThai: 10 }).where('sourceNode', '=', 'H56').where('sourceId', '=', b).execute();
    // A mirror ahead of the truth (seq from nowhere) is also brought back.
    await national.db.updateTable('nationalDossiers').set({ lastSeq: 99 }).where('sourceNode', '=', 'H56').where('sourceId', '=', c).execute();

    const r = await reconcileDay(deps(), today);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({ localCount: 3, portalCount: 2, match: false, pending: 0, unknownOnPortal: 0 });
    expect([...r.groups[0]!.resent].sort()).toEqual([a, b, c].sort());
    expect(formatReconcileReport(r)).toContain('3 dossier(s) re-sent');
    expect(lines.some((l) => l.startsWith('reconcile: differences re-sent'))).toBe(true);

    await drain();
    expect(await mirror()).toEqual(before);

    const again = await reconcileDay(deps(), today);
    expect(again.resent).toBe(0);
    expect(again.groups.every((g) => g.match)).toBe(true);
    await drain();
    // The re-sends were logged as applied once (the portal's inbox): re-running the sender sends nothing more.
    expect((await syncBacklog(local.db)).events).toBe(0);
  });

  it('a change made after the repair still reaches the portal in order', async () => {
    const [, b] = ids as [string, string];
    await act(local, b, 'ld', 'approve');
    await drain();
    const row = (await mirror()).find((m) => m.sourceId === b);
    const local_ = await local.db.selectFrom('dossiers').select('status').where('id', '=', b).executeTakeFirstOrThrow();
    expect(row?.trangThai).toBe(local_.status);
    expect((await reconcileDay(deps(), today)).groups.every((g) => g.match)).toBe(true);
  });

  it('refuses malformed and unsigned reconcile queries with 4xx problem+json', async () => {
    const seal = (body: unknown) =>
      sealEnvelope({ type: RECONCILE_MESSAGE_TYPE, sender: 'H56', recipient: national.identity.code, body }, local.identity.privateKey);
    const post = (payload: unknown) =>
      fetch(`${national.url}/api/v1/federation/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    const bad = await post(seal({ agencyCode: '000.00.06.H56', day: '2026-13-45', digest: 'x' }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(((await bad.json()) as { code: string }).code).toBe('message-malformed');
    const env = seal({ agencyCode: '000.00.06.H56', day: today, digest: '0'.repeat(64) });
    const unsigned = await post({ ...env, signature: undefined });
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    expect(unsigned.status).toBeLessThan(500);
    // A valid query answers the mirror's list only on a mismatch.
    const ok = (await (await post(env)).json()) as { match: boolean; count: number; dossiers?: unknown[] };
    expect(ok).toMatchObject({ match: false, count: 3 });
    expect(ok.dossiers).toHaveLength(3);
  });
});
