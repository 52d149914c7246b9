/**
 * Vietnamese folding for search: NFD, strip combining marks, đ→d, lower case. Applied to both the indexed
 * text and the query, so `dang ky khai sinh` finds `Đăng ký khai sinh` (stack.md §0.2: unicode61 and
 * collations do not fold đ).
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Lower-cased NFC text: the form used to match "exact diacritic" hits. */
export function nfcLower(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

/** Split text into word tokens (letters and digits), after folding. */
export function foldTokens(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
