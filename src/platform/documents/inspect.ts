/**
 * Inspection of an uploaded document by its content, never by its name: the type comes from the magic bytes,
 * a declared type or extension that says otherwise is refused, PDFs are parsed (corrupt, truncated, encrypted,
 * too many pages) and images are measured from their header before anything is decoded (decompression bombs).
 */
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { AppError } from '../../errors.ts';
import { defaultLimits, type DocumentLimits } from './limits.ts';

export type FileType = 'pdf' | 'jpeg' | 'png' | 'tiff';

export const mimeOf: Record<FileType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
};

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

function startsWith(head: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (head.length < at + sig.length) return false;
  return sig.every((b, i) => head[at + i] === b);
}

/** The file type from the first bytes of the content, or undefined when it is none of the accepted types. */
export function detectFileType(head: Uint8Array): FileType | undefined {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return undefined;
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

/** A complete PDF ends with %%EOF (possibly followed by white space); a cut-off upload does not. */
function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return /%%EOF[\s\0]*$/.test(tail);
}

async function inspectPdf(bytes: Uint8Array, limits: DocumentLimits): Promise<{ pages: number }> {
  if (!hasEofMarker(bytes)) throw new AppError('pdf-corrupt', { detail: 'The PDF is truncated (no %%EOF)' });
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false });
  } catch (err) {
    throw new AppError('pdf-corrupt', { cause: err });
  }
  if (doc.isEncrypted) throw new AppError('pdf-encrypted');
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch (err) {
    throw new AppError('pdf-corrupt', { detail: 'The page tree cannot be read', cause: err });
  }
  if (pages < 1) throw new AppError('pdf-corrupt', { detail: 'The PDF has no pages' });
  if (pages > limits.maxPages)
    throw new AppError('too-many-pages', { data: { pages, maxPages: limits.maxPages } });
  return { pages };
}

async function inspectImage(
  bytes: Uint8Array,
  limits: DocumentLimits,
): Promise<{ pages: number; width: number; height: number }> {
  let meta: sharp.Metadata;
  try {
    // Header only: nothing is decoded yet.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw new AppError('image-corrupt', { cause: err });
  }
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  const pages = meta.pages ?? 1;
  if (width < 1 || height < 1) throw new AppError('image-corrupt', { detail: 'The image has no size' });
  if (width * height > limits.maxPixels) {
    throw new AppError('image-too-large', { data: { width, height, maxPixels: limits.maxPixels } });
  }
  if (pages > limits.maxPages) throw new AppError('too-many-pages', { data: { pages, maxPages: limits.maxPages } });
  try {
    // Decode every page, shrunk, to prove the data is whole; the pixel limit guards the decoder as well.
    for (let page = 0; page < pages; page++) {
      await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'truncated', page, sequentialRead: true })
        .resize(64, 64, { fit: 'inside' })
        .raw()
        .toBuffer();
    }
  } catch (err) {
    if (err instanceof Error && /pixel limit/i.test(err.message)) throw new AppError('image-too-large', { cause: err });
    throw new AppError('image-corrupt', { cause: err });
  }
  return { pages, width, height };
}

/**
 * Inspect a whole document held in memory. Throws AppError `file-empty`, `file-too-large`, `file-type-not-allowed`,
 * `file-type-mismatch`, `pdf-corrupt`, `pdf-encrypted`, `too-many-pages`, `image-too-large` or `image-corrupt`.
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
  const base = { type, mime: mimeOf[type], size: bytes.length, sha256 };
  if (type === 'pdf') return { ...base, ...(await inspectPdf(bytes, limits)) };
  return { ...base, ...(await inspectImage(bytes, limits)) };
}
export { safeFileName } from './file-name.ts';
