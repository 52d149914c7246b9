/**
 * Sign a PDF as an agency (PAdES, adbe.pkcs7.detached, SHA-256) and verify any PDF against the CAs this node
 * trusts. The public entry points of src/platform/signing for other features.
 */
import { AppError } from '../../errors.ts';
import { runJob } from '../sandbox/pool.ts';
import type { SignMeta } from './document-signer.ts';
import { agencySigner, trustedCaPems, type SigningContext } from './keys.service.ts';
import type { PdfVerification } from './verification.ts';

export type { SigningContext };

/** The agency's organisational signature on `pdf`; the returned bytes are the signed PDF. */
export async function signPdf(
  ctx: SigningContext,
  agencyId: string,
  pdf: Uint8Array,
  meta: SignMeta,
): Promise<Buffer> {
  const signer = await agencySigner(ctx, agencyId);
  return signer.signPdf(pdf, meta);
}

/**
 * `verifyPdf` with this node's trusted CAs, in a worker thread with the document budget (the PDF is anyone's
 * upload: its signature may carry thousands of certificates to chain). Throws `pdf-empty` / `pdf-invalid` for what
 * is not a PDF at all, `document-too-complex` past the budget.
 */
export async function verifyPdfForNode(ctx: SigningContext, bytes: Uint8Array): Promise<PdfVerification> {
  return verifyPdfUnder(ctx, bytes, await trustedCaPems(ctx));
}

/** `verifyPdfForNode` under the given trust anchors only (another connected system's CAs, from the registry). */
export async function verifyPdfUnder(ctx: SigningContext, bytes: Uint8Array, caPems: readonly string[]): Promise<PdfVerification> {
  if (bytes.byteLength === 0) throw new AppError('pdf-empty');
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-'))
    throw new AppError('pdf-invalid', { detail: 'The file does not start with %PDF-' });
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - 2048))).toString('latin1');
  if (!tail.includes('%%EOF'))
    throw new AppError('pdf-invalid', { detail: 'The PDF is truncated (no %%EOF)' });
  const budget = { timeoutMs: ctx.config.DOCUMENT_WORK_TIMEOUT_MS, heapMb: ctx.config.DOCUMENT_WORK_HEAP_MB };
  return runJob('verify-pdf', [bytes, [...caPems]], budget);
}
