/**
 * The BlobStore in an S3-compatible object store (AWS S3, MinIO, Ceph RGW, Viettel/FPT object storage…), for a node
 * run as several processes or on several hosts: every process sees the same files. Objects are named like the
 * local disk's files, `<prefix>ab/cd/<sha256>`. The content is hashed and counted while it arrives (refused past
 * `maxBytes`, nothing written), then sent in one PutObject (its SHA-256 also kept as `x-amz-meta-sha256`): a PUT
 * is atomic in S3, so either the whole blob is there under its hash or nothing is.
 * Checksums are sent only where the protocol requires them, so stores without the 2025 CRC headers work.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { AppError } from '../../errors.ts';
import { SHA256_HEX, type BlobStore, type PutOptions, type StoredBlob } from './blob-store.ts';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  /** Prepended to every object name (`motcua/h56/`); empty for the bucket's root. */
  prefix: string;
}

function toChunks(content: Uint8Array | AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (content instanceof Uint8Array)
    return (async function* () {
      yield content;
    })();
  return content;
}

function notFound(err: unknown): boolean {
  if (!(err instanceof S3ServiceException)) return false;
  return err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata.httpStatusCode === 404;
}

export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;

  constructor(private readonly s: S3Settings) {
    this.client = new S3Client({
      endpoint: s.endpoint || undefined,
      region: s.region,
      forcePathStyle: s.forcePathStyle,
      credentials: s.accessKeyId ? { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey } : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** Checks the bucket is reachable with these credentials (a wrong setting stops the start, not the first upload). */
  async prepare(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.s.bucket }));
    } catch (err) {
      throw new Error(`S3 bucket ${this.s.bucket} at ${this.s.endpoint || 'AWS'} is not reachable: ${(err as Error).name} ${(err as Error).message}`, { cause: err });
    }
  }

  private keyOf(sha256: string): string {
    return `${this.s.prefix}${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  }

  async put(content: Uint8Array | AsyncIterable<Uint8Array>, opts: PutOptions = {}): Promise<StoredBlob> {
    const hash = createHash('sha256');
    const parts: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of toChunks(content)) {
      size += chunk.byteLength;
      if (opts.maxBytes !== undefined && size > opts.maxBytes)
        throw new AppError('file-too-large', { data: { maxBytes: opts.maxBytes } });
      hash.update(chunk);
      parts.push(chunk);
    }
    const sha256 = hash.digest('hex');
    const body = Buffer.concat(parts, size);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.s.bucket,
        Key: this.keyOf(sha256),
        Body: body,
        ContentLength: size,
        ContentType: 'application/octet-stream',
        Metadata: { sha256 },
      }),
    );
    return { sha256, size };
  }

  async has(sha256: string): Promise<boolean> {
    if (!SHA256_HEX.test(sha256)) return false;
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.s.bucket, Key: this.keyOf(sha256) }));
      return true;
    } catch (err) {
      if (notFound(err)) return false;
      throw err;
    }
  }

  async open(sha256: string): Promise<Readable> {
    if (!SHA256_HEX.test(sha256)) throw new AppError('not-found', { detail: 'No such file' });
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.s.bucket, Key: this.keyOf(sha256) }));
      if (!(out.Body instanceof Readable)) throw new Error('S3 GetObject returned no stream');
      return out.Body;
    } catch (err) {
      if (notFound(err)) throw new AppError('not-found', { detail: 'No such file' });
      throw err;
    }
  }

  async read(sha256: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const c of await this.open(sha256)) parts.push(c as Buffer);
    return Buffer.concat(parts);
  }

  destroy(): void {
    this.client.destroy();
  }
}
