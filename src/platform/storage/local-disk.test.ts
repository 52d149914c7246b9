import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalDiskBlobStore, STALE_TMP_MS } from './local-disk.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function* chunks(parts: Buffer[]) {
  for (const p of parts) yield p;
}

describe('LocalDiskBlobStore', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-blobs-'));
  const store = new LocalDiskBlobStore(dir);

  it('stores content under its SHA-256, once, and gives it back', async () => {
    const a = Buffer.from('hồ sơ một cửa'.normalize('NFC'));
    const put1 = await store.put(a);
    const put2 = await store.put(chunks([a.subarray(0, 5), a.subarray(5)]));
    expect(put1).toEqual({ sha256: sha(a), size: a.length });
    expect(put2).toEqual(put1);
    expect(await store.read(put1.sha256)).toEqual(a);
    expect(await store.has(put1.sha256)).toBe(true);
    const streamed: Buffer[] = [];
    for await (const c of await store.open(put1.sha256)) streamed.push(c as Buffer);
    expect(Buffer.concat(streamed)).toEqual(a);
  });

  it('refuses content over the limit and keeps nothing of it', async () => {
    const big = Buffer.alloc(2048, 1);
    await expect(store.put(chunks([big, big]), { maxBytes: 3000 })).rejects.toMatchObject({
      code: 'file-too-large',
    });
    expect(await store.has(sha(Buffer.concat([big, big])))).toBe(false);
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });

  it('keeps nothing when the source stream fails half-way', async () => {
    async function* broken() {
      yield Buffer.from('part');
      throw new Error('connection dropped');
    }
    await expect(store.put(broken())).rejects.toThrow('connection dropped');
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });

  it('answers not-found for unknown or malformed names (no path tricks)', async () => {
    await expect(store.read('0'.repeat(64))).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.read('../../etc/passwd')).rejects.toMatchObject({ code: 'not-found' });
    expect(await store.has('../x')).toBe(false);
  });

  it("a second process starting on the same directory leaves the first one's upload in flight alone, and sweeps only stale leftovers", async () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'motcua-blobs-shared-'));
    const first = new LocalDiskBlobStore(shared);
    const body = Buffer.from('a scan still arriving');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slow() {
      yield body.subarray(0, 5);
      await gate; // the upload is half-written in <dir>/tmp while the other process starts
      yield body.subarray(5);
    }
    const uploading = first.put(slow());
    // wait until the upload's temporary file exists (the store creates tmp/ on its first use)
    const inFlight = () =>
      existsSync(path.join(shared, 'tmp')) && readdirSync(path.join(shared, 'tmp')).length > 0;
    while (!inFlight()) await new Promise((r) => setTimeout(r, 5));
    writeFileSync(path.join(shared, 'tmp', 'crashed-long-ago'), 'x');
    const old = (Date.now() - STALE_TMP_MS - 60_000) / 1000;
    utimesSync(path.join(shared, 'tmp', 'crashed-long-ago'), old, old);
    expect(readdirSync(path.join(shared, 'tmp')).length).toBe(2);
    await new LocalDiskBlobStore(shared).put(Buffer.from('another process')); // its first use sweeps tmp
    release();
    expect((await uploading).sha256).toBe(sha(body));
    expect(readdirSync(path.join(shared, 'tmp'))).toEqual([]);
  });

  it('keeps files 0600 in folders 0700, and tightens what an older version left 0644 in 0755 folders', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'motcua-blobs-modes-')), 'blobs');
    const old = path.join(root, 'aa', 'bb', 'aabb'.padEnd(64, '0'));
    mkdirSync(path.dirname(old), { recursive: true, mode: 0o755 });
    for (const d of [root, path.join(root, 'aa'), path.dirname(old)]) chmodSync(d, 0o755);
    writeFileSync(old, 'x');
    chmodSync(old, 0o644);
    const modeOf = (p: string) => statSync(p).mode & 0o777;
    const put = await new LocalDiskBlobStore(root).put(Buffer.from('giấy khai sinh'));
    const file = path.join(root, put.sha256.slice(0, 2), put.sha256.slice(2, 4), put.sha256);
    expect([modeOf(file), modeOf(path.dirname(file)), modeOf(path.dirname(path.dirname(file)))]).toEqual([0o600, 0o700, 0o700]);
    expect([modeOf(old), modeOf(path.dirname(old)), modeOf(path.join(root, 'aa')), modeOf(root), modeOf(path.join(root, 'tmp'))]).toEqual([
      0o600, 0o700, 0o700, 0o700, 0o700,
    ]);
  });
});
