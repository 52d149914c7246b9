import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { seedDemo } from './seed.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

const count = async (table: 'agencies' | 'officers' | 'procedureVersions' | 'localProcedureOfferings') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('the demo federation seed', () => {
  it('creates the demo federation, skips itself when nothing changed, and is idempotent when forced', { timeout: 120_000 }, async () => {
    const first = await seedDemo(t.db);
    expect(first).not.toBe('unchanged');
    if (first === 'unchanged') return;
    expect(first.officers).toEqual(expect.arrayContaining(['mc.h56', 'cv.h49', 'ld.g15', 'qt.h56', 'vh.national']));
    expect(first.procedures).toBeGreaterThanOrEqual(40);
    expect(first.offerings).toBeGreaterThan(0);
    const systems = await t.db.selectFrom('federationNodes').select(['code', 'status', 'baseUrl']).orderBy('code').execute();
    expect(systems).toEqual([
      { code: 'G15', status: 'active', baseUrl: '' },
      { code: 'H49', status: 'active', baseUrl: '' },
      { code: 'H56', status: 'active', baseUrl: '' },
    ]);
    // A system that registered its own address and key keeps them when the seed runs again.
    await t.db.updateTable('federationNodes').set({ baseUrl: 'http://h56.test' }).where('code', '=', 'H56').execute();
    const before = { a: await count('agencies'), o: await count('officers'), p: await count('procedureVersions'), f: await count('localProcedureOfferings') };
    expect(await seedDemo(t.db)).toBe('unchanged');
    await t.db.deleteFrom('appSettings').execute();
    const again = await seedDemo(t.db);
    expect(again).not.toBe('unchanged');
    expect({ a: await count('agencies'), o: await count('officers'), p: await count('procedureVersions'), f: await count('localProcedureOfferings') }).toEqual(before);
    expect((await t.db.selectFrom('federationNodes').select('baseUrl').where('code', '=', 'H56').executeTakeFirstOrThrow()).baseUrl).toBe('http://h56.test');
  });
});
