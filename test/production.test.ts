/**
 * Production safety of signing and files (issue 12, item 15): production refuses to start with development
 * signing keys (unless signing is explicitly disabled, then signing answers 503 signing-disabled and the start-up
 * log says so); citizen documents and keys are readable by the service user only (folders 0700, files 0600), also
 * those an older version wrote 0644 in 0755 folders; DATA_DIR itself (the embedded PostgreSQL's way in) is left alone.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { masterKeyPath } from '../src/platform/signing/master-key.ts';
import type { Principal } from '../src/platform/identity/principal.ts';
import { createTestApp } from './app.ts';
import { createTestDb } from './db.ts';
import { insertAgencies, officer, publishProcedure } from './fixtures.ts';

const mode = (p: string) => statSync(p).mode & 0o777;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function dataDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'motcua-prod-'));
  chmodSync(d, 0o755);
  dirs.push(d);
  return d;
}

const reception = {
  procedureCode: '1.001193',
  resolvingAgencyCode: '000.00.06.H56',
  channel: 'counter',
  owner: { type: 'citizen', idNumber: '038087042028', name: 'Nguyễn Văn An', birthDate: '1987-05-01' },
  components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
};

describe('production signing', () => {
  it('loadConfig refuses NODE_ENV=production without SIGNING_P12_DIR, and SIGNING_DISABLED together with it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SIGNING_P12_DIR/);
    expect(() => loadConfig({ NODE_ENV: 'production', SIGNING_P12_DIR: '/etc/motcua/p12' })).not.toThrow();
    expect(loadConfig({ NODE_ENV: 'production', SIGNING_DISABLED: 'true' }).SIGNING_DISABLED).toBe(true);
    expect(() => loadConfig({ SIGNING_DISABLED: 'true', SIGNING_P12_DIR: '/etc/motcua/p12' })).toThrow(/both set/);
  });

  it('the server process refuses to start in production with development keys, with a clear message', { timeout: 60_000 }, async () => {
    const dir = dataDir();
    // EMBEDDED_PG_PORT=1: a port no other test's database uses, should the server wrongly get that far
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, NODE_ENV: 'production', DEMO_MODE: 'false', SIGNING_P12_DIR: '', SIGNING_DISABLED: '', DATA_DIR: dir, PORT: '0', EMBEDDED_PG_PORT: '1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    // a server that does start (the old behaviour) is stopped after 30 s and the test fails on the exit code
    const guard = setTimeout(() => child.kill('SIGTERM'), 30_000);
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    clearTimeout(guard);
    expect(code).toBe(1);
    expect(out).toContain('NODE_ENV=production needs SIGNING_P12_DIR');
    expect(out).toContain('SIGNING_DISABLED=true');
    expect(readdirSync(dir)).toEqual([]); // nothing started: no database, no keys
  });

  it('with SIGNING_DISABLED the app says so at start-up and signing answers 503 signing-disabled; reception still works', async () => {
    const dir = dataDir();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    const testDb = await createTestDb();
    const config = loadConfig({ NODE_ENV: 'production', SIGNING_DISABLED: 'true', DATA_DIR: dir, LOG_LEVEL: 'warn' });
    const principals: Record<string, Principal> = {};
    const app = await buildApp({
      config,
      db: testDb.db,
      pool: testDb.pool,
      logger: { level: 'warn', stream },
      extraResolvers: [async (t) => principals[t]],
    });
    try {
      expect(lines.join('')).toContain('SIGNING_DISABLED=true: signing is disabled');
      const ids = await insertAgencies(testDb.db);
      principals.mc = officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa');
      await publishProcedure(testDb.db);
      const auth = { authorization: 'Bearer mc' };
      const received = await app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: auth, payload: reception });
      expect(received.statusCode).toBe(201);
      const form = await app.inject({ url: `/api/v1/dossiers/${received.json().id}/forms/receipt.pdf`, headers: auth });
      expect(form.statusCode).toBe(503);
      expect(form.headers['content-type']).toContain('application/problem+json');
      expect(form.json()).toMatchObject({ code: 'signing-disabled', status: 503 });
      expect(await testDb.db.selectFrom('signedDocuments').select('id').execute()).toEqual([]);
      expect(readdirSync(dir)).not.toContain('signing'); // no development key material was made
    } finally {
      await app.close();
      await testDb.destroy();
    }
  });
});

describe('files under DATA_DIR are the service user\u2019s only', () => {
  it('an uploaded scan is stored 0600 in 0700 folders; older 0644/0755 ones are tightened at start-up; DATA_DIR and DATA_DIR/pg keep their mode', async () => {
    const dir = dataDir();
    // what an older version left behind: a blob 0644 in 0755 folders, a master key folder 0755
    const oldBlob = path.join(dir, 'blobs', 'ab', 'cd', 'ab'.padEnd(64, 'c'));
    mkdirSync(path.dirname(oldBlob), { recursive: true, mode: 0o755 });
    for (const d of ['blobs', 'blobs/ab', 'blobs/ab/cd']) chmodSync(path.join(dir, d), 0o755);
    writeFileSync(oldBlob, 'giấy tờ cũ', { mode: 0o644 });
    chmodSync(oldBlob, 0o644);
    mkdirSync(path.join(dir, 'pg'), { mode: 0o755 });
    chmodSync(path.join(dir, 'pg'), 0o755);
    mkdirSync(path.dirname(masterKeyPath(dir)), { mode: 0o755 });
    chmodSync(path.dirname(masterKeyPath(dir)), 0o755);
    writeFileSync(masterKeyPath(dir), `${randomBytes(32).toString('base64')}\n`, { mode: 0o644 });
    chmodSync(masterKeyPath(dir), 0o644);

    const principals: Record<string, Principal> = {};
    const t = await createTestApp({ DATA_DIR: dir }, { principals });
    try {
      expect(mode(path.join(dir, 'blobs'))).toBe(0o700);
      expect(mode(path.join(dir, 'blobs', 'ab'))).toBe(0o700);
      expect(mode(path.join(dir, 'blobs', 'ab', 'cd'))).toBe(0o700);
      expect(mode(path.join(dir, 'blobs', 'tmp'))).toBe(0o700);
      expect(mode(oldBlob)).toBe(0o600);
      expect(mode(dir)).toBe(0o755);
      expect(mode(path.join(dir, 'pg'))).toBe(0o755);

      const ids = await insertAgencies(t.db);
      principals.mc = officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa');
      await publishProcedure(t.db);
      const auth = { authorization: 'Bearer mc' };
      const received = await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: auth, payload: reception });
      expect(received.statusCode).toBe(201);
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      );
      const scan = await t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${received.json().id}/components/1/scans`,
        headers: { ...auth, 'content-type': 'image/png' },
        payload: png,
      });
      expect(scan.statusCode).toBe(201);
      const row = await t.db.selectFrom('digitisationScans').selectAll().executeTakeFirstOrThrow();
      const sha = row.blobSha256;
      const stored = path.join(dir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);
      expect(mode(stored)).toBe(0o600);
      expect(mode(path.dirname(stored))).toBe(0o700);
      expect(mode(path.dirname(path.dirname(stored)))).toBe(0o700);

      // the signed receipt (development keys here) reads the older master key: its folder and file are tightened
      const form = await t.app.inject({ url: `/api/v1/dossiers/${received.json().id}/forms/receipt.pdf`, headers: auth });
      expect(form.statusCode).toBe(200);
      expect(mode(path.dirname(masterKeyPath(dir)))).toBe(0o700);
      expect(mode(masterKeyPath(dir))).toBe(0o600);
    } finally {
      await t.close();
    }
  });
});
