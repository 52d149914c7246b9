/**
 * Content-addressed file storage. Callers hand over bytes (a buffer or a stream) and get back the SHA-256 that
 * names them; the same content is stored once. The interface is the only thing callers see, so an
 * S3-compatible object store can implement it later without touching them (key = the hex SHA-256).
 */
import type { Readable } from 'node:stream';

export interface StoredBlob {
  /** Lower-case hex SHA-256 of the content; the blob's name. */
  sha256: string;
  size: number;
}

export interface PutOptions {
  /** Refuse (AppError `file-too-large`, nothing kept) once the content passes this many bytes. */
  maxBytes?: number;
}

export interface BlobStore {
  /** Stores the content atomically: either the whole blob is kept under its hash, or nothing is. */
  put(content: Uint8Array | AsyncIterable<Uint8Array>, opts?: PutOptions): Promise<StoredBlob>;
  /** The content as a stream; AppError `not-found` for an unknown hash. */
  open(sha256: string): Promise<Readable>;
  /** The whole content in memory (for documents small enough to sign or inspect). */
  read(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
