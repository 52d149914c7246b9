/**
 * A local system pointed at a DVCQG-compatible endpoint (NATIONAL_PROTOCOL=dvcqg) — here motcua's own compat API on
 * a real portal node: login with dstcode, TraCuuHoSo → DongBoHoSoMC (isUpdating) → CapNhatTienDoHoSoMC from the
 * same outbox; the portal down for a while; a retry after a lost answer; everything applied once, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyMessageLog } from '../../src/federation/protocol/message-log.ts';
import { syncOnceDvcqg, type DvcqgSenderDeps } from '../../src/local/sync/dvcqg-sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { setDvcqgAccount } from '../../src/national/dvcqg/dvcqg.service.ts';
import { act, LIFE, receive, startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;
const PASSWORD = 'mat-khau-h56-dvcqg';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56', { NATIONAL_PROTOCOL: 'dvcqg', DVCQG_USERNAME: 'h56-sync', DVCQG_PASSWORD: PASSWORD, DVCQG_MADONVI: '000.00.00.H56' });
  await setDvcqgAccount(national.db, { nodeCode: 'H56', username: 'h56-sync', password: PASSWORD });
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

const deps = (): DvcqgSenderDeps => ({ db: local.db, self: local.identity, config: local.config });

async function drain(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const r = await syncOnceDvcqg(deps(), new Date(Date.now() + 3600_000));
    if (r.outcome === 'idle') {
      if ((await syncBacklog(local.db)).events === 0) return;
      await sleep(20);
    }
  }
  throw new Error('DVCQG sync did not drain');
}

describe('local system → DVCQG-compatible endpoint', () => {
  it('delivers every dossier and progress row once, in order, also after the portal was down', async () => {
    await national.stop();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await receive(local, `Lê Văn Đồng Bộ ${i}`)).id);
    for (const [i, id] of ids.entries()) for (const [token, action, extra] of LIFE.slice(0, i + 2)) await act(local, id, token, action, extra);
    const down = await syncOnceDvcqg(deps());
    expect(down.outcome).toBe('failed');
    expect((await syncBacklog(local.db)).events).toBeGreaterThan(0);

    await national.restart();
    await drain();

    const rows = await local.db.selectFrom('dossiers').select(['id', 'code', 'status']).execute();
    const mirror = await national.db.selectFrom('nationalDossiers').selectAll().where('sourceNode', '=', 'H56').execute();
    expect(mirror).toHaveLength(rows.length);
    for (const d of rows) {
      const m = mirror.find((x) => x.maHoSo === d.code);
      expect(m, d.code ?? '').toBeDefined();
      expect(m?.trangThai).toBe(d.status);
    }
    const actions = await local.db.selectFrom('dossierActions').select(['dossierId']).execute();
    const progress = await national.db.selectFrom('nationalDossierProgress').selectAll().where('sourceNode', '=', 'H56').execute();
    expect(progress).toHaveLength(actions.length);

    // A new change after everything was acknowledged goes as an update; a resend of acknowledged rows changes nothing.
    await act(local, ids[0]!, 'ld', 'approve');
    await drain();
    const after = await national.db.selectFrom('nationalDossierProgress').selectAll().where('sourceNode', '=', 'H56').execute();
    expect(after).toHaveLength(actions.length + 1);
    await local.db.updateTable('syncStreams').set({ ackedSeq: 0 }).execute();
    await drain();
    expect(await national.db.selectFrom('nationalDossierProgress').selectAll().where('sourceNode', '=', 'H56').execute()).toHaveLength(actions.length + 1);
    const d0 = await local.db.selectFrom('dossiers').select(['code', 'status']).where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect((await national.db.selectFrom('nationalDossiers').select('trangThai').where('maHoSo', '=', d0.code).executeTakeFirstOrThrow()).trangThai).toBe(d0.status);

    const log = await local.db.selectFrom('federationMessageLog').select(['outcome']).execute();
    expect(log.some((l) => l.outcome.startsWith('failed:'))).toBe(true);
    expect(log.some((l) => l.outcome === 'applied')).toBe(true);
    expect(await verifyMessageLog(local.db)).toMatchObject({ ok: true });
  }, 120_000);

  it('a wrong password fails the pass and keeps the events for later', async () => {
    await setDvcqgAccount(national.db, { nodeCode: 'H56', username: 'h56-sync', password: 'mat-khau-da-doi-khac' });
    const d = await receive(local, 'Phạm Thị Chờ');
    const r = await syncOnceDvcqg(deps());
    expect(r.outcome).toBe('failed');
    expect(r.error).toMatch(/-2/);
    await setDvcqgAccount(national.db, { nodeCode: 'H56', username: 'h56-sync', password: PASSWORD });
    await drain();
    const code = (await local.db.selectFrom('dossiers').select('code').where('id', '=', d.id).executeTakeFirstOrThrow()).code;
    expect(await national.db.selectFrom('nationalDossiers').select('trangThai').where('maHoSo', '=', code).executeTakeFirst()).toBeDefined();
  }, 60_000);
});
