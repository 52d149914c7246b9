/**
 * PostgreSQL pg_trgm's `similarity` and `word_similarity`, computed in process so the in-memory search ranks
 * exactly as the SQL did. A word is a run of letters and digits; each word is padded with two spaces before
 * and one after ("  word "), and its trigrams are the 3-character windows. Results are float4 like pg_trgm's
 * (Math.fround), so ties and the `<%` threshold (0.6) compare the same way. Multi-byte trigrams are compared
 * as strings where pg_trgm compares a 3-byte CRC of them: only a CRC collision could differ.
 */

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Trigrams of `s` in order, duplicates kept (pg_trgm generate_trgm_only). Input is already lower case. */
export function trigramList(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    const chars = [' ', ' ', ...m[0], ' '];
    for (let i = 0; i + 3 <= chars.length; i++) out.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return out;
}

export function trigramSet(s: string): Set<string> {
  return new Set(trigramList(s));
}

/** CALCSML with DIVUNION: count / (len1 + len2 - count) in float4. */
function calcSml(count: number, len1: number, len2: number): number {
  return Math.fround(Math.fround(count) / Math.fround(len1 + len2 - count));
}

/** pg_trgm similarity(a, b) from the two trigram sets. */
export function similarityOfSets(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return calcSml(common, a.size, b.size);
}

/** pg_trgm's default pg_trgm.word_similarity_threshold, as the float4 the `<%` operator compares against. */
export const WORD_SIMILARITY_THRESHOLD = Math.fround(0.6);

/**
 * pg_trgm word_similarity(query, text): the greatest similarity between the query's trigram set and any
 * continuous extent of the text's ordered trigrams (iterate_word_similarity, without the strict and
 * check-only flags), given the query's trigram set and the text's trigram list.
 */
export function wordSimilarity(query: ReadonlySet<string>, text: readonly string[]): number {
  const ulen1 = query.size;
  // number the distinct trigrams; found[j] = trigram j is in the query
  const ids = new Map<string, number>();
  const found: boolean[] = [];
  for (const t of query) {
    ids.set(t, found.length);
    found.push(true);
  }
  const idx = text.map((t) => {
    let j = ids.get(t);
    if (j === undefined) {
      j = found.length;
      ids.set(t, j);
      found.push(false);
    }
    return j;
  });
  const lastpos = new Array<number>(found.length).fill(-1);
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let smlrMax = 0;
  for (let i = 0; i < idx.length; i++) {
    const t = idx[i]!;
    if (lower >= 0 || found[t]) {
      if (lastpos[t]! < 0) {
        ulen2++;
        if (found[t]) count++;
      }
      lastpos[t] = i;
    }
    if (!found[t]) continue;
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
      const tt = idx[tmpLower]!;
      if (lastpos[tt] === tmpLower) {
        tmpUlen2--;
        if (found[tt]) tmpCount--;
      }
    }
    smlrMax = Math.max(smlrMax, smlrCur);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tt = idx[tmpLower]!;
      if (lastpos[tt] === tmpLower) lastpos[tt] = -1;
    }
  }
  return smlrMax;
}
