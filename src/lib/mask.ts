/**
 * Masking a person's or organisation's name for public pages (tracking by code): one fixed shape, whatever the
 * name — the first letter of the name as written, then "***" ("Nguyễn Văn An" → "N***", "Lê Thị Hồng Nhung" →
 * "L***") — so neither the number of words nor their lengths leak; with the code, the procedure and the dates
 * the owner still recognises their dossier.
 */
export const MASK_TAIL = '***';

export function maskName(name: string): string {
  const first = [...name.normalize('NFC').trim()][0];
  // a letter or digit only (never punctuation or an emoji); nothing usable: a fixed four-character mask
  return (first && /[\p{L}\p{N}]/u.test(first) ? first.toLocaleUpperCase('vi') : '*') + MASK_TAIL;
}
