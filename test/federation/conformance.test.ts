/**
 * The conformance kit passes against motcua's own portal (both protocols) and fails, naming the checks, against a
 * deliberately broken peer: a tiny Fastify server that accepts everything (replays, unsigned, tampered, expired,
 * unknown senders), answers `applied` to redeliveries, lets an older change overwrite a newer one, and hands out
 * DVCQG sessions without dstcode.
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConformance } from '../../src/federation/conformance/conformance.cli.ts';
import { signReceipt } from '../../src/federation/transport/receipt.ts';
import { setDvcqgAccount } from '../../src/national/dvcqg/dvcqg.service.ts';
import { registerNode } from '../../src/national/registry/registry.service.ts';
import { publishProcedure } from '../fixtures.ts';
import { startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;
let brokenLocal: FastifyInstance;
let brokenLocalUrl: string;
let broken: FastifyInstance;
let brokenUrl: string;
const kit = generateKeyPairSync('ed25519');
const kitPem = kit.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const PASSWORD = 'mat-khau-bo-kiem-tra';

async function startBroken(): Promise<void> {
  const keys = generateKeyPairSync('ed25519');
  const last = new Map<string, { lastSeq: number; trangThai: number }>();
  broken = Fastify();
  broken.get('/api/v1/federation/node', async () => ({
    code: 'BROKEN',
    publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }));
  broken.post('/api/v1/federation/messages', async (req) => {
    const env = req.body as {
      header?: { id?: string };
      body?: { events?: { dossierId: string; seq: number; DongBoHoSoMC: { TrangThaiHoSo: string } }[] };
    };
    for (const e of env.body?.events ?? [])
      last.set(e.dossierId, { lastSeq: e.seq, trangThai: Number(e.DongBoHoSoMC.TrangThaiHoSo) });
    const receipt = signReceipt(
      {
        messageId: env.header?.id ?? '',
        outcome: 'applied',
        at: new Date().toISOString(),
        receiver: 'BROKEN',
      },
      keys.privateKey,
    );
    return { outcome: 'applied', receipt };
  });
  broken.post('/api/v1/federation/query', async (req) => {
    const ids = (req.body as { body?: { dossierIds?: string[] } }).body?.dossierIds ?? [];
    return {
      dossiers: ids
        .filter((id) => last.has(id))
        .map((id) => ({ dossierId: id, maHoSo: null, ...last.get(id)! })),
    };
  });
  broken.post('/api/dvcqg/login', async () => ({ error_code: 0, session: 'ai-cung-vao-duoc' }));
  broken.post('/api/dvcqg/integration', async () => ({
    error_code: '0',
    message: 'Cập nhật thành công',
    result: [],
  }));
  await broken.listen({ host: '127.0.0.1', port: 0 });
  brokenUrl = `http://127.0.0.1:${(broken.server.address() as AddressInfo).port}`;
  // A local system whose inbox keeps whatever arrives.
  brokenLocal = Fastify();
  brokenLocal.get('/api/v1/federation/node', async () => ({
    code: 'BROKENLOCAL',
    role: 'local',
    publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }));
  brokenLocal.post('/api/v1/federation/inbox', async (req) => {
    const env = req.body as { header?: { id?: string } };
    return {
      outcome: 'applied',
      receipt: signReceipt(
        {
          messageId: env.header?.id ?? '',
          outcome: 'applied',
          at: new Date().toISOString(),
          receiver: 'BROKENLOCAL',
        },
        keys.privateKey,
      ),
    };
  });
  await brokenLocal.listen({ host: '127.0.0.1', port: 0 });
  brokenLocalUrl = `http://127.0.0.1:${(brokenLocal.server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  national = await startNational();
  await registerNode(national.db, {
    code: 'KIT',
    name: 'Bộ kiểm tra tuân thủ',
    baseUrl: '',
    publicKey: kit.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
  await setDvcqgAccount(national.db, { nodeCode: 'KIT', username: 'kit-dvcqg', password: PASSWORD });
  // the portal's reference data: the kit's test agency is hosted by the kit (a system writes only its own agencies' dossiers)
  await national.db
    .insertInto('agencies')
    .values({ code: '000.00.00.H99', name: 'Cơ quan kiểm tra tuân thủ', level: 1, kind: 'other', parentId: null, nodeCode: 'KIT', validFrom: '2025-07-01' })
    .execute();
  await publishProcedure(national.db); // what LayDanhSachTTHC / LayThuTuc answer
  await startBroken();
  // A local system that trusts the kit's key as its national portal's (code KIT).
  local = await startLocal(national, 'H56', {
    NATIONAL_NODE_CODE: 'KIT',
    NATIONAL_PUBLIC_KEY: kit.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
});
afterAll(async () => {
  await broken?.close();
  await brokenLocal?.close();
  await local?.destroy();
  await national?.destroy();
});

const fails = (r: { results: { name: string; ok: boolean; detail: string }[] }) =>
  r.results.filter((x) => !x.ok).map((x) => x.name);

/** What a receiver that accepts everything fails, portal or local inbox alike. */
const ENVELOPE_FAILURES = [
  'idempotency-same-message-twice',
  'replay-same-id-other-body-refused',
  'tampered-body-refused',
  'unsigned-refused',
  'forged-signature-refused',
  'expired-refused',
  'unknown-sender-refused',
  'wrong-recipient-refused',
  'malformed-body-refused',
];

describe('conformance kit', () => {
  it('passes against motcua’s portal, motcua protocol', async () => {
    const r = await runConformance({
      target: national.url,
      protocol: 'motcua',
      nodeCode: 'KIT',
      keyPem: kitPem,
    });
    expect(r.results.filter((x) => !x.ok)).toEqual([]);
    expect(r.passed).toBeGreaterThanOrEqual(12);
  });

  it('passes against a motcua local system’s inbox (the kit plays the portal); the submission sent twice makes one dossier', async () => {
    const r = await runConformance({
      target: local.url,
      protocol: 'motcua',
      nodeCode: 'KIT',
      keyPem: kitPem,
      procedureCode: '1.001193',
      agencyCode: '000.00.06.H56',
    });
    expect(r.protocol).toBe('motcua (local system inbox)');
    expect(r.results.filter((x) => !x.ok)).toEqual([]);
    expect(r.passed).toBe(11);
    const dossiers = await local.db
      .selectFrom('dossiers')
      .select(['status', 'channel', 'sourceRef'])
      .execute();
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]).toMatchObject({ status: 1, channel: 'online' });
  });

  it('passes against motcua’s portal, DVCQG protocol', async () => {
    const r = await runConformance({
      target: national.url,
      protocol: 'dvcqg',
      username: 'kit-dvcqg',
      password: PASSWORD,
      agencyCode: '000.00.00.H99',
    });
    expect(r.results.filter((x) => !x.ok)).toEqual([]);
    expect(r.passed).toBe(21);
    // the real clients' cases are among them (src/federation/conformance/dvcqg-clients.checks.ts)
    expect(r.results.map((x) => x.name)).toEqual(expect.arrayContaining([
      'dvcqg-opencps-dossier-body', 'dvcqg-thanhhoa-dossier-body', 'dvcqg-key-case-variants', 'dvcqg-errors-readable-by-clients',
      'dvcqg-login-before-every-call', 'dvcqg-laythutuc-nested-fields', 'dvcqg-legacy-codes-accepted',
    ]));
  });

  it('fails against a broken peer, naming the checks', async () => {
    const m = await runConformance({
      target: brokenUrl,
      protocol: 'motcua',
      nodeCode: 'KIT',
      keyPem: kitPem,
    });
    expect(fails(m)).toEqual([...ENVELOPE_FAILURES, 'ordering-older-seq-does-not-regress']);
    const l = await runConformance({
      target: brokenLocalUrl,
      protocol: 'motcua',
      nodeCode: 'KIT',
      keyPem: kitPem,
    });
    expect(fails(l)).toEqual(ENVELOPE_FAILURES);
    const d = await runConformance({ target: brokenUrl, protocol: 'dvcqg', username: 'x', password: 'y' });
    expect(fails(d)).toEqual([
      'dvcqg-login-without-dstcode-refused',
      'dvcqg-bad-session-refused',
      'dvcqg-duplicate-create-already-exists',
      'dvcqg-bad-date-format-refused',
      'dvcqg-bad-status-refused',
      'dvcqg-bad-dossier-code-refused',
      'dvcqg-progress-idempotent-and-ordered',
      'dvcqg-lookup-key-case-and-unknown-keys',
      'dvcqg-update-with-isUpdating',
      'dvcqg-catalogue-lists',
      'dvcqg-laythutuc-real-clients-fields',
      'dvcqg-opencps-dossier-body',
      'dvcqg-thanhhoa-dossier-body',
      'dvcqg-key-case-variants',
      'dvcqg-errors-readable-by-clients',
      'dvcqg-laythutuc-nested-fields',
      'dvcqg-legacy-codes-accepted',
    ]);
  });

  it('the CLI prints the report and exits non-zero on a failure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'motcua-kit-'));
    writeFileSync(path.join(dir, 'kit.pem'), kitPem, { mode: 0o600 });
    const out = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/main.ts',
          'conformance',
          '--target',
          brokenUrl,
          '--node-code',
          'KIT',
          '--key-file',
          path.join(dir, 'kit.pem'),
        ],
        { env: { ...process.env, LOG_LEVEL: 'silent' } },
        (err, stdout) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout }),
      );
    });
    expect(out.stdout).toContain('Conformance motcua');
    expect(out.code).not.toBe(0);
    expect(out.stdout).toMatch(/FAIL\s+replay-same-id-other-body-refused/);
    expect(out.stdout).toMatch(/PASS\s+node-identity/);
    expect(out.stdout).toMatch(/\d+ passed, 10 failed/);
  }, 60_000);
});
