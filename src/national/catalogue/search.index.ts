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
 * force on the requested day count; filters narrow every tier. Text never reaches SQL.
 */
import type { SearchItem, SearchQuery } from './catalogue.ts';
import type { SearchRow } from './search.repository.ts';
import { similarityOfSets, trigramList, trigramSet, wordSimilarity, WORD_SIMILARITY_THRESHOLD } from './trigram.ts';

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
  trigrams: Set<string>;
}

export interface SearchIndex {
  revision: number;
  entries: Entry[];
  /** lexeme → ids of the entries having it, ascending. */
  postings: Map<string, number[]>;
  /** Every lexeme, sorted by code unit, for prefix ranges. */
  lexemes: string[];
  /** trigram → ids of the entries having it, ascending (candidates for the typo tier). */
  trigramPostings: Map<string, number[]>;
}

function addPosting(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

export function buildSearchIndex(revision: number, rows: SearchRow[]): SearchIndex {
  const postings = new Map<string, number[]>();
  const trigramPostings = new Map<string, number[]>();
  const entries = rows.map((r, id): Entry => {
    const trigrams = trigramSet(r.nameFold);
    for (const w of r.lexemes) addPosting(postings, w, id);
    for (const t of trigrams) addPosting(trigramPostings, t, id);
    return { ...r, foldLength: [...r.nameFold].length, trigrams };
  });
  const lexemes = [...postings.keys()].sort();
  return { revision, entries, postings, lexemes, trigramPostings };
}

/** Ids of the entries with a lexeme starting with `prefix` (tsquery `prefix:*`). */
function prefixIds(ix: SearchIndex, prefix: string): Set<number> {
  const out = new Set<number>();
  let lo = 0;
  let hi = ix.lexemes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.lexemes[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ix.lexemes.length && ix.lexemes[i]!.startsWith(prefix); i++) {
    for (const id of ix.postings.get(ix.lexemes[i]!)!) out.add(id);
  }
  return out;
}

/** Entries matching the tsquery `t1 & t2 & … & tn:*`. */
function wordMatches(ix: SearchIndex, tokens: string[]): Set<number> {
  let acc = prefixIds(ix, tokens[tokens.length - 1]!);
  for (const t of new Set(tokens.slice(0, -1))) {
    const list = ix.postings.get(t);
    if (!list) return new Set();
    const here = new Set(list);
    acc = new Set([...acc].filter((id) => here.has(id)));
    if (!acc.size) break;
  }
  return acc;
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

interface Hit {
  id: number;
  tier: number;
  score: number;
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

function page(ix: SearchIndex, hits: Hit[], q: SearchQuery): { items: SearchItem[]; total: number } {
  const E = ix.entries;
  hits.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.score - a.score ||
      E[a.id]!.foldLength - E[b.id]!.foldLength ||
      E[a.id]!.codeRank - E[b.id]!.codeRank,
  );
  return { items: hits.slice(q.offset, q.offset + q.limit).map((h) => item(E[h.id]!)), total: hits.length };
}

/** Tiers 0–3: the folded phrase anywhere in the name, or every word (the last as a prefix). */
function strictHits(ix: SearchIndex, pq: PreparedQuery, q: SearchQuery, day: string): Hit[] {
  const words = wordMatches(ix, pq.tokens);
  const qTrigrams = trigramSet(pq.folded);
  const hits: Hit[] = [];
  ix.entries.forEach((e, id) => {
    const phrase = e.nameFold.includes(pq.folded);
    if (!phrase && !words.has(id)) return;
    if (!passes(e, q, day)) return;
    const tier = e.nameLower.includes(pq.lower) ? 0 : e.nameFold.startsWith(pq.folded) ? 1 : phrase ? 2 : 3;
    hits.push({ id, tier, score: similarityOfSets(e.trigrams, qTrigrams) });
  });
  return hits;
}

/** Tier 4: word similarity ≥ 0.6. An entry sharing fewer than 60% of the query's trigrams cannot reach it. */
function typoHits(ix: SearchIndex, pq: PreparedQuery, q: SearchQuery, day: string): Hit[] {
  const qTrigrams = trigramSet(pq.folded);
  const shared = new Map<number, number>();
  for (const t of qTrigrams) for (const id of ix.trigramPostings.get(t) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const hits: Hit[] = [];
  for (const [id, n] of shared) {
    if (n < qTrigrams.size * 0.59) continue;
    const e = ix.entries[id]!;
    if (!passes(e, q, day)) continue;
    const score = wordSimilarity(qTrigrams, trigramList(e.nameFold));
    if (score >= WORD_SIMILARITY_THRESHOLD) hits.push({ id, tier: 4, score });
  }
  return hits;
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
  const strict = strictHits(ix, pq, q, day);
  return page(ix, strict.length ? strict : typoHits(ix, pq, q, day), q);
}
