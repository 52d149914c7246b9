/**
 * The public search over the catalogue, served from an in-memory index per process and database
 * (search.index.ts has the ranking). The index is a cache that can always be rebuilt from PostgreSQL, so
 * processes stay stateless (product.md): every search reads the catalogue revision (one primary-key lookup;
 * triggers bump it in the transaction of every catalogue write, migration 0301) and rebuilds when it moved,
 * so a change committed through any process is visible to the next search everywhere — no cache lifetime.
 * Concurrent searches share revision reads, but only reads that started after they arrived (so none can
 * miss a commit that preceded it): at most one read is in flight per database and process, and searches
 * arriving meanwhile share the next one. Concurrent searches that find the index stale share one rebuild. The index holds every published version with its effective
 * period and filters by day at query time, so the date changing at midnight needs no rebuild.
 */
import type { Db } from '../../db/connect.ts';
import { foldTokens } from '../../lib/fold.ts';
import type { SearchItem, SearchQuery } from './catalogue.ts';
import { lowerWords, vnToday } from './catalogue.service.ts';
import { buildSearchIndex, searchIndex, type PreparedQuery, type SearchIndex } from './search.index.ts';
import { loadSearchRows, readRevision } from './search.repository.ts';

/** Longest query accepted (characters); the route rejects longer ones with 400. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words are used (a pasted paragraph should not cost much). */
const MAX_TOKENS = 12;

export function prepareQuery(q: string): PreparedQuery {
  const tokens = foldTokens(q).slice(0, MAX_TOKENS);
  const lower = lowerWords(q).split(' ').slice(0, MAX_TOKENS).join(' ');
  return { lower, folded: tokens.join(' '), tokens };
}

interface IndexState {
  current?: SearchIndex;
  building?: Promise<SearchIndex>;
  /** The revision read in flight, and the one that will start when it ends (shared by later arrivals). */
  reading?: Promise<number>;
  nextRead?: Promise<number>;
}

const states = new WeakMap<Db, IndexState>();

async function rebuild(db: Db, state: IndexState): Promise<SearchIndex> {
  // one rebuild at a time per database: later callers wait for the running one, then check again
  state.building ??= (async () => {
    try {
      const { revision, rows } = await loadSearchRows(db);
      const ix = buildSearchIndex(revision, rows);
      if (!state.current || state.current.revision <= ix.revision) state.current = ix;
      return state.current;
    } finally {
      state.building = undefined;
    }
  })();
  return state.building;
}

function startRead(db: Db, state: IndexState): Promise<number> {
  const p = readRevision(db).finally(() => {
    if (state.reading === p) state.reading = undefined;
  });
  state.reading = p;
  return p;
}

/** The catalogue revision, read by a query that started after this call. */
function freshRevision(db: Db, state: IndexState): Promise<number> {
  if (!state.reading) return startRead(db, state);
  // the read in flight may have started before we arrived: share the next one
  state.nextRead ??= state.reading
    .catch(() => undefined)
    .then(() => {
      state.nextRead = undefined;
      return state.reading ?? startRead(db, state);
    });
  return state.nextRead;
}

/** The index at least as new as the catalogue revision committed now. */
export async function currentSearchIndex(db: Db): Promise<SearchIndex> {
  let state = states.get(db);
  if (!state) {
    state = {};
    states.set(db, state);
  }
  const revision = await freshRevision(db, state);
  for (;;) {
    if (state.current && state.current.revision >= revision) return state.current;
    const ix = await rebuild(db, state);
    if (ix.revision >= revision) return ix;
  }
}

/** Published procedures in force on `day` (default today) matching the query, best match first. */
export async function searchProcedures(
  db: Db,
  query: SearchQuery,
  day: string = vnToday(),
): Promise<{ items: SearchItem[]; total: number }> {
  const pq = prepareQuery(query.q);
  // Text without a single letter or digit (only punctuation or operators) matches nothing; no text browses.
  if (query.q.trim() && pq.tokens.length === 0) return { items: [], total: 0 };
  return searchIndex(await currentSearchIndex(db), pq, query, day);
}
