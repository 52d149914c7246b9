/**
 * The content check of an untrusted document, run inside a worker thread of src/platform/sandbox (never on the
 * thread that answers HTTP): PDFs are parsed with at most `maxInflatedBytes` decompressed (corrupt, truncated,
 * encrypted, too many pages), images are measured page by page from their headers — each page within `maxPixels`,
 * all pages together within `maxTotalPixels` — before any page is decoded, then every page is decoded shrunk to
 * prove the data whole. The worker's deadline and heap limit bound what these limits do not.
 */
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { AppError } from '../../errors.ts';
import type { FileType } from './file-type.ts';
import { withInflateBudget } from './inflate-budget.ts';
import type { DocumentLimits } from './limits.ts';

export interface ContentFacts {
  /** Pages of a PDF or a (multi-page) TIFF; 1 for other images. */
  pages: number;
  /** Pixel size of an image (first page of a TIFF). */
  width?: number;
  height?: number;
}

/** A complete PDF ends with %%EOF (possibly followed by white space); a cut-off upload does not. */
function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return /%%EOF[\s\0]*$/.test(tail);
}

/** At most `maxPdfObjects` indirect objects: what pdf-lib reads and writes again when the copy is stamped and signed. */
export function assertObjectCount(doc: PDFDocument, limits: DocumentLimits): void {
  const objects = doc.context.enumerateIndirectObjects().length;
  if (objects > limits.maxPdfObjects) throw new AppError('pdf-too-many-objects', { data: { objects, maxPdfObjects: limits.maxPdfObjects } });
}

async function inspectPdf(bytes: Uint8Array, limits: DocumentLimits): Promise<ContentFacts> {
  if (!hasEofMarker(bytes)) throw new AppError('pdf-corrupt', { detail: 'The PDF is truncated (no %%EOF)' });
  return withInflateBudget(limits.maxInflatedBytes, async () => {
    let doc: PDFDocument;
    try {
      doc = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false });
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('pdf-corrupt', { cause: err });
    }
    if (doc.isEncrypted) throw new AppError('pdf-encrypted');
    assertObjectCount(doc, limits);
    let pages: number;
    try {
      pages = doc.getPageCount();
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('pdf-corrupt', { detail: 'The page tree cannot be read', cause: err });
    }
    if (pages < 1) throw new AppError('pdf-corrupt', { detail: 'The PDF has no pages' });
    if (pages > limits.maxPages) throw new AppError('too-many-pages', { data: { pages, maxPages: limits.maxPages } });
    return { pages };
  });
}

/** Width and height of one page of an image, from its header only. */
async function pageSize(bytes: Uint8Array, page: number): Promise<{ width: number; height: number; pages: number }> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false, page }).metadata();
  } catch (err) {
    throw new AppError('image-corrupt', { cause: err });
  }
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  if (width < 1 || height < 1) throw new AppError('image-corrupt', { detail: 'The image has no size' });
  return { width, height, pages: meta.pages ?? 1 };
}

/**
 * The pages of an image and the size of the first, from every page's header, before any page is decoded: each page
 * within `maxPixels`, all pages together within `maxTotalPixels`, at most `maxPages` pages.
 */
export async function measureImagePages(bytes: Uint8Array, limits: DocumentLimits): Promise<{ pages: number; width: number; height: number }> {
  const first = await pageSize(bytes, 0);
  const { width, height, pages } = first;
  if (pages > limits.maxPages) throw new AppError('too-many-pages', { data: { pages, maxPages: limits.maxPages } });
  let totalPixels = 0;
  for (let page = 0; page < pages; page++) {
    const p = page === 0 ? first : await pageSize(bytes, page);
    if (p.width * p.height > limits.maxPixels) {
      throw new AppError('image-too-large', { data: { page: page + 1, width: p.width, height: p.height, maxPixels: limits.maxPixels } });
    }
    totalPixels += p.width * p.height;
    if (totalPixels > limits.maxTotalPixels) {
      throw new AppError('image-too-large', { data: { pages, maxTotalPixels: limits.maxTotalPixels } });
    }
  }
  return { pages, width, height };
}

async function inspectImage(bytes: Uint8Array, limits: DocumentLimits): Promise<ContentFacts> {
  const { pages, width, height } = await measureImagePages(bytes, limits);
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

/** Check the content of a document whose type is already known from its magic bytes (see inspect.ts). */
export async function inspectContent(bytes: Uint8Array, type: FileType, limits: DocumentLimits): Promise<ContentFacts> {
  return type === 'pdf' ? inspectPdf(bytes, limits) : inspectImage(bytes, limits);
}
