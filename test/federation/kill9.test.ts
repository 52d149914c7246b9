/**
 * kill -9 of a local system's process in the middle of sending: the local node runs as a child process
 * (`node --import tsx src/main.ts`, ROLE=local, its own database and key) whose sync sender is delivering a
 * backlog to the portal; it is killed with SIGKILL once the portal has applied part of it, then restarted on the
 * same database. Every change arrives, none twice, in order per dossier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyMessageLog } from '../../src/federation/protocol/message-log.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { freePort, killHard, sleep, startServer, stopServer, type ServerProcess } from '../reliability/server-process.ts';
import { act, LIFE, receive, startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;
const children: ServerProcess[] = [];

beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56');
});
afterAll(async () => {
  for (const c of children) await stopServer(c).catch(() => {});
  await local?.destroy();
  await national?.destroy();
});

async function appliedProgress(): Promise<number> {
  const r = await national.db.selectFrom('nationalDossierProgress').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('kill -9 of a local system while it sends', () => {
  it('loses nothing and duplicates nothing after the restart', async () => {
    // the backlog, committed while no sender runs (the in-process app does not start one)
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push((await receive(local, `Phạm Thị Khách ${i}`)).id);
    for (const [i, id] of ids.slice(0, 20).entries())
      for (const [token, action, extra] of LIFE.slice(0, 1 + (i % LIFE.length))) await act(local, id, token, action, extra);
    const total = Number((await local.db.selectFrom('dossierActions').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    const env = {
      port: await freePort(),
      pgPort: await freePort(),
      dataDir: local.config.DATA_DIR, // the node's key pair is there (registered on the portal)
      databaseUrl: local.tdb.url,
      extra: {
        ROLE: 'local',
        NODE_CODE: 'H56',
        DEMO_MODE: 'false',
        NATIONAL_URL: national.url,
        NATIONAL_PUBLIC_KEY: national.identity.publicKeyPem,
        SYNC_BATCH_SIZE: '2',
        SYNC_POLL_MS: '20',
        SYNC_RETRY_MS: '20',
        SYNC_RETRY_MAX_MS: '200',
        SYNC_LEASE_SECONDS: '1',
        LOG_LEVEL: 'error',
      },
    };
    const first = await startServer(env);
    children.push(first);
    for (let i = 0; i < 6000 && (await appliedProgress()) === 0; i++) await sleep(5);
    await killHard(first);
    const atKill = await appliedProgress();
    expect(atKill).toBeGreaterThan(0);

    const second = await startServer(env);
    children.push(second);
    for (let i = 0; i < 3000 && (await syncBacklog(local.db)).events > 0; i++) await sleep(20);
    expect(await syncBacklog(local.db)).toMatchObject({ events: 0 });
    await stopServer(second);

    const progress = await national.db.selectFrom('nationalDossierProgress').select(['sourceId', 'seq']).orderBy('sourceId').orderBy('seq').execute();
    expect(progress).toHaveLength(total);
    const mirror = await national.db.selectFrom('nationalDossiers').select(['sourceId', 'lastSeq', 'trangThai']).execute();
    const localRows = await local.db.selectFrom('dossiers').select(['id', 'status', 'version']).execute();
    expect(mirror).toHaveLength(ids.length);
    for (const d of localRows) {
      const seqs = progress.filter((p) => p.sourceId === d.id).map((p) => p.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      expect(mirror.find((m) => m.sourceId === d.id)).toMatchObject({ lastSeq: seqs.length, trangThai: d.status });
    }
    console.info(`kill -9 while sending: ${atKill} of ${total} changes applied at the kill, ${progress.length} after the restart`);
    expect(await verifyMessageLog(national.db)).toMatchObject({ ok: true });
    expect(await verifyMessageLog(local.db)).toMatchObject({ ok: true });
  }, 180_000);
});
