/** The portal's feed of the shipped demo catalogue: every version in it is one a local system accepts. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { seedDemo } from '../../demo/seed.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { applyChanges } from './apply.ts';
import { readFeed } from './feed.ts';
import { ChangesBody } from './schemas.ts';

let t: TestDb;
let local: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  local = await createTestDb();
  await seedDemo(t.db, () => {}, 'national');
  await seedDemo(local.db, () => {}, 'local');
});
afterAll(async () => {
  await t?.destroy();
  await local?.destroy();
});

it('every published version of the shipped catalogue is in the feed, in a shape the local systems accept', async () => {
  const feed = await readFeed(t.db, 0, 500);
  const published = await t.db.selectFrom('procedureVersions').select('id').where('status', '<>', 'draft').execute();
  expect(new Set(feed.changes.map((c) => c.version.id))).toEqual(new Set(published.map((p) => p.id)));
  const body = { inReplyTo: 'x', ...feed };
  const errors = [...Value.Errors(ChangesBody, body)].slice(0, 5).map((e) => `${e.instancePath}: ${e.message}`);
  expect(errors).toEqual([]);
});

it('a local system of the demo adopts the versions it seeded itself: nothing is added twice', async () => {
  const before = await local.db.selectFrom('procedureVersions').select('id').execute();
  const feed = await readFeed(t.db, 0, 500);
  const r = await applyChanges(local.db, feed.changes);
  expect(r.added).toBe(0);
  expect(r.updated).toBe(feed.changes.length);
  expect(await local.db.selectFrom('procedureVersions').select('id').execute()).toHaveLength(before.length);
  expect(await local.db.selectFrom('procedureVersions').select('id').where('nationalId', 'is', null).where('status', '<>', 'draft').execute()).toHaveLength(0);
});
