import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { foldWords } from './catalogue.service.ts';
import { generateSyntheticProcedures } from './synthetic.ts';
import { distinctSorted, similarity, TrigramDictionary, wordSimilarity, WORD_SIMILARITY_THRESHOLD } from './trigram.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.destroy();
});

describe('trigram similarity in process', () => {
  it('agrees with pg_trgm similarity, word_similarity and <% on names and typed queries', async () => {
    const names = generateSyntheticProcedures(60, 3).map((p) => foldWords(p.name));
    names.push('dang ky khai sinh', 'cap giay phep lai xe', 'a', 'x y z', '14 tuoi', 'cap iii cap iv');
    const queries = ['dang ky khai snh', 'giay phep', 'cap lai giay phep lai xe', 'thu hoi', 'xac nhn', 'iii', 'a b', 'lao dong nuoc ngoai', 'gp'];
    const r = await sql<{ n: string; q: string; s: number; w: number; op: boolean }>`
      select n, q, similarity(n, q) as s, word_similarity(q, n) as w, q <% n as op
      from unnest(${names}::text[]) n cross join unnest(${queries}::text[]) q
    `.execute(t.db);
    expect(r.rows).toHaveLength(names.length * queries.length);
    const dict = new TrigramDictionary();
    const lists = new Map(names.map((n) => [n, dict.add(n)]));
    const lastpos = new Int32Array(dict.ids.size).fill(-1);
    for (const row of r.rows) {
      const list = lists.get(row.n)!;
      const qt = dict.lookup(row.q);
      const inQuery = new Uint8Array(dict.ids.size);
      for (const id of qt.known) inQuery[id] = 1;
      const w = wordSimilarity(inQuery, qt.size, list, lastpos);
      expect({ n: row.n, q: row.q, s: similarity(distinctSorted(list), qt), w, op: w >= WORD_SIMILARITY_THRESHOLD }).toEqual({
        n: row.n, q: row.q, s: Math.fround(row.s), w: Math.fround(row.w), op: row.op,
      });
    }
  });
});
