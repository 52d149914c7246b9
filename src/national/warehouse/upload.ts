/**
 * An owner's upload streamed into the blob store: the type is detected from the first bytes (PDF, JPEG, PNG), never
 * from the name, and must match the declared content type; empty, oversize or lying files are refused before any
 * record is written (the blob store keeps nothing of a refused stream).
 */
import { AppError } from '../../errors.ts';
import type { BlobStore, StoredBlob } from '../../platform/storage/blob-store.ts';

export const UPLOAD_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadMime = (typeof UPLOAD_MIMES)[number];

/** Default size limit of an owner's upload. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

const MAGIC: Record<UploadMime, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

export function detectMime(head: Uint8Array): UploadMime | undefined {
  return UPLOAD_MIMES.find((m) => MAGIC[m].every((b, i) => head[i] === b));
}

/** Yield the stream's chunks, checking the type once the first 8 bytes are in (before anything is kept). */
async function* checked(source: AsyncIterable<Uint8Array>, declared: UploadMime): AsyncIterable<Uint8Array> {
  let head = Buffer.alloc(0);
  let decided = false;
  const pending: Uint8Array[] = [];
  for await (const chunk of source) {
    if (decided) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    pending.push(chunk);
    if (head.length >= 8) {
      decide(head, declared);
      decided = true;
      yield* pending;
    }
  }
  if (!decided) {
    if (head.length === 0) throw new AppError('warehouse-file-empty');
    decide(head, declared);
    yield* pending;
  }
}

function decide(head: Uint8Array, declared: UploadMime): void {
  const actual = detectMime(head);
  if (actual !== declared)
    throw new AppError('warehouse-file-type-mismatch', {
      detail: `The content is ${actual ?? 'not a PDF, JPEG or PNG'}, declared ${declared}`,
      data: { declared, detected: actual ?? null },
    });
}

export async function storeUpload(
  blobs: BlobStore,
  source: AsyncIterable<Uint8Array>,
  declared: string,
  maxBytes: number = UPLOAD_MAX_BYTES,
): Promise<StoredBlob & { mime: UploadMime }> {
  const mime = declared.split(';')[0]!.trim().toLowerCase();
  if (!(UPLOAD_MIMES as readonly string[]).includes(mime)) throw new AppError('unsupported-media-type');
  const stored = await blobs.put(checked(source, mime as UploadMime), { maxBytes });
  return { ...stored, mime: mime as UploadMime };
}
