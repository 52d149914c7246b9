/** The S3 BlobStore against a real S3 protocol peer (s3rver): same contract as the local disk store. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { openBlobStore } from './create.ts';
import { S3BlobStore } from './s3.ts';
import { startS3Peer, type S3Peer } from './s3-peer.testkit.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function* chunks(parts: Buffer[]) {
  for (const p of parts) yield p;
}

let peer: S3Peer;
let store: S3BlobStore;

beforeAll(async () => {
  peer = await startS3Peer();
  const s = await openBlobStore(loadConfig({ ...peer.env, S3_PREFIX: 'node-a/' }));
  expect(s).toBeInstanceOf(S3BlobStore);
  store = s as S3BlobStore;
});
afterAll(async () => {
  store.destroy();
  await peer.close();
});

describe('S3BlobStore', () => {
  it('stores content under its SHA-256, once, and gives it back (whole and streamed)', async () => {
    const a = Buffer.from('hồ sơ một cửa liên thông'.normalize('NFC'));
    const put1 = await store.put(a);
    const put2 = await store.put(chunks([a.subarray(0, 7), a.subarray(7)]));
    expect(put1).toEqual({ sha256: sha(a), size: a.length });
    expect(put2).toEqual(put1);
    expect(await store.read(put1.sha256)).toEqual(a);
    expect(await store.has(put1.sha256)).toBe(true);
    const streamed: Buffer[] = [];
    for await (const c of await store.open(put1.sha256)) streamed.push(c as Buffer);
    expect(Buffer.concat(streamed)).toEqual(a);
  });

  it('a second store (another process) on the same bucket and prefix sees the file; another prefix does not', async () => {
    const body = Buffer.from('%PDF-1.7 issued on process one');
    const put = await store.put(body);
    const other = (await openBlobStore(loadConfig({ ...peer.env, S3_PREFIX: 'node-a/' }))) as S3BlobStore;
    const elsewhere = (await openBlobStore(loadConfig({ ...peer.env, S3_PREFIX: 'node-b/' }))) as S3BlobStore;
    expect(await other.read(put.sha256)).toEqual(body);
    expect(await elsewhere.has(put.sha256)).toBe(false);
    other.destroy();
    elsewhere.destroy();
  });

  it('refuses content over the limit and keeps nothing of it', async () => {
    const big = Buffer.alloc(2048, 7);
    await expect(store.put(chunks([big, big]), { maxBytes: 3000 })).rejects.toMatchObject({ code: 'file-too-large' });
    expect(await store.has(sha(Buffer.concat([big, big])))).toBe(false);
  });

  it('keeps nothing when the source stream fails half-way', async () => {
    async function* broken() {
      yield Buffer.from('part of a scan');
      throw new Error('connection dropped');
    }
    await expect(store.put(broken())).rejects.toThrow('connection dropped');
    expect(await store.has(sha(Buffer.from('part of a scan')))).toBe(false);
  });

  it('answers not-found for unknown or malformed names', async () => {
    await expect(store.read('0'.repeat(64))).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.open('../../etc/passwd')).rejects.toMatchObject({ code: 'not-found' });
    expect(await store.has('../x')).toBe(false);
  });

  it('unknown credentials or an unknown bucket stop the start with a readable error', async () => {
    await expect(openBlobStore(loadConfig({ ...peer.env, S3_ACCESS_KEY_ID: 'NOBODY' }))).rejects.toThrow(/not reachable/);
    await expect(openBlobStore(loadConfig({ ...peer.env, S3_BUCKET: 'no-such-bucket' }))).rejects.toThrow(/no-such-bucket/);
  });
});
