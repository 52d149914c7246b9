/**
 * The Electronic Data Warehouse across nodes: a portal and an H56 local system on separate databases. A deposit
 * queued on the local node lands in the owner's warehouse on the PORTAL (its file pulled by reference and
 * hash-checked; a tampered file is refused and the deposit retried later); the local officer, with a counter consent
 * made with the person's one-time code (made, sent and checked by the portal: the node never sees it), lists and reads the person's documents through the port (and the node's own HTTP routes)
 * and every read is in the owner's access log on the portal; reads without consent, after withdrawal or for another
 * node's agency are refused and logged as refused; replayed, unsigned or foreign-key messages change nothing.
 */
import { sampleDeposit } from '../../src/national/warehouse/warehouse.test-helpers.ts';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NationalPort, PortAccess, PortDepositInput } from '../../src/federation/national-port.ts';
import { sealEnvelope } from '../../src/federation/protocol/envelope.ts';
import {
  WAREHOUSE_FILE_PULL_TYPE,
  WAREHOUSE_MESSAGE_TYPES,
} from '../../src/federation/transport/message-types.ts';
import { nationalPortFor } from '../../src/composition/national-port.ts';
import { deliverWarehouseOutbox, enqueueDeposit } from '../../src/local/warehouse-link/outbox.ts';
import { withdrawConsent } from '../../src/national/warehouse/consent.service.ts';
import { LocalDiskBlobStore } from '../../src/platform/storage/local-disk.ts';
import { registerContact, sentConsentCodes } from '../fixtures.ts';
import { startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

const OWNER = '038087042028';
const OWNER_PHONE = '0912345678';
const PDF = Buffer.from('%PDF-1.4\n% Giấy chứng sinh của cháu Nguyễn Văn Bình\n%%EOF\n');

let national: Node;
let local: LocalNode;
let port: NationalPort;
let localBlobs: LocalDiskBlobStore;
let sha256: string;
let documentId: string;
let consentId: string;
let dossierRef: string;

const blobPath = (dir: string, sha: string) => path.join(dir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);
const accessLog = () =>
  national.db
    .selectFrom('warehouseAccessLog')
    .selectAll()
    .where('ownerId', '=', OWNER)
    .orderBy('id')
    .execute();
const officer = (agencyCode = '000.00.06.H56') => ({
  kind: 'officer' as const,
  id: 'cv-1',
  name: 'Trần Chuyên Viên',
  agencyCode,
});
const access = (over: Partial<PortAccess> = {}): PortAccess => ({
  requester: officer(),
  dossierRef,
  dossierCode: null,
  purpose: 'Giải quyết hồ sơ đăng ký khai sinh',
  consentId,
  legalBasis: null,
  ...over,
});

/** The sample deposit, by the H56 counter (an agency of the sending node). */
const depositInput = (file: { sha256: string; size: number }): Omit<PortDepositInput, 'idempotencyKey'> => ({
  ...sampleDeposit(OWNER, file),
  issuer: { code: '000.00.06.H56', name: 'Sở Tư pháp tỉnh Thanh Hóa' },
  depositor: { kind: 'officer', id: 'mc-1', name: 'Lê Thị Một Cửa', agencyCode: '000.00.00.H56' },
});

beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56');
  localBlobs = new LocalDiskBlobStore(path.join(local.config.DATA_DIR, 'blobs'));
  port = nationalPortFor(local.config, local.db, localBlobs);
  sha256 = (await localBlobs.put(PDF)).sha256;
});
afterAll(async () => {
  await local?.destroy();
  await national?.destroy();
});

const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
  local.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: { authorization: 'Bearer mc', 'accept-language': 'en' },
  });

describe('deposits by reference', () => {
  it('refuses a file whose content does not match its hash, keeps the deposit queued, and delivers it on retry', async () => {
    await enqueueDeposit(local.db, randomUUID(), depositInput({ sha256, size: PDF.length }));
    const file = blobPath(local.config.DATA_DIR, sha256);
    writeFileSync(file, Buffer.from(PDF.toString('utf8').replace('PDF-1.4', 'PDF-1.5'))); // tampered on disk
    expect(await deliverWarehouseOutbox({ db: local.db, nationalPort: port })).toEqual({
      delivered: 0,
      failed: 1,
    });
    const queued = await local.db.selectFrom('warehouseOutbox').selectAll().executeTakeFirstOrThrow();
    expect(queued.deliveredAt).toBeNull();
    expect(queued.lastError).toContain('SHA-256');
    expect(await national.db.selectFrom('warehouseDocuments').selectAll().execute()).toHaveLength(0);

    writeFileSync(file, PDF); // repaired; the retry is due
    await sql`update warehouse_outbox set next_attempt_at = now()`.execute(local.db);
    expect(await deliverWarehouseOutbox({ db: local.db, nationalPort: port })).toEqual({
      delivered: 1,
      failed: 0,
    });
    const docs = await national.db.selectFrom('warehouseDocuments').selectAll().execute();
    expect(docs).toHaveLength(1);
    documentId = docs[0]!.id;
    expect(docs[0]).toMatchObject({
      ownerId: OWNER,
      fileSha256: sha256,
      fileSize: PDF.length,
      depositedByAgency: '000.00.00.H56',
    });
    const portalBlobs = new LocalDiskBlobStore(path.join(national.config.DATA_DIR, 'blobs'));
    expect(await portalBlobs.read(sha256)).toEqual(PDF);
    const sent = await local.db.selectFrom('warehouseOutbox').selectAll().executeTakeFirstOrThrow();
    expect(sent.warehouseDocumentId).toBe(documentId);
    // the local node's own database holds no warehouse document
    expect(await local.db.selectFrom('warehouseDocuments').selectAll().execute()).toHaveLength(0);
  });

  it('is idempotent on the key; refuses a depositor of another node and a file no longer queued', async () => {
    const input = depositInput({ sha256, size: PDF.length });
    const key = (await local.db.selectFrom('warehouseOutbox').select('key').executeTakeFirstOrThrow()).key;
    expect(await port.depositDocument({ ...input, idempotencyKey: key })).toEqual({
      documentId,
      created: false,
    });
    await expect(
      port.depositDocument({
        ...input,
        idempotencyKey: 'x',
        depositor: { ...input.depositor, agencyCode: '000.00.00.G22' },
      }),
    ).rejects.toMatchObject({
      code: 'warehouse-agency-of-another-node',
    });
    // the local node serves a file to the portal's key only, and only while it is queued for deposit
    const pull = (key: typeof national.identity.privateKey, sender: string) =>
      local.app.inject({
        method: 'POST',
        url: '/api/v1/federation/files',
        payload: sealEnvelope(
          { type: WAREHOUSE_FILE_PULL_TYPE, sender, recipient: 'H56', body: { sha256 } },
          key,
        ) as object,
      });
    expect((await pull(local.identity.privateKey, 'NATIONAL')).json()).toMatchObject({
      code: 'message-bad-signature',
    });
    expect((await pull(national.identity.privateKey, 'NATIONAL')).json()).toMatchObject({
      code: 'not-found',
    });
    expect(await national.db.selectFrom('warehouseDocuments').selectAll().execute()).toHaveLength(1);
  });
});

describe('reads for a dossier, in the owner’s access log on the portal', () => {
  it('records a counter consent on the portal and lists and reads the documents through the local node', async () => {
    await registerContact(national.db, { id: OWNER, name: 'Nguyễn Văn An' }, { phone: OWNER_PHONE });
    const r = await call('POST', '/api/v1/reuse/counter-consents', {
      owner: { type: 'citizen', idNumber: OWNER },
      purpose: 'Giải quyết hồ sơ đăng ký khai sinh',
    });
    expect(r.statusCode, r.body).toBe(201);
    const { challengeId } = r.json<{ challengeId: string }>();
    // the portal made the code and queued it for the person's registered phone; the local node never had it
    const [code] = await sentConsentCodes(national.db, OWNER_PHONE);
    expect(code).toMatch(/^\d{6}$/);
    expect(r.body).not.toContain(code);
    expect(await local.db.selectFrom('notificationOutbox').selectAll().execute()).toEqual([]);
    expect(await local.db.selectFrom('warehouseConsentChallenges').selectAll().execute()).toEqual([]);
    expect(await national.db.selectFrom('warehouseConsents').select('id').execute()).toEqual([]);
    const wrong = await call('POST', '/api/v1/reuse/counter-consents/confirm', { challengeId, code: code === '000000' ? '000001' : '000000' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'counter-consent-code-wrong', attemptsLeft: 4 });
    const ok = await call('POST', '/api/v1/reuse/counter-consents/confirm', { challengeId, code });
    expect(ok.statusCode, ok.body).toBe(201);
    ({ consentId, dossierRef } = ok.json<{ consentId: string; dossierRef: string }>());
    expect(await national.db.selectFrom('warehouseConsents').select('id').execute()).toEqual([
      { id: consentId },
    ]);
    expect(await local.db.selectFrom('warehouseConsents').selectAll().execute()).toHaveLength(0);

    const listed = await call('GET', `/api/v1/reuse/counter-consents/${consentId}/documents`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json<{ items: { id: string }[] }>().items.map((d) => d.id)).toEqual([documentId]);

    expect(
      (await port.findOwnerDocuments(access(), { owner: { kind: 'citizen', id: OWNER } })).map((d) => d.id),
    ).toEqual([documentId]);
    expect((await port.fetchDocument(access(), documentId, 'metadata')).file.sha256).toBe(sha256);
    rmSync(blobPath(local.config.DATA_DIR, sha256)); // the file read brings the content back into this node's store
    expect((await port.fetchDocument(access(), documentId, 'file')).id).toBe(documentId);
    expect(await localBlobs.read(sha256)).toEqual(PDF);

    const log = await accessLog();
    expect(log.map((l) => [l.what, l.outcome, l.reason, l.consentId])).toEqual(
      expect.arrayContaining([
        ['consent', 'ok', 'counter-code-sent', null],
        ['consent', 'refused', 'counter-code-wrong', null],
        ['consent', 'ok', null, consentId],
      ]),
    );
    const reads = log.filter((l) => l.what !== 'consent');
    expect(reads.map((l) => [l.what, l.outcome, l.agencyCode, l.consentId])).toEqual([
      ['metadata', 'ok', '000.00.00.H56', consentId],
      ['metadata', 'ok', '000.00.06.H56', consentId],
      ['metadata', 'ok', '000.00.06.H56', consentId],
      ['file', 'ok', '000.00.06.H56', consentId],
    ]);
    expect(reads.every((l) => l.dossierRef === dossierRef && l.documentId === documentId)).toBe(true);
  });

  it('believes only an answer the portal signed for this very call: a tampered or a replayed answer is refused (502)', async () => {
    // A man in the middle between H56 and the portal: it changes a document's name, or answers with an old answer.
    let mode: 'tamper' | 'replay' | 'pass' = 'pass';
    let captured = '';
    const proxy = createServer((req, res) => void relay(req, res));
    async function relay(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const upstream = await fetch(`${national.url}${req.url}`, { method: req.method, headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
      let text = await upstream.text();
      if (upstream.status === 200 && mode === 'tamper') text = text.replace('Giấy chứng sinh', 'Giấy chứng sinh giả');
      if (upstream.status === 200 && mode === 'replay') text = captured;
      if (upstream.status === 200 && mode === 'pass') captured = text;
      res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(text);
    }
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const via = nationalPortFor({ ...local.config, NATIONAL_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, NATIONAL_PUBLIC_KEY: national.identity.publicKeyPem }, local.db, localBlobs);
      expect((await via.fetchDocument(access(), documentId, 'metadata')).name).toBe('Giấy chứng sinh');
      for (const m of ['tamper', 'replay'] as const) {
        mode = m;
        await expect(via.fetchDocument(access(), documentId, 'metadata')).rejects.toMatchObject({ code: 'federation-answer-invalid', status: 502 });
      }
    } finally {
      proxy.close();
    }
  });

  it('refuses — and logs as refused — a read without consent, for another node’s agency, and after withdrawal', async () => {
    const owner = { kind: 'citizen' as const, id: OWNER };
    const before = (await accessLog()).length;
    await expect(port.findOwnerDocuments(access({ consentId: null }), { owner })).rejects.toMatchObject({
      code: 'warehouse-access-refused',
      data: { reason: 'no-consent' },
    });
    await expect(
      port.fetchDocument(access({ requester: officer('000.00.00.G22') }), documentId, 'file'),
    ).rejects.toMatchObject({
      code: 'warehouse-access-refused',
      data: { reason: 'agency-of-another-node' },
    });
    await expect(
      port.findOwnerDocuments(
        access({ requester: { kind: 'owner', id: OWNER, name: 'Nguyễn Văn An', agencyCode: null } }),
        { owner },
      ),
    ).rejects.toMatchObject({
      data: { reason: 'owner-reads-on-the-portal-only' },
    });
    await withdrawConsent(national.db, {
      consentId,
      requester: { kind: 'owner', id: OWNER, name: 'Nguyễn Văn An', agencyCode: null },
    });
    await expect(port.fetchDocument(access(), documentId, 'metadata')).rejects.toMatchObject({
      code: 'warehouse-access-refused',
      data: { reason: 'consent-withdrawn' },
    });
    const listed = await call('GET', `/api/v1/reuse/counter-consents/${consentId}/documents`);
    expect(listed.statusCode).toBe(403);
    expect(listed.json()).toMatchObject({ code: 'warehouse-access-refused', reason: 'consent-withdrawn' });

    const refused = (await accessLog()).slice(before);
    expect(refused.map((l) => [l.outcome, l.reason])).toEqual([
      ['refused', 'no-consent'],
      ['refused', 'agency-of-another-node'],
      ['refused', 'owner-reads-on-the-portal-only'],
      ['refused', 'consent-withdrawn'],
      ['refused', 'consent-withdrawn'],
    ]);
  });
});

describe('the signed channel', () => {
  const post = (payload: unknown) =>
    national.app.inject({
      method: 'POST',
      url: '/api/v1/federation/warehouse',
      payload: payload as object,
      headers: { 'accept-language': 'en' },
    });
  const find = (id?: string) =>
    sealEnvelope(
      {
        type: WAREHOUSE_MESSAGE_TYPES.findOwnerDocuments,
        sender: 'H56',
        recipient: 'NATIONAL',
        ...(id ? { id } : {}),
        body: { access: access({ consentId: null }), query: { owner: { kind: 'citizen', id: OWNER } } },
      },
      local.identity.privateKey,
    );

  it('rejects a replayed, unsigned, foreign-signed or malformed message and changes nothing', async () => {
    const first = find();
    expect((await post(first)).json()).toMatchObject({ code: 'warehouse-access-refused' });
    const logged = (await accessLog()).length;
    const docs = await national.db.selectFrom('warehouseDocuments').selectAll().execute();

    const replay = await post(first);
    expect(replay.statusCode).toBe(409);
    expect(replay.json()).toMatchObject({ code: 'message-replayed' });
    const unsigned = await post({ ...find(), signature: undefined });
    expect(unsigned.json()).toMatchObject({ code: 'message-malformed' });
    const forged = sealEnvelope(
      {
        type: WAREHOUSE_MESSAGE_TYPES.findOwnerDocuments,
        sender: 'H56',
        recipient: 'NATIONAL',
        body: find().body,
      },
      national.identity.privateKey,
    );
    expect((await post(forged)).json()).toMatchObject({ code: 'message-bad-signature' });
    const tampered = {
      ...find(),
      body: { ...find().body, query: { owner: { kind: 'citizen', id: '001099000001' } } },
    };
    expect((await post(tampered)).json()).toMatchObject({ code: 'message-body-mismatch' });
    const extra = sealEnvelope(
      {
        type: WAREHOUSE_MESSAGE_TYPES.findConsent,
        sender: 'H56',
        recipient: 'NATIONAL',
        body: { consentId, more: 1 },
      },
      local.identity.privateKey,
    );
    expect((await post(extra)).json()).toMatchObject({ code: 'message-malformed' });

    expect(await accessLog()).toHaveLength(logged);
    expect(await national.db.selectFrom('warehouseDocuments').selectAll().execute()).toEqual(docs);
    const rejected = await national.db
      .selectFrom('federationMessageLog')
      .select('outcome')
      .where('direction', '=', 'rejected')
      .execute();
    // chained as refused: the replay H56 really signed (its extra-field call was accepted, then refused by the
    // service); the rest never authenticated and are only counted per day and reason
    expect(rejected.map((r) => r.outcome)).toEqual(['message-replayed']);
    const unauthenticated = await national.db.selectFrom('federationUnauthenticatedRejects').select('reason').execute();
    expect(unauthenticated.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['message-malformed', 'message-bad-signature', 'message-body-mismatch']),
    );
  });
});
