/**
 * The in-memory search index of one process, built from every published version (search.repository.ts).
 *
 * Ranking tiers (lower is better), then trigram similarity, then shorter name, then code — the same as the
 * SQL search it replaces:
 *   0 the NFC lower-cased name contains the query with its diacritics, as a phrase
 *   1 the folded name starts with the folded query
 *   2 the folded name contains the folded query as a phrase (so the last word may be a prefix)
 *   3 every folded word is a word of the name (as PostgreSQL's tsquery: the last word as a prefix)
 *   4 typo tolerance: pg_trgm word similarity of the folded query to the folded name ≥ 0.6, only when
 *     tiers 0–3 find nothing
 * Similarity is pg_trgm's similarity(name, query) for tiers 0–3 and word_similarity(query, name) for tier 4
 * (trigram.ts). Without words the index browses by name (the database collation's order). Only versions in
 * force on the requested day count; filters narrow every tier.
 *
 * Candidates come from inverted indexes, never from scanning every name: tier 3 from the tsvector lexemes
 * (the last word through a sorted lexeme list), tiers 0–2 from the words of name_fold (a phrase match has
 * the inner words whole and the last one as a prefix; a one-word phrase lies inside one word), tier 4 from
 * trigram postings (a name sharing fewer than 60% of the query's trigrams cannot reach 0.6). Scores are
 * computed only for the tiers the requested page reaches.
 */
import type { SearchItem, SearchQuery } from './catalogue.ts';
import type { SearchRow } from './search.repository.ts';
import { distinctSorted, similarity, TrigramDictionary, wordSimilarity, WORD_SIMILARITY_THRESHOLD } from './trigram.ts';

export interface PreparedQuery {
  /** Lower-cased NFC words joined by one space. */
  lower: string;
  /** Folded words joined by one space. */
  folded: string;
  /** Folded words (letters and digits only). */
  tokens: string[];
}

interface Entry extends SearchRow {
  /** length(name_fold) in characters (code points), as PostgreSQL counts it. */
  foldLength: number;
  /** Trigram ids of name_fold in order, and their distinct sorted set. */
  trigramList: Int32Array;
  trigramSet: Int32Array;
}

/** A term → entry ids index with its terms sorted (code-unit order) for prefix and substring look-ups. */
interface Terms {
  postings: Map<string, number[]>;
  sorted: string[];
}

export interface SearchIndex {
  revision: number;
  entries: Entry[];
  /** tsvector lexemes (tier 3). */
  lexemes: Terms;
  /** Words of name_fold (phrase candidates, tiers 0–2). */
  words: Terms;
  dict: TrigramDictionary;
  /** trigram id → ids of the entries having it (tier 4 candidates). */
  trigramPostings: number[][];
  /** Scratch for word similarity, one slot per trigram id, kept at -1. */
  lastpos: Int32Array;
}

function terms(lists: string[][]): Terms {
  const postings = new Map<string, number[]>();
  lists.forEach((list, id) => {
    for (const t of list) {
      const p = postings.get(t);
      if (!p) postings.set(t, [id]);
      else if (p[p.length - 1] !== id) p.push(id);
    }
  });
  return { postings, sorted: [...postings.keys()].sort() };
}

export function buildSearchIndex(revision: number, rows: SearchRow[]): SearchIndex {
  const dict = new TrigramDictionary();
  const entries = rows.map((r): Entry => {
    const trigramList = dict.add(r.nameFold);
    // code points: UTF-16 length minus the low halves of surrogate pairs
    const foldLength = r.nameFold.length - (r.nameFold.match(/[\uDC00-\uDFFF]/g)?.length ?? 0);
    return { ...r, foldLength, trigramList, trigramSet: distinctSorted(trigramList) };
  });
  const trigramPostings: number[][] = Array.from({ length: dict.ids.size }, () => []);
  entries.forEach((e, id) => {
    for (const t of e.trigramSet) trigramPostings[t]!.push(id);
  });
  return {
    revision,
    entries,
    lexemes: terms(rows.map((r) => r.lexemes)),
    words: terms(rows.map((r) => r.nameFold.split(' '))),
    dict,
    trigramPostings,
    lastpos: new Int32Array(dict.ids.size).fill(-1),
  };
}

/** Ids of the entries having one of `matching` terms, each once. */
function union(t: Terms, matching: Iterable<string>, n: number): number[] {
  const seen = new Uint8Array(n);
  const out: number[] = [];
  for (const term of matching) {
    for (const id of t.postings.get(term)!) {
      if (seen[id]) continue;
      seen[id] = 1;
      out.push(id);
    }
  }
  return out;
}

/** Terms starting with `prefix` (a range of the sorted terms). */
function* startingWith(t: Terms, prefix: string): Generator<string> {
  let lo = 0;
  let hi = t.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < t.sorted.length && t.sorted[i]!.startsWith(prefix); i++) yield t.sorted[i]!;
}

/** `first` narrowed to the entries having every one of `required` terms exactly. */
function narrow(t: Terms, first: number[], required: string[], n: number): number[] {
  let ids = first;
  for (const term of new Set(required)) {
    const list = t.postings.get(term);
    if (!list) return [];
    const mark = new Uint8Array(n);
    for (const id of list) mark[id] = 1;
    ids = ids.filter((id) => mark[id] === 1);
    if (!ids.length) break;
  }
  return ids;
}

function passes(e: Entry, q: SearchQuery, day: string): boolean {
  return (
    e.effectiveFrom <= day &&
    (e.effectiveTo === null || e.effectiveTo > day) &&
    (!q.sector || e.sectorCode === q.sector) &&
    (!q.level || e.levels.includes(q.level)) &&
    (!q.agency || e.agencyCodes.includes(q.agency)) &&
    (!q.onlineLevel || e.onlineLevel === q.onlineLevel)
  );
}

function item(e: Entry): SearchItem {
  return {
    code: e.code,
    name: e.name,
    sectorCode: e.sectorCode,
    sectorName: e.sectorName,
    levels: e.levels,
    onlineLevel: e.onlineLevel,
    agencyCodes: e.agencyCodes,
    versionId: e.versionId,
  };
}

interface Hit {
  id: number;
  score: number;
}

/** Sort each tier the page reaches (score desc, shorter name, code) and cut the page. */
function page(ix: SearchIndex, tiers: Hit[][], q: SearchQuery, score?: (id: number) => number): { items: SearchItem[]; total: number } {
  const E = ix.entries;
  const end = q.offset + q.limit;
  const items: SearchItem[] = [];
  let before = 0;
  for (const hits of tiers) {
    if (before < end && before + hits.length > q.offset) {
      if (score) for (const h of hits) h.score = score(h.id);
      hits.sort((a, b) => b.score - a.score || E[a.id]!.foldLength - E[b.id]!.foldLength || E[a.id]!.codeRank - E[b.id]!.codeRank);
      for (const h of hits.slice(Math.max(0, q.offset - before), end - before)) items.push(item(E[h.id]!));
    }
    before += hits.length;
  }
  return { items, total: before };
}

/** Tiers 0–3. */
function strictSearch(ix: SearchIndex, pq: PreparedQuery, q: SearchQuery, day: string): { items: SearchItem[]; total: number } | undefined {
  const n = ix.entries.length;
  const { tokens } = pq;
  const last = tokens[tokens.length - 1]!;
  const tsq = narrow(ix.lexemes, union(ix.lexemes, startingWith(ix.lexemes, last), n), tokens.slice(0, -1), n);
  const phrase =
    tokens.length === 1
      ? union(ix.words, ix.words.sorted.filter((w) => w.includes(last)), n)
      : narrow(ix.words, union(ix.words, startingWith(ix.words, last), n), tokens.slice(1, -1), n);
  const inTsq = new Uint8Array(n);
  for (const id of tsq) inTsq[id] = 1;
  const tiers: Hit[][] = [[], [], [], []];
  const seen = new Uint8Array(n);
  for (const id of [...tsq, ...phrase]) {
    if (seen[id]) continue;
    seen[id] = 1;
    const e = ix.entries[id]!;
    const contained = e.nameFold.includes(pq.folded);
    if (!contained && !inTsq[id]) continue;
    if (!passes(e, q, day)) continue;
    const tier = e.nameLower.includes(pq.lower) ? 0 : e.nameFold.startsWith(pq.folded) ? 1 : contained ? 2 : 3;
    tiers[tier]!.push({ id, score: 0 });
  }
  if (!tiers.some((t) => t.length)) return undefined;
  const qt = ix.dict.lookup(pq.folded);
  return page(ix, tiers, q, (id) => similarity(ix.entries[id]!.trigramSet, qt));
}

/** Tier 4: word similarity ≥ 0.6. */
function typoSearch(ix: SearchIndex, pq: PreparedQuery, q: SearchQuery, day: string): { items: SearchItem[]; total: number } {
  const qt = ix.dict.lookup(pq.folded);
  const shared = new Uint16Array(ix.entries.length);
  const inQuery = new Uint8Array(ix.dict.ids.size);
  for (const t of qt.known) {
    inQuery[t] = 1;
    for (const id of ix.trigramPostings[t]!) shared[id]!++;
  }
  const hits: Hit[] = [];
  shared.forEach((k, id) => {
    if (k < qt.size * 0.59) return;
    const e = ix.entries[id]!;
    if (!passes(e, q, day)) return;
    const s = wordSimilarity(inQuery, qt.size, e.trigramList, ix.lastpos);
    if (s < WORD_SIMILARITY_THRESHOLD) return;
    hits.push({ id, score: s });
  });
  return page(ix, [hits], q);
}

export function searchIndex(ix: SearchIndex, pq: PreparedQuery, q: SearchQuery, day: string): { items: SearchItem[]; total: number } {
  if (pq.tokens.length === 0) {
    // browse: the entries are already in (name_fold, code) order
    const items: SearchItem[] = [];
    let total = 0;
    for (const e of ix.entries) {
      if (!passes(e, q, day)) continue;
      if (total >= q.offset && items.length < q.limit) items.push(item(e));
      total++;
    }
    return { items, total };
  }
  return strictSearch(ix, pq, q, day) ?? typoSearch(ix, pq, q, day);
}
