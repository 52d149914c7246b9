/**
 * Streaming uploads of one document as the raw request body (`Content-Type: application/pdf`, `image/jpeg|png|tiff`
 * or `application/octet-stream`; the browser sends the File with XMLHttpRequest, whose upload events drive the
 * progress bar). The name travels in `X-File-Name` (percent-encoded UTF-8) or a Content-Disposition header.
 *
 * A route that takes uploads calls `registerUploadParser(scope)` once in its plugin scope (the parser hands the
 * body over as a stream, unread) and `receiveUpload(req, blobs, limits)` in its handler, after its own permission
 * and state checks. The body is streamed into the blob store, which stops counting at `maxBytes` — the whole body
 * is never held in memory before the limit applies — and only then is the stored file inspected by content.
 *
 * Failures: nothing but the content-addressed blob can exist when `receiveUpload` throws, and callers write their
 * rows only after it returns. A refused upload may leave its blob behind, unreferenced; that is harmless (same
 * content, same name, never listed) and no sweep is run.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.ts';
import type { BlobStore, StoredBlob } from '../storage/blob-store.ts';
import { safeFileName } from './file-name.ts';
import { inspectDocument, type Inspected } from './inspect.ts';
import type { DocumentLimits } from './limits.ts';

/** Content types accepted as a raw document body. */
export const UPLOAD_CONTENT_TYPES = ['application/octet-stream', 'application/pdf', 'image/jpeg', 'image/png', 'image/tiff'];
const IMAGE_TYPES = /^image\/[\w.+-]+$/;

/**
 * In this plugin scope, hand document bodies to the handler as an unread stream (idempotent). An answer sent
 * before the whole body was read (a refusal) closes the connection rather than draining the rest of the upload.
 */
export function registerUploadParser(
  app: Pick<FastifyInstance, 'addContentTypeParser' | 'hasContentTypeParser' | 'addHook'>,
): void {
  if (app.hasContentTypeParser('application/pdf')) return;
  const pass = (_req: FastifyRequest, payload: Readable, done: (err: Error | null, body?: unknown) => void) => done(null, payload);
  app.addContentTypeParser(['application/octet-stream', 'application/pdf'], pass);
  app.addContentTypeParser(IMAGE_TYPES, pass);
  app.addHook('onSend', async (req, reply) => {
    if (!req.raw.complete && isStream(req.body)) reply.header('connection', 'close');
  });
}

export interface ReceivedUpload {
  blob: StoredBlob;
  inspected: Inspected;
  /** The client's file name made safe (safeFileName), or a default from the type. */
  fileName: string;
  /** The stored content (at most `limits.maxBytes`). */
  bytes: Buffer;
}

function headerString(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The client's file name: `X-File-Name` (percent-encoded), else Content-Disposition `filename*` or `filename`. */
export function declaredFileName(req: Pick<FastifyRequest, 'headers'>): string | undefined {
  const x = headerString(req.headers['x-file-name']);
  if (x) return decode(x);
  const cd = headerString(req.headers['content-disposition']);
  if (!cd) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(cd);
  if (star) return decode(star[1]!.trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(cd);
  return plain ? plain[1]!.trim() : undefined;
}

function isStream(body: unknown): body is Readable {
  return !!body && typeof body === 'object' && Symbol.asyncIterator in body;
}

/**
 * Stream the request body into `blobs` (refused past `limits.maxBytes`) and inspect it by content. Throws AppError
 * `file-empty`, `file-too-large`, `unsupported-media-type` and every refusal of `inspectDocument`.
 */
export async function receiveUpload(
  req: FastifyRequest,
  blobs: BlobStore,
  limits: DocumentLimits,
): Promise<ReceivedUpload> {
  const declaredLength = Number(req.headers['content-length'] ?? NaN);
  if (declaredLength > limits.maxBytes) {
    throw new AppError('file-too-large', { data: { maxBytes: limits.maxBytes } });
  }
  if (declaredLength === 0 || req.body === undefined || req.body === null) throw new AppError('file-empty');
  if (!isStream(req.body)) {
    throw new AppError('unsupported-media-type', { detail: `Send the file itself as the body (${UPLOAD_CONTENT_TYPES.join(', ')})` });
  }
  const blob = await blobs.put(req.body, { maxBytes: limits.maxBytes });
  if (blob.size === 0) throw new AppError('file-empty');
  const bytes = await blobs.read(blob.sha256);
  const name = declaredFileName(req);
  const inspected = await inspectDocument(bytes, { fileName: name, contentType: req.headers['content-type'] }, limits);
  return { blob, inspected, bytes, fileName: safeFileName(name, `tai-lieu.${inspected.type === 'jpeg' ? 'jpg' : inspected.type}`) };
}
