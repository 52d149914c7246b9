/**
 * Limits applied to every uploaded document. Defaults match the configuration variables UPLOAD_MAX_BYTES,
 * UPLOAD_MAX_PAGES, IMAGE_MAX_PIXELS, IMAGE_MAX_TOTAL_PIXELS, PDF_MAX_INFLATED_BYTES, PDF_MAX_OBJECTS,
 * DOCUMENT_WORK_TIMEOUT_MS and DOCUMENT_WORK_HEAP_MB (src/config.ts, .env.example); routes pass `limitsFrom(config)`.
 */
import type { Config } from '../../config.ts';

export interface DocumentLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most pages a PDF (or a multi-page TIFF) may have. */
  maxPages: number;
  /** Largest image accepted, in pixels (width × height of one page), checked before decoding. */
  maxPixels: number;
  /** Most pixels of all the pages of one image together (a multi-page TIFF), checked before decoding. */
  maxTotalPixels: number;
  /** Most bytes the compressed streams of one PDF may expand to while it is read. */
  maxInflatedBytes: number;
  /** Most indirect objects of an uploaded PDF or a composed copy (stamped and signed on the main thread later). */
  maxPdfObjects: number;
  /** Time allowed to read one untrusted file in a worker thread, in ms (the worker is terminated past it). */
  timeoutMs: number;
  /** JavaScript heap of a worker thread reading untrusted files, in MB. */
  heapMb: number;
}

export const defaultLimits: DocumentLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxPages: 200,
  maxPixels: 60_000_000,
  maxTotalPixels: 500_000_000,
  maxInflatedBytes: 64 * 1024 * 1024,
  maxPdfObjects: 20_000,
  timeoutMs: 20_000,
  heapMb: 384,
};

type LimitSettings =
  | 'UPLOAD_MAX_BYTES'
  | 'UPLOAD_MAX_PAGES'
  | 'IMAGE_MAX_PIXELS'
  | 'IMAGE_MAX_TOTAL_PIXELS'
  | 'PDF_MAX_INFLATED_BYTES'
  | 'PDF_MAX_OBJECTS'
  | 'DOCUMENT_WORK_TIMEOUT_MS'
  | 'DOCUMENT_WORK_HEAP_MB';

export function limitsFrom(config: Pick<Config, LimitSettings>): DocumentLimits {
  return {
    maxBytes: config.UPLOAD_MAX_BYTES,
    maxPages: config.UPLOAD_MAX_PAGES,
    maxPixels: config.IMAGE_MAX_PIXELS,
    maxTotalPixels: config.IMAGE_MAX_TOTAL_PIXELS,
    maxInflatedBytes: config.PDF_MAX_INFLATED_BYTES,
    maxPdfObjects: config.PDF_MAX_OBJECTS,
    timeoutMs: config.DOCUMENT_WORK_TIMEOUT_MS,
    heapMb: config.DOCUMENT_WORK_HEAP_MB,
  };
}
