/**
 * The digitised copy of one dossier component, composed from its scans (compose-pages.ts) in a worker thread of
 * src/platform/sandbox — the scans came from a citizen or a scanner and are untrusted — with a deadline that grows
 * with the number of scans; and the §5.2 metadata read back from a copy this system composed.
 */
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../../errors.ts';
import { runJob } from '../sandbox/pool.ts';
import { defaultLimits, type DocumentLimits } from './limits.ts';
import type { DigitisationMetadata } from './metadata.ts';
import { parseXmp, xmpOf } from './xmp.ts';

export type { DigitisationMetadata } from './metadata.ts';
export { footerText } from './compose-pages.ts';

/** The longest a composition may take, however many scans. */
const MAX_COMPOSE_MS = 10 * 60_000;

/**
 * Compose the digitised copy of one component from its pages, in order (each an image or a PDF), with the
 * metadata. Throws AppError `digitisation-no-pages`, `file-type-not-allowed`, `pdf-corrupt`, `pdf-expands-too-large`,
 * `image-corrupt`, `image-too-large`, `too-many-pages`, `document-too-complex` or `documents-busy`.
 */
export async function composeDigitisedCopy(
  pages: Array<{ bytes: Uint8Array }>,
  metadata: DigitisationMetadata,
  limits: DocumentLimits = defaultLimits,
): Promise<Uint8Array> {
  if (!pages.length) throw new AppError('digitisation-no-pages');
  // Twice the inspection's time per scan (each page decoded, resized and encoded again), plus one.
  const timeoutMs = Math.min(MAX_COMPOSE_MS, limits.timeoutMs * (1 + 2 * pages.length));
  return runJob('compose-pages', [pages, metadata, limits], { timeoutMs, heapMb: limits.heapMb });
}

/** The §5.2 metadata a digitised copy carries (from its XMP packet), or undefined when it has none. */
export async function readDigitisationMetadata(pdfBytes: Uint8Array): Promise<DigitisationMetadata | undefined> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdfBytes, { updateMetadata: false, ignoreEncryption: true });
  } catch (err) {
    throw new AppError('pdf-corrupt', { cause: err });
  }
  const xml = xmpOf(doc);
  return xml ? parseXmp(xml) : undefined;
}
