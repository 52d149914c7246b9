/** The public search over the catalogue (see search.repository.ts for the ranking). */
import type { Db } from '../../db/connect.ts';
import { foldTokens } from '../../lib/fold.ts';
import type { SearchItem, SearchQuery } from './catalogue.ts';
import { lowerWords, vnToday } from './catalogue.service.ts';
import { searchPublished, type PreparedQuery } from './search.repository.ts';

/** Longest query accepted (characters); the route rejects longer ones with 400. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words are used (a pasted paragraph should not make a huge tsquery). */
const MAX_TOKENS = 12;

export function prepareQuery(q: string): PreparedQuery {
  const tokens = foldTokens(q).slice(0, MAX_TOKENS);
  const lower = lowerWords(q).split(' ').slice(0, MAX_TOKENS).join(' ');
  return { lower, folded: tokens.join(' '), tokens };
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
  return searchPublished(db, pq, query, day);
}
