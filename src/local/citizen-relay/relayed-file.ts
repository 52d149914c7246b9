/**
 * A file the portal relayed for the owner's dossier (base64 in the signed message): stored by content and inspected
 * exactly as an upload to this system's own `POST /api/v1/my/dossiers/:id/components/:seq/files`.
 */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { inspectDocument, safeFileName } from '../../platform/documents/inspect.ts';
import { limitsFrom } from '../../platform/documents/limits.ts';
import type { ReceivedUpload } from '../../platform/documents/upload.ts';
import { MAX_RELAYED_FILE_BYTES } from '../../federation/citizen-relay/schemas.ts';

export async function relayedUpload(ctx: AppContext, f: { fileName: string; contentType: string; dataBase64: string }): Promise<ReceivedUpload> {
  const limits = limitsFrom(ctx.config);
  const maxBytes = Math.min(limits.maxBytes, MAX_RELAYED_FILE_BYTES);
  const bytes = Buffer.from(f.dataBase64, 'base64');
  if (bytes.length === 0) throw new AppError('file-empty');
  if (bytes.length > maxBytes) throw new AppError('file-too-large', { data: { maxBytes } });
  const inspected = await inspectDocument(bytes, { fileName: f.fileName, contentType: f.contentType }, limits);
  const blob = await ctx.blobs.put(bytes, { maxBytes });
  return { blob, inspected, bytes, fileName: safeFileName(f.fileName, `tai-lieu.${inspected.type === 'jpeg' ? 'jpg' : inspected.type}`) };
}
