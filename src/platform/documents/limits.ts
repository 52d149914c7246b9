/**
 * Limits applied to every uploaded document. Defaults match the configuration variables UPLOAD_MAX_BYTES,
 * UPLOAD_MAX_PAGES and IMAGE_MAX_PIXELS (src/config.ts, .env.example); routes pass `limitsFrom(config)`.
 */
import type { Config } from '../../config.ts';

export interface DocumentLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most pages a PDF (or a multi-page TIFF) may have. */
  maxPages: number;
  /** Largest image accepted, in pixels (width × height of one page), checked before decoding. */
  maxPixels: number;
}

export const defaultLimits: DocumentLimits = { maxBytes: 20 * 1024 * 1024, maxPages: 200, maxPixels: 60_000_000 };

export function limitsFrom(config: Pick<Config, 'UPLOAD_MAX_BYTES' | 'UPLOAD_MAX_PAGES' | 'IMAGE_MAX_PIXELS'>): DocumentLimits {
  return { maxBytes: config.UPLOAD_MAX_BYTES, maxPages: config.UPLOAD_MAX_PAGES, maxPixels: config.IMAGE_MAX_PIXELS };
}
