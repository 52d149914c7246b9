/**
 * Inspection of an uploaded document by its content, never by its name: the type comes from the magic bytes,
 * a declared type or extension that says otherwise is refused; then the content itself — PDFs parsed (corrupt,
 * truncated, encrypted, too many pages, decompression bombs), images measured from their headers before anything
 * is decoded — is checked in a worker thread with a deadline and a heap limit (inspect-content.ts, run through
 * src/platform/sandbox), so that no file stops the server from answering.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../errors.ts';
import { runJob } from '../sandbox/pool.ts';
import { detectFileType, mimeOf, type FileType } from './file-type.ts';
import { defaultLimits, type DocumentLimits } from './limits.ts';

export { detectFileType, mimeOf, type FileType } from './file-type.ts';

const extensionsOf: Record<FileType, readonly string[]> = {
  pdf: ['pdf'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
  tiff: ['tif', 'tiff'],
};

/** Content types a client may send for each file type (aliases seen in the wild). */
const mimeAliases: Record<FileType, readonly string[]> = {
  pdf: ['application/pdf', 'application/x-pdf'],
  jpeg: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  png: ['image/png', 'image/x-png'],
  tiff: ['image/tiff', 'image/tif', 'image/x-tiff'],
};

/** Content types that say nothing about the content. */
const GENERIC_TYPES = ['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown'];

export interface Inspected {
  type: FileType;
  mime: string;
  size: number;
  sha256: string;
  /** Pages of a PDF or a (multi-page) TIFF; 1 for other images. */
  pages: number;
  /** Pixel size of an image (first page of a TIFF). */
  width?: number;
  height?: number;
}

export interface Declared {
  fileName?: string | undefined;
  contentType?: string | undefined;
}

function checkDeclared(type: FileType, declared: Declared): void {
  const ct = (declared.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!GENERIC_TYPES.includes(ct) && !mimeAliases[type].includes(ct)) {
    throw new AppError('file-type-mismatch', {
      detail: `Declared as ${ct} but the content is ${mimeOf[type]}`,
      data: { declared: ct, detected: mimeOf[type] },
    });
  }
  const name = declared.fileName ?? '';
  const dot = name.lastIndexOf('.');
  if (dot > 0 && dot < name.length - 1) {
    const ext = name.slice(dot + 1).toLowerCase();
    if (!extensionsOf[type].includes(ext)) {
      throw new AppError('file-type-mismatch', {
        detail: `A .${ext} name but the content is ${mimeOf[type]}`,
        data: { extension: ext, detected: mimeOf[type] },
      });
    }
  }
}

/**
 * Inspect a whole document held in memory. Throws AppError `file-empty`, `file-too-large`, `file-type-not-allowed`,
 * `file-type-mismatch`, `pdf-corrupt`, `pdf-encrypted`, `pdf-expands-too-large`, `too-many-pages`,
 * `image-too-large`, `image-corrupt`, `document-too-complex` (the worker's time or heap ran out) or `documents-busy`.
 */
export async function inspectDocument(
  bytes: Uint8Array,
  declared: Declared = {},
  limits: DocumentLimits = defaultLimits,
): Promise<Inspected> {
  if (bytes.length === 0) throw new AppError('file-empty');
  if (bytes.length > limits.maxBytes) throw new AppError('file-too-large', { data: { maxBytes: limits.maxBytes } });
  const type = detectFileType(bytes.subarray(0, 16));
  if (!type) throw new AppError('file-type-not-allowed');
  checkDeclared(type, declared);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const facts = await runJob('inspect-content', [bytes, type, limits], limits);
  return { type, mime: mimeOf[type], size: bytes.length, sha256, ...facts };
}
export { safeFileName } from './file-name.ts';
