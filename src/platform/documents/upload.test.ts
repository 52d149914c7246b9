import { mkdtempSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProblemHandlers } from '../../http/problem.ts';
import { LocalDiskBlobStore } from '../storage/local-disk.ts';
import { defaultLimits } from './limits.ts';
import { pdfSample, pngSample } from './samples.testkit.ts';
import { declaredFileName, receiveUpload, registerUploadParser } from './upload.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'motcua-upload-'));
const blobs = new LocalDiskBlobStore(dir);
const limits = { ...defaultLimits, maxBytes: 64 * 1024 };
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  app = Fastify({ logger: false });
  registerProblemHandlers(app);
  await app.register(async (scope) => {
    registerUploadParser(scope);
    registerUploadParser(scope); // idempotent
    scope.post('/upload', async (req) => {
      const up = await receiveUpload(req, blobs, limits);
      return { sha256: up.blob.sha256, size: up.blob.size, type: up.inspected.type, fileName: up.fileName };
    });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => app.close());

/** POST a body over a real socket, chunked (no Content-Length), and count how many chunks the server pulled. */
function postChunked(chunks: () => Generator<Buffer>, headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown>; pulled: number }> {
  let pulled = 0;
  const source = Readable.from(
    (function* () {
      for (const c of chunks()) {
        pulled++;
        yield c;
      }
    })(),
    { highWaterMark: 1 },
  );
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/upload', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown>, pulled }));
    });
    req.on('error', (err) => {
      // The server may close the socket after refusing; the response has been read by then or it is a real error.
      if ((err as NodeJS.ErrnoException).code !== 'EPIPE' && (err as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(err);
    });
    source.pipe(req);
  });
}

describe('receiveUpload', () => {
  it('streams a document body into storage and inspects it', async () => {
    const pdf = Buffer.from(await pdfSample(1));
    const res = await postChunked(
      function* () {
        for (let i = 0; i < pdf.length; i += 100) yield pdf.subarray(i, i + 100);
      },
      { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('đơn đề nghị.pdf') },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ size: pdf.length, type: 'pdf', fileName: 'đơn đề nghị.pdf' });
    expect(await blobs.has(res.body.sha256 as string)).toBe(true);
  });

  it('stops reading a chunked body at the byte limit, long before its end, and keeps no partial file', async () => {
    const chunk = Buffer.alloc(4096, 0x41);
    const total = 2000; // 8 MB announced by nothing: no Content-Length
    const res = await postChunked(
      function* () {
        yield Buffer.from('%PDF-1.7\n');
        for (let i = 0; i < total; i++) yield chunk;
      },
      { 'content-type': 'application/octet-stream' },
    );
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('file-too-large');
    expect(res.pulled).toBeLessThan(total / 2);
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/upload',
      payload: Buffer.alloc(limits.maxBytes + 1, 0x41),
      headers: { 'content-type': 'image/png' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('file-too-large');
  });

  it('refuses an image body declared with a different image type, and multipart bodies', async () => {
    const png = await pngSample();
    const lie = await app.inject({ method: 'POST', url: '/upload', payload: png, headers: { 'content-type': 'image/jpeg' } });
    expect(lie.statusCode).toBe(400);
    expect(lie.json().code).toBe('file-type-mismatch');
    const multipart = await app.inject({
      method: 'POST',
      url: '/upload',
      payload: '--x\r\n\r\n--x--',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(multipart.statusCode).toBe(415);
  });
});

describe('declaredFileName', () => {
  it('reads X-File-Name (percent-encoded) or Content-Disposition', () => {
    expect(declaredFileName({ headers: { 'x-file-name': encodeURIComponent('tờ khai.pdf') } })).toBe('tờ khai.pdf');
    expect(declaredFileName({ headers: { 'x-file-name': '%E0%A4%A' } })).toBe('%E0%A4%A');
    expect(declaredFileName({ headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('giấy tờ.png')}` } })).toBe('giấy tờ.png');
    expect(declaredFileName({ headers: { 'content-disposition': 'inline; filename="scan.tif"' } })).toBe('scan.tif');
    expect(declaredFileName({ headers: {} })).toBeUndefined();
  });
});
