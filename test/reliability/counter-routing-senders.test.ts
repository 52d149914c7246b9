/**
 * The counter-routing sender of a LOCAL node run by several processes (issue 16, item 4): routed counter dossiers
 * and their follow-ups (progress reports, the return) wait in `routing_outbox` for the portal's relay. A first
 * sender runs as a real child process and is SIGKILLed while the portal stand-in holds its first message (applied,
 * never answered) and while it holds the claims of the first rows of 20 dossiers; then three senders, each with its own
 * pg pool on the same database, drain the outbox concurrently. Each row must reach the portal once (the one caught
 * in flight once more, answered `duplicate`), be acknowledged by exactly one sender, and a dossier's rows must
 * arrive in the order they were queued.
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/connect.ts';
import type { Envelope } from '../../src/federation/protocol/envelope.ts';
import { PROGRESS_MESSAGE_TYPE, RETURN_MESSAGE_TYPE, ROUTE_MESSAGE_TYPE } from '../../src/federation/transport/message-types.ts';
import { signReceipt, type Receipt } from '../../src/federation/transport/receipt.ts';
import type { NodeIdentity } from '../../src/federation/transport/node-identity.ts';
import { ROWS_PER_PASS, sendToPortalOnce } from '../../src/local/counter-routing/sender.ts';
import { createTestDb, type TestDb } from '../db.ts';
import { repoRoot, sleep } from './server-process.ts';

const PORTAL = 'NATIONAL';
const NODE = 'H49';
const DOSSIERS = 40;
const STEPS = [ROUTE_MESSAGE_TYPE, PROGRESS_MESSAGE_TYPE, PROGRESS_MESSAGE_TYPE, RETURN_MESSAGE_TYPE];

interface Arrival {
  id: string;
  routeId: string;
  outcome: 'applied' | 'duplicate' | 'held';
}

/** The portal's relay as far as a sender sees it: keeps each message id once, answers `duplicate` with its receipt. */
function startPortal(key: KeyObject) {
  const arrivals: Arrival[] = [];
  const receipts = new Map<string, Receipt>();
  const held: ServerResponse[] = [];
  let hold: ((id: string) => void) | undefined;
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const env = JSON.parse(Buffer.concat(parts).toString()) as Envelope<{ routeId: string }>;
      const id = env.header.id;
      const known = receipts.get(id);
      const receipt = known ?? signReceipt({ messageId: id, outcome: 'applied', at: new Date().toISOString(), receiver: PORTAL }, key);
      receipts.set(id, receipt);
      if (!known && hold) {
        // applied, but the answer never leaves: its sender dies before it can mark the row
        arrivals.push({ id, routeId: env.body.routeId, outcome: 'held' });
        held.push(res);
        const h = hold;
        hold = undefined;
        h(id);
        return;
      }
      arrivals.push({ id, routeId: env.body.routeId, outcome: known ? 'duplicate' : 'applied' });
      // a little work per message, so that senders overlap if nothing keeps them apart
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ outcome: known ? 'duplicate' : 'applied', receipt })), 2 + Math.random() * 8);
    });
  });
  return {
    server,
    arrivals,
    /** Resolves with the id of the next new message, which is applied and never answered. */
    holdNext: () => new Promise<string>((resolve) => (hold = resolve)),
    close: () => new Promise((r) => { for (const res of held) res.destroy(); server.close(r); }),
  };
}

function identity(privateKey: KeyObject, publicKey: KeyObject): NodeIdentity {
  return { code: NODE, name: NODE, role: 'local', privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

let tdb: TestDb | undefined;
let child: ChildProcess | undefined;
let portal: ReturnType<typeof startPortal> | undefined;
const pools: Db[] = [];
afterAll(async () => {
  child?.kill('SIGKILL');
  await Promise.all(pools.map((db) => db.destroy()));
  await portal?.close();
  await tdb?.destroy();
}, 60_000);

describe('counter routing sent by several processes of one node', () => {
  it('delivers each routed row once and each dossier in order, also after a sender dies mid-lease', async () => {
    tdb = await createTestDb();
    const portalKeys = generateKeyPairSync('ed25519');
    const nodeKeys = generateKeyPairSync('ed25519');
    portal = startPortal(portalKeys.privateKey);
    await new Promise<void>((r) => portal!.server.listen(0, '127.0.0.1', r));
    const portalUrl = `http://127.0.0.1:${(portal.server.address() as AddressInfo).port}`;
    const portalKeyPem = portalKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

    // 40 routed dossiers, each a route, two progress reports and a return, queued step by step (interleaved)
    const routes = Array.from({ length: DOSSIERS }, () => randomUUID());
    const expected = new Map<string, string[]>(routes.map((r) => [r, []]));
    for (const [step, type] of STEPS.entries())
      for (const routeId of routes) {
        const id = randomUUID();
        expected.get(routeId)!.push(id);
        await tdb.db.insertInto('routingOutbox').values({ id, recipient: PORTAL, type, body: JSON.stringify({ routeId, step }) }).execute();
      }
    const total = DOSSIERS * STEPS.length;

    // the first process: claims the first row of 20 dossiers (2 s leases), sends one, and is killed while it waits
    const held = portal.holdNext();
    child = spawn(process.execPath, ['--import', 'tsx', 'test/reliability/counter-sender-child.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: tdb.url, PORTAL_URL: portalUrl, PORTAL_CODE: PORTAL, PORTAL_KEY_PEM: portalKeyPem, NODE_CODE: NODE,
        NODE_KEY_PEM: nodeKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), HOLDER: 'dying', LEASE_SECONDS: '2',
      },
    });
    let childOutput = '';
    child.stdout!.on('data', (c: Buffer) => (childOutput += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (childOutput += c.toString()));
    const heldId = await Promise.race([held, sleep(60_000).then(() => { throw new Error(`the child sent nothing: ${childOutput}`); })]);
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const claimedByDead = await tdb.db.selectFrom('routingOutbox').select('id').where('claimedBy', '=', 'dying').where('ackedAt', 'is', null).execute();
    expect(claimedByDead.length).toBe(Math.min(DOSSIERS, ROWS_PER_PASS)); // first rows of dossiers, held by a dead process

    // three senders, each with its own pool, side by side until the outbox is drained
    const config = { NATIONAL_URL: portalUrl, NATIONAL_NODE_CODE: PORTAL, NATIONAL_PUBLIC_KEY: portalKeyPem, SYNC_RETRY_MS: 100, SYNC_RETRY_MAX_MS: 1000, SYNC_POLL_MS: 50, SYNC_LEASE_SECONDS: 30 };
    const self = identity(nodeKeys.privateKey, nodeKeys.publicKey);
    const delivered = [0, 0, 0];
    const failed = [0, 0, 0];
    const until = Date.now() + 90_000; // a bound against a hang, not a measure
    const unacked = async (db: Db) => Number((await db.selectFrom('routingOutbox').select((eb) => eb.fn.countAll<string>().as('n')).where('ackedAt', 'is', null).executeTakeFirstOrThrow()).n);
    await Promise.all(
      delivered.map(async (_, i) => {
        const { db } = createDb(tdb!.url, { max: 2, applicationName: `counter-sender-${i}` });
        pools.push(db);
        while (Date.now() < until && (await unacked(db)) > 0) {
          const r = await sendToPortalOnce({ db, self, config, holder: `sender-${i}` });
          delivered[i]! += r.delivered;
          failed[i]! += r.failed;
          if (r.delivered === 0) await sleep(50);
        }
      }),
    );
    console.info(`counter routing senders: delivered ${delivered.join(' / ')}, failed ${failed.join(' / ')}`);

    expect(await unacked(tdb.db)).toBe(0);
    // each row acknowledged by exactly one of the three (the held one was never acknowledged by the dead process)
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(total);
    expect(failed).toEqual([0, 0, 0]);
    // each row posted once; the one caught in flight once more, after the dead process's lease, answered duplicate
    const posts = new Map<string, Arrival[]>();
    for (const a of portal.arrivals) posts.set(a.id, [...(posts.get(a.id) ?? []), a]);
    expect(posts.size).toBe(total);
    const again = [...posts].filter(([, list]) => list.length !== 1);
    expect(again.map(([id, list]) => [id, list.map((a) => a.outcome)])).toEqual([[heldId, ['held', 'duplicate']]]);
    // per dossier, first arrivals in the order queued: no progress or return before its route
    for (const [routeId, ids] of expected) {
      const firsts = portal.arrivals.filter((a) => a.routeId === routeId && a.outcome !== 'duplicate').map((a) => a.id);
      expect(firsts, routeId).toEqual(ids);
    }
    // the held row's dossier: nothing of it reached the portal before the held row's redelivery was acknowledged
    const heldRoute = portal.arrivals.find((a) => a.id === heldId)!.routeId;
    const ofHeld = portal.arrivals.filter((a) => a.routeId === heldRoute).map((a) => `${a.id === heldId ? 'held-row' : 'next'}:${a.outcome}`);
    expect(ofHeld).toEqual(['held-row:held', 'held-row:duplicate', 'next:applied', 'next:applied', 'next:applied']);
  }, 180_000);
});
