/**
 * PostgreSQL pg_trgm's `similarity` and `word_similarity`, computed in process so the in-memory search ranks
 * exactly as the SQL did. A word is a run of letters and digits; each word is padded with two spaces before
 * and one after ("  word "), and its trigrams are the 3-character windows. Results are float4 like pg_trgm's
 * (Math.fround), so ties and the `<%` threshold (0.6) compare the same way. Multi-byte trigrams are compared
 * as strings where pg_trgm compares a 3-byte CRC of them: only a CRC collision could differ.
 *
 * Trigrams are numbered by a dictionary (one per search index) so the hot paths work on integer arrays.
 */

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Trigrams of `s` in order, duplicates kept (pg_trgm generate_trgm_only). Input is already lower case. */
export function trigramList(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    const padded = `  ${m[0]} `;
    if (/[\uD800-\uDFFF]/.test(padded)) {
      // characters outside the BMP: window over code points, not UTF-16 units
      const chars = [...padded];
      for (let i = 0; i + 3 <= chars.length; i++) out.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
    } else {
      for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
    }
  }
  return out;
}

/** Numbers trigrams; ids are dense from 0. */
export class TrigramDictionary {
  readonly ids = new Map<string, number>();

  /** Ids of the trigrams of `s` in order; unknown trigrams are added. */
  add(s: string): Int32Array {
    const list = trigramList(s);
    const out = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const t = list[i]!;
      let id = this.ids.get(t);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(t, id);
      }
      out[i] = id;
    }
    return out;
  }

  /** The query's distinct trigrams: the known ids, and how many there are in all (unknown ones included). */
  lookup(s: string): { known: number[]; size: number } {
    const distinct = new Set(trigramList(s));
    const known: number[] = [];
    for (const t of distinct) {
      const id = this.ids.get(t);
      if (id !== undefined) known.push(id);
    }
    return { known, size: distinct.size };
  }
}

/** Sorted distinct ids of a trigram id list. */
export function distinctSorted(list: Int32Array): Int32Array {
  return Int32Array.from(new Set(list)).sort();
}

/** CALCSML with DIVUNION: count / (len1 + len2 - count) in float4. */
function calcSml(count: number, len1: number, len2: number): number {
  return Math.fround(Math.fround(count) / Math.fround(len1 + len2 - count));
}

function contains(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** pg_trgm similarity(text, query): `text` as sorted distinct ids, the query as from `lookup`. */
export function similarity(text: Int32Array, query: { known: number[]; size: number }): number {
  if (text.length === 0 || query.size === 0) return 0;
  let common = 0;
  for (const id of query.known) if (contains(text, id)) common++;
  return calcSml(common, text.length, query.size);
}

/** pg_trgm's default pg_trgm.word_similarity_threshold, as the float4 the `<%` operator compares against. */
export const WORD_SIMILARITY_THRESHOLD = Math.fround(0.6);

/**
 * pg_trgm word_similarity(query, text): the greatest similarity between the query's trigram set and any
 * continuous extent of the text's ordered trigrams (iterate_word_similarity, without the strict and
 * check-only flags). `inQuery[id]` is 1 for the query's known trigrams; `ulen1` counts all its distinct
 * trigrams; `lastpos` is scratch space of the dictionary's size filled with -1, left so on return.
 */
export function wordSimilarity(inQuery: Uint8Array, ulen1: number, text: Int32Array, lastpos: Int32Array): number {
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let smlrMax = 0;
  for (let i = 0; i < text.length; i++) {
    const t = text[i]!;
    const found = inQuery[t] === 1;
    if (lower >= 0 || found) {
      if (lastpos[t]! < 0) {
        ulen2++;
        if (found) count++;
      }
      lastpos[t] = i;
    }
    if (!found) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let smlrCur = calcSml(count, ulen1, ulen2);
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= upper; tmpLower++) {
      const smlrTmp = calcSml(tmpCount, ulen1, tmpUlen2);
      if (smlrTmp > smlrCur) {
        smlrCur = smlrTmp;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      const tt = text[tmpLower]!;
      if (lastpos[tt] === tmpLower) {
        tmpUlen2--;
        if (inQuery[tt] === 1) tmpCount--;
      }
    }
    smlrMax = Math.max(smlrMax, smlrCur);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tt = text[tmpLower]!;
      if (lastpos[tt] === tmpLower) lastpos[tt] = -1;
    }
  }
  for (const t of text) lastpos[t] = -1;
  return smlrMax;
}
