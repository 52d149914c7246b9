/**
 * Local → national dossier sync between real nodes (separate databases, keys and HTTP servers on 127.0.0.1):
 * the portal down while the local system works on, a dropped response after the portal committed, and the
 * message log chained on both sides.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyMessageLog } from '../../src/federation/protocol/message-log.ts';
import { startSyncSender, syncOnce, type SenderDeps } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { act, LIFE, receive, startLocal, startNational, type LocalNode, type Node } from './nodes.ts';
import { officer } from '../fixtures.ts';

let national: Node;
let local: LocalNode;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56');
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

function deps(node: LocalNode): SenderDeps {
  return { db: node.db, self: node.identity, config: node.config };
}

/** Run sender passes until the backlog is empty (bounded). */
async function drain(node: LocalNode): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    const r = await syncOnce(deps(node));
    if (r.outcome === 'idle') {
      if ((await syncBacklog(node.db)).events === 0) return;
      await sleep(20);
    }
  }
  throw new Error('sync did not drain');
}

async function mirrorOf(code: string) {
  const dossiers = await national.db
    .selectFrom('nationalDossiers')
    .selectAll()
    .where('sourceNode', '=', code)
    .execute();
  const progress = await national.db
    .selectFrom('nationalDossierProgress')
    .selectAll()
    .where('sourceNode', '=', code)
    .orderBy('sourceId')
    .orderBy('seq')
    .execute();
  return { dossiers, progress };
}

describe('local → national sync', () => {
  it('the portal is down while the local system works; afterwards everything arrives once, in order per dossier', async () => {
    await national.stop();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await receive(local, `Nguyễn Văn Khách ${i}`)).id);
    for (const [i, id] of ids.entries()) {
      for (const [token, action, extra] of LIFE.slice(0, i % (LIFE.length + 1)))
        await act(local, id, token, action, extra);
    }
    // the sender keeps trying; every attempt fails and is rescheduled with back-off
    const failed = await syncOnce(deps(local));
    expect(failed.outcome).toBe('failed');
    const streams = await local.db.selectFrom('syncStreams').selectAll().execute();
    expect(streams.every((s) => s.lastError && s.ackedSeq === 0)).toBe(true);
    const local_ = await local.db.selectFrom('dossierActions').select(['dossierId', 'seq']).execute();

    await national.restart();
    await drain(local);

    const { dossiers, progress } = await mirrorOf('H56');
    expect(dossiers).toHaveLength(ids.length);
    const rows = await local.db.selectFrom('dossiers').select(['id', 'code', 'status']).execute();
    for (const d of rows) {
      const m = dossiers.find((x) => x.sourceId === d.id)!;
      expect(m).toMatchObject({ maHoSo: d.code, trangThai: d.status });
      expect(m.payload).toMatchObject({
        MaHoSo: d.code,
        TrangThaiHoSo: String(d.status),
        MaTTHC: '1.001193',
        KenhThucHien: '1',
      });
      expect(String(m.payload.NgayTiepNhan)).toMatch(/^\d{14}$/);
    }
    // one progress row per local action, exactly once, with sequence numbers 1..n in order
    expect(progress).toHaveLength(local_.length);
    for (const id of ids) {
      const seqs = progress.filter((p) => p.sourceId === id).map((p) => p.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      expect(dossiers.find((x) => x.sourceId === id)!.lastSeq).toBe(seqs.length);
    }
    const reg = await national.db
      .selectFrom('federationNodes')
      .selectAll()
      .where('code', '=', 'H56')
      .executeTakeFirstOrThrow();
    expect(reg.eventsApplied).toBe(local_.length);
    expect(reg.lastMessageAt).not.toBeNull();
    expect(await verifyMessageLog(national.db)).toMatchObject({ ok: true });
    expect(await verifyMessageLog(local.db)).toMatchObject({ ok: true });
  }, 120_000);

  it('a response lost after the portal committed: the retry is answered duplicate and applied once', async () => {
    // a proxy that forwards each message, waits for the portal's answer, then cuts the connection (first one only)
    let cut = 1;
    const proxy: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void (async () => {
          const r = await fetch(`${national.url}${req.url}`, {
            method: req.method,
            headers: { 'content-type': 'application/json' },
            ...(req.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
          });
          const body = await r.text();
          if (req.method === 'POST' && cut-- > 0) req.socket.destroy();
          else
            res
              .writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' })
              .end(body);
        })();
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const via = await startLocal(national, 'H49', {
      NATIONAL_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    });
    // H49 syncs a dossier of its own agency (the portal refuses another system's agencies' dossiers)
    via.tokens.mc49 = officer('one_stop_officer', via.ids.h49, '000.00.00.H49', 'Cán bộ Một Cửa Quảng Ninh');
    try {
      const d = await receive(via, 'Trần Thị Mất Phản Hồi', '000.00.06.H49', 'mc49');
      const first = await syncOnce(deps(via));
      expect(first.outcome).toBe('failed');
      const second = await syncOnce(deps(via), new Date(Date.now() + 60_000));
      expect(second.outcome).toBe('duplicate');
      const { dossiers, progress } = await mirrorOf('H49');
      expect(dossiers.map((x) => [x.sourceId, x.lastSeq])).toEqual([[d.id, 1]]);
      expect(progress).toHaveLength(1);
      const log = await national.db
        .selectFrom('federationMessageLog')
        .select(['outcome'])
        .where('peer', '=', 'H49')
        .orderBy('seq')
        .execute();
      expect(log.map((l) => l.outcome)).toEqual(['applied', 'duplicate']);
      const sent = await via.db
        .selectFrom('federationMessageLog')
        .select(['outcome', 'direction'])
        .orderBy('seq')
        .execute();
      expect(sent.map((l) => l.outcome)).toEqual([expect.stringMatching(/^failed:/), 'duplicate']);
      expect(await verifyMessageLog(via.db)).toMatchObject({ ok: true });
    } finally {
      await via.destroy();
      await new Promise((r) => proxy.close(r));
    }
  }, 60_000);

  it('a committed change wakes the sender at once: with a ten-minute idle poll it still reaches the portal', async () => {
    await drain(local);
    const sender = startSyncSender({ ...deps(local), config: { ...local.config, SYNC_POLL_MS: 600_000 } });
    try {
      await sleep(100); // the loop's first pass (at start) finds nothing; the next poll is ten minutes away
      const { id } = await receive(local, 'Đánh Thức Ngay');
      let arrived = false;
      for (let i = 0; i < 200 && !arrived; i++) {
        arrived = (await mirrorOf('H56')).dossiers.some((d) => d.sourceId === id);
        if (!arrived) await sleep(50);
      }
      expect(arrived).toBe(true);
    } finally {
      await sender.stop();
    }
  }, 60_000);
});
