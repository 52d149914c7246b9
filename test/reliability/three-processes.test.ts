/**
 * One node as three processes (issue 16, item 4): A, B and C are real child processes (`src/main.ts`) on one database
 * (DATABASE_URL: this file's database on the test PostgreSQL, with agencies, a published procedure and an officer),
 * each with its own DATA_DIR; all three are given one master secret (MASTER_KEY) and one S3 bucket
 * (s3rver, a real S3 protocol peer started here from its npm package). Through the three of them: receptions get
 * exact codes; a receipt signed on one process is downloaded on another and verified on the third (and by poppler's
 * pdfsig); the node publishes one federation key; the officer login limit is counted once for the node; the
 * portal's router sends each routing-outbox row exactly once and in order per recipient while all three route.
 */
import { createPublicKey, generateKeyPairSync, randomBytes, randomUUID, verify } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, type Envelope } from '../../src/federation/protocol/envelope.ts';
import { signReceipt } from '../../src/federation/transport/receipt.ts';
import { pdfsig, PDFSIG_VALID } from '../../src/platform/signing/pdfsig.testkit.ts';
import { startS3Peer, type S3Peer } from '../../src/platform/storage/s3-peer.testkit.ts';
import { createOfficerWithRole } from '../auth.ts';
import { createTestDb, type TestDb } from '../db.ts';
import { insertAgencies, publishProcedure } from '../fixtures.ts';
import { codeReport, receive } from './checks.ts';
import { cleanUp, freePort, pgPool, sleep, startServer, tempDataDir, type ServerProcess } from './server-process.ts';

const dirs = [tempDataDir('three-a'), tempDataDir('three-b'), tempDataDir('three-c')];
const servers: ServerProcess[] = [];
let tdb: TestDb | undefined;
let s3: S3Peer | undefined;
let peer: Server | undefined;
afterAll(async () => {
  for (const [i, d] of dirs.entries()) await cleanUp(servers[i] ? [servers[i]] : [], d);
  await s3?.close();
  await new Promise((r) => (peer ? peer.close(r) : r(undefined)));
  await tdb?.destroy();
}, 60_000);

const AGENCY = '000.00.06.H56';
const receptionBody = (name: string) => ({
  procedureCode: '1.001193',
  resolvingAgencyCode: AGENCY,
  channel: 'counter',
  owner: { type: 'citizen', idNumber: '038087042028', name, birthDate: '1987-05-01' },
  components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
});

/** A connected system standing in for the recipients of routing: checks the node's signature, signs receipts. */
function startRecipient(nodeKeyPem: () => string) {
  const keys = generateKeyPairSync('ed25519');
  const seen: { recipient: string; id: string }[] = [];
  const badSignatures: string[] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      let env: Envelope;
      try {
        env = JSON.parse(Buffer.concat(parts).toString()) as Envelope;
      } catch {
        res.writeHead(400).end('{}');
        return;
      }
      const ok = verify(null, Buffer.from(canonicalJson(env.header)), createPublicKey(nodeKeyPem()), Buffer.from(env.signature, 'base64url'));
      if (!ok) badSignatures.push(env.header.id);
      seen.push({ recipient: env.header.recipient, id: env.header.id });
      // a little work per message, so three routers would overlap if nothing kept them apart
      setTimeout(() => {
        const receipt = signReceipt({ messageId: env.header.id, outcome: 'applied', at: new Date().toISOString(), receiver: env.header.recipient }, keys.privateKey);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ outcome: 'applied', receipt }));
      }, 5);
    });
  });
  return { server, seen, badSignatures, publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

describe('three processes of one node on one PostgreSQL and one S3 store', () => {
  it('receive, sign, verify, publish one key, limit logins and route as one node', async () => {
    const t0 = Date.now();
    const stage = (what: string) => console.info(`three processes: ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    s3 = await startS3Peer('motcua-node');
    const shared = {
      ...s3.env,
      MASTER_KEY: randomBytes(32).toString('base64'),
      LOGIN_RATE_LIMIT: '6',
      LOGIN_LOCKOUT_THRESHOLD: '1000', // the per-name lockout (already shared) stays out of the way of the rate limit
      SYNC_POLL_MS: '50',
    };
    tdb = await createTestDb();
    await insertAgencies(tdb.db);
    await publishProcedure(tdb.db);
    const { token } = await createOfficerWithRole(tdb.db, { role: 'one_stop_officer', agencyCode: '000.00.00.H56' });
    const auth = { authorization: `Bearer ${token}` };
    const dbUrl = tdb.url;
    const pgPort = await freePort(); // unused: every process is on DATABASE_URL
    const procs = await Promise.all(
      dirs.map(async (dataDir) => startServer({ port: await freePort(), pgPort, dataDir, databaseUrl: dbUrl, extra: { DEMO_MODE: 'false', ...shared } }, 300_000)),
    );
    servers.push(...procs);
    const [a, b, c] = procs as [ServerProcess, ServerProcess, ServerProcess];
    stage('A, B and C up');
    const pool = pgPool(dbUrl);
    try {
      // --- one federation key for the node
      const keys = await Promise.all(procs.map(async (p) => ((await (await fetch(`${p.url}/api/v1/federation/node`)).json()) as { publicKeyPem: string }).publicKeyPem));
      for (const k of keys) expect(k).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      expect(new Set(keys).size).toBe(1);
      expect((await pool.query(`select count(*)::int as n from node_secrets where name like 'federation-key:%'`)).rows[0].n).toBe(1);
      for (const d of dirs) expect(existsSync(path.join(d, 'federation'))).toBe(false); // no per-folder key

      stage('one key');
      // --- receptions through all three: distinct, gap-free codes
      const TOTAL = 30;
      const results = await Promise.all(
        Array.from({ length: TOTAL }, (_, i) => receive(procs[i % 3]!.url, token, receptionBody(`Phạm Văn Ba Tiến Trình ${i}`))),
      );
      expect(results.map((r) => r.status)).toEqual(Array(TOTAL).fill(201));
      const codes = results.map((r) => r.dossier!.code as string);
      expect(new Set(codes).size).toBe(TOTAL);
      const report = await codeReport(pool);
      expect(report.dossiersWithCode).toBe(TOTAL);
      expect(report.duplicateCodes).toEqual([]);
      for (const d of report.days) expect(d).toMatchObject({ agency: AGENCY, gapFree: true, counter: d.maxSeq });

      stage('receptions');
      // --- a receipt signed on B (the agency key was made there or by another process: one master secret),
      // downloaded on C (the file is in the bucket) and verified on A
      const id = results[0]!.dossier!.id as string;
      const signedOnB = await fetch(`${b.url}/api/v1/dossiers/${id}/forms/receipt.pdf`, { headers: auth });
      expect(signedOnB.status).toBe(200);
      const pdf = Buffer.from(await signedOnB.arrayBuffer());
      const fromC = await fetch(`${c.url}/api/v1/dossiers/${id}/forms/receipt.pdf`, { headers: auth });
      expect(fromC.status).toBe(200);
      expect(Buffer.from(await fromC.arrayBuffer()).equals(pdf)).toBe(true);
      const verified = await fetch(`${a.url}/api/v1/verification`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: pdf });
      expect(verified.status).toBe(200);
      expect(await verified.json()).toMatchObject({ valid: true, signature: { intact: true, trusted: true } });
      expect(pdfsig(pdf)).toContain(PDFSIG_VALID);
      // a second dossier's receipt signed on C with the same agency key (the key is in the database, sealed)
      const signedOnC = await fetch(`${c.url}/api/v1/dossiers/${results[1]!.dossier!.id as string}/forms/receipt.pdf`, { headers: auth });
      expect(signedOnC.status).toBe(200);
      expect(pdfsig(Buffer.from(await signedOnC.arrayBuffer()))).toContain(PDFSIG_VALID);
      for (const d of dirs) expect(existsSync(path.join(d, 'blobs'))).toBe(false); // files went to S3, not to disk

      stage('signed and verified');
      // --- the login limit (6 a minute per IP and name) is the node's, not each process's
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) {
        const r = await fetch(`${procs[i % 3]!.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'khong.ton.tai', password: 'sai-mat-khau' }),
        });
        statuses.push(r.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429, 429]);

      stage('login limit');
      // --- routing: 2 recipients × 40 rows, three routers at work; each row once, in order per recipient
      const recipient = startRecipient(() => keys[0]!);
      peer = recipient.server;
      await new Promise<void>((r) => recipient.server.listen(0, '127.0.0.1', r));
      const peerUrl = `http://127.0.0.1:${(recipient.server.address() as AddressInfo).port}`;
      const expected: Record<string, string[]> = { T91: [], T92: [] };
      const client = await pool.connect();
      try {
        await client.query('begin');
        for (const code of Object.keys(expected))
          await client.query(`insert into federation_nodes (code, name, base_url, public_key) values ($1, $2, $3, $4)`, [code, `Hệ thống thử ${code}`, peerUrl, recipient.publicKeyPem]);
        for (let i = 0; i < 40; i++)
          for (const code of Object.keys(expected)) {
            const rowId = randomUUID();
            expected[code]!.push(rowId);
            await client.query(`insert into routing_outbox (id, recipient, type, body) values ($1, $2, 'dossier.submit', $3)`, [rowId, code, JSON.stringify({ n: i })]);
          }
        await client.query('commit');
      } finally {
        client.release();
      }
      for (let i = 0; i < 600; i++) {
        const left = (await pool.query(`select count(*)::int as n from routing_outbox where acked_at is null`)).rows[0].n;
        if (left === 0) break;
        await sleep(100);
      }
      await sleep(500); // a late duplicate would show now
      expect((await pool.query(`select count(*)::int as n from routing_outbox where acked_at is null`)).rows[0].n).toBe(0);
      expect(recipient.badSignatures).toEqual([]);
      for (const code of Object.keys(expected))
        expect(recipient.seen.filter((s) => s.recipient === code).map((s) => s.id)).toEqual(expected[code]);
      const sent = await pool.query(`select count(*)::int as n from federation_message_log where direction = 'sent' and peer in ('T91', 'T92')`);
      expect(sent.rows[0].n).toBe(80);
      stage('routed');
    } finally {
      await pool.end();
    }
  }, 420_000); // about a minute on an idle 2-core machine; the start of three processes is most of it
});
