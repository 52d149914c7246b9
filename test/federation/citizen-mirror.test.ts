/**
 * The citizen's dossiers on a portal-only node (ROLE=national) between real nodes: dossiers received at H56 are
 * synced to the portal's mirror; there the citizen sees exactly their own (with progress in order) and the online
 * submission still travelling to H56; tracking by code works without login and masks the owner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import type { Principal } from '../../src/platform/identity/principal.ts';
import { citizen, insertAgencies, officer, publishProcedure } from '../fixtures.ts';
import { act, receive, startLocal, startNode, type LocalNode, type Node } from './nodes.ts';

const stranger: Principal = { kind: 'citizen', id: '00000000-0000-4000-9000-000000000002', personalId: '001190012345', name: 'Trần Thị Bình', loa: 2 };

let national: Node;
let local: LocalNode;

beforeAll(async () => {
  national = await startNode(
    { ROLE: 'national', NODE_CODE: 'NATIONAL' },
    { op: officer('national_operator', '00000000-0000-4000-8000-00000000ffff', '000.00.00.G22'), cit: citizen, other: stranger },
  );
  await insertAgencies(national.db);
  await publishProcedure(national.db);
  local = await startLocal(national, 'H56');
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

async function drain(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await syncOnce({ db: local.db, self: local.identity, config: local.config });
    if ((await syncBacklog(local.db)).events === 0) return;
  }
  throw new Error('sync did not drain');
}

async function get(path: string, token?: string) {
  const r = await fetch(`${national.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: (await r.json()) as Body };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON answers, checked by the assertions
type Body = Record<string, any>;

interface Item {
  id: string;
  code: string;
  status: number;
  statusName: { vi: string };
  node: string;
  procedureName: string;
  progress: { content: string; status: number; handler: string; at: string }[];
}

describe('citizen portal on a portal-only node', () => {
  let mine: { id: string; code: string }[] = [];
  let theirs: { id: string; code: string };

  beforeAll(async () => {
    const a = await receive(local, 'Nguyễn Văn An');
    await act(local, a.id, 'cv', 'start');
    await act(local, a.id, 'cv', 'forward');
    const b = await receive(local, 'Nguyễn Văn An');
    mine = [a, b];
    const r = await local.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { authorization: 'Bearer mc' },
      payload: {
        procedureCode: '1.001193',
        resolvingAgencyCode: '000.00.06.H56',
        channel: 'counter',
        owner: { type: 'citizen', idNumber: '001190012345', name: 'Trần Thị Bình', birthDate: '1990-03-04' },
        components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
      },
    });
    expect(r.statusCode).toBe(201);
    theirs = r.json();
    await drain();
  }, 60_000);

  it('shows a citizen exactly their dossiers, newest first, with progress in order', async () => {
    const r = await get('/api/v1/my/dossiers', 'cit');
    expect(r.status).toBe(200);
    const items = r.body.items as Item[];
    expect(r.body.total).toBe(2);
    expect(items.map((d) => d.id).sort()).toEqual(mine.map((d) => d.id).sort());
    expect(items.map((d) => d.code)).not.toContain(theirs.code);
    // newest first: b was received after a's last change (same second possible: then the latest change first)
    expect(items.map((d) => d.id)).toEqual([mine[1]!.id, mine[0]!.id]);
    const a = items.find((d) => d.id === mine[0]!.id)!;
    expect(a).toMatchObject({ code: mine[0]!.code, status: 4, statusName: { vi: 'Đang xử lý' }, node: 'H56', procedureName: 'Đăng ký khai sinh', procedureCode: '1.001193' });
    expect(a.progress.map((p) => [p.content, p.status])).toEqual([
      ['Tiếp nhận hồ sơ', 2],
      ['Bắt đầu xử lý hồ sơ', 4],
      ['Chuyển xử lý', 4],
    ]);
    expect(a.progress[0]!.handler).toBe('Lê Thị Một Cửa');
    expect(a.progress[0]!.at).toMatch(/\+07:00$/);
    expect(items.find((d) => d.id === mine[1]!.id)).toMatchObject({ status: 2, statusName: { vi: 'Được tiếp nhận' } });
    expect((items.find((d) => d.id === mine[1]!.id) as unknown as { dueAt: string }).dueAt).toMatch(/\+07:00$/);
    expect(r.body.pending).toEqual([]);

    const other = await get('/api/v1/my/dossiers', 'other');
    expect((other.body.items as Item[]).map((d) => d.code)).toEqual([theirs.code]);
  });

  it('lists my submission still travelling to the hosting system, not anyone else’s', async () => {
    const s = await fetch(`${national.url}/api/v1/portal/submissions`, {
      method: 'POST',
      headers: { authorization: 'Bearer cit', 'content-type': 'application/json' },
      body: JSON.stringify({
        procedureCode: '1.001193',
        resolvingAgencyCode: '000.00.06.H56',
        owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
        components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
      }),
    });
    expect(s.status).toBe(202);
    const sent = (await s.json()) as { submissionId: string; system: unknown; reference: string; expectedAt: string | null };
    const { submissionId } = sent;
    expect(sent.system).toEqual({ code: 'H56', name: 'Hệ thống H56' });
    expect(sent.reference).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(sent.expectedAt).toMatch(/\+07:00$/);
    const r = await get('/api/v1/my/dossiers', 'cit');
    expect(r.body.pending).toEqual([
      expect.objectContaining({ submissionId, node: 'H56', procedureCode: '1.001193', message: expect.objectContaining({ vi: 'Đang chuyển đến Hệ thống H56' }) }),
    ]);
    // issue 13.11: the system by its registered name, a short reference (not the UUID) and the expected date
    const p = r.body.pending[0];
    expect(p.system).toEqual({ code: 'H56', name: 'Hệ thống H56' });
    expect(p.reference).toBe(submissionId.replace(/-/g, '').slice(0, 8).toUpperCase().replace(/^(.{4})/, '$1-'));
    expect(p.expectedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(Date.parse(p.expectedAt)).toBeGreaterThan(Date.parse(p.submittedAt));
    expect((await get('/api/v1/my/dossiers', 'other')).body.pending).toEqual([]);
    // once the system has acknowledged it, it is no longer "travelling"
    await national.db.updateTable('routingOutbox').set({ ackedAt: new Date().toISOString() }).where('id', '=', submissionId).execute();
    expect((await get('/api/v1/my/dossiers', 'cit')).body.pending).toEqual([]);
  });

  it('tracks a dossier by code without login, with the owner masked and no personal IDs', async () => {
    const r = await get(`/api/v1/tracking/${encodeURIComponent(mine[0]!.code)}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      code: mine[0]!.code,
      status: 4,
      statusName: { vi: 'Đang xử lý' },
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
      owner: 'N***',
      node: 'H56',
    });
    expect(r.body.agency.name).toBeTruthy();
    expect(r.body.timeline.map((t: { action: string }) => t.action)).toEqual(['Tiếp nhận hồ sơ', 'Bắt đầu xử lý hồ sơ', 'Chuyển xử lý']);
    const raw = JSON.stringify(r.body);
    expect(raw).not.toContain('038087042028');
    expect(raw).not.toContain('Nguyễn Văn An');
    expect(raw).not.toContain('0912345678');
    expect(raw).not.toContain('Lê Thị Một Cửa');
  });

  it('unknown code → 404 problem+json; no login → 401; an officer → 403; bad paging → 400', async () => {
    const nf = await get('/api/v1/tracking/000.00.06.H56-260101-9999');
    expect(nf.status).toBe(404);
    expect(nf.type).toContain('application/problem+json');
    expect(nf.body.code).toBe('dossier-not-found');
    const anon = await get('/api/v1/my/dossiers');
    expect(anon.status).toBe(401);
    expect(anon.type).toContain('application/problem+json');
    expect((await get('/api/v1/my/dossiers', 'op')).status).toBe(403);
    const bad = await get('/api/v1/my/dossiers?limit=1000', 'cit');
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
  });
});
