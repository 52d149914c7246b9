/**
 * File names from clients are only ever labels: reduced to a base name that is safe on every file system and in a
 * Content-Disposition header, with Vietnamese letters kept (NFC).
 */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Control and format characters (NUL, newlines, bidi overrides …) and what Windows forbids in names. */
const FORBIDDEN = /[\p{Cc}\p{Cf}<>:"|?*]/gu;
const MAX_BYTES = 180;

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Cut to at most `max` UTF-8 bytes without splitting a character. */
function cutBytes(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (utf8Length(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/**
 * The base name of `name` (no folders, no `..`, no drive letter), NFC, without control characters, not a Windows
 * reserved device name, at most 180 UTF-8 bytes with its extension kept; `fallback` when nothing is left.
 */
export function safeFileName(name: string | undefined, fallback = 'tai-lieu'): string {
  let s = (name ?? '').normalize('NFC').replace(/\\/g, '/');
  s = s.slice(s.lastIndexOf('/') + 1);
  s = s.replace(FORBIDDEN, '').replace(/\s+/g, ' ');
  s = s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  if (!s) return fallback;
  const dot = s.lastIndexOf('.');
  let stem = dot > 0 ? s.slice(0, dot) : s;
  let ext = dot > 0 ? s.slice(dot) : '';
  if (utf8Length(ext) > 16) {
    stem = s;
    ext = '';
  }
  if (WINDOWS_RESERVED.test(stem.split('.')[0]!.trim())) stem = `_${stem}`;
  stem = cutBytes(stem, MAX_BYTES - utf8Length(ext)).trimEnd();
  return `${stem}${ext}`;
}

/** A Content-Disposition value that carries a Vietnamese name (RFC 6266 filename*), with an ASCII fallback. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const safe = safeFileName(name);
  const ascii = safe
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\;]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
