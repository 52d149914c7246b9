/** The committed seed: 34 provinces, the demo provinces' communes and links, and the demo agencies. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../../test/db.ts';
import { findUnit, linkedUnits, listUnits } from '../admin-unit.repository.ts';
import { agencyAncestors, findAgencyByCode } from '../agency.repository.ts';
import { seedDemoAgencies } from '../demo-agencies.ts';
import { seedAdminUnits } from './seed.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.destroy();
});

describe('seedAdminUnits', () => {
  it('loads the 34 provinces and the communes of Thanh Hóa and Quảng Ninh, idempotently', async () => {
    const first = await seedAdminUnits(t.db);
    expect(first.rejected).toEqual([]);
    expect(first.inserted).toBeGreaterThan(1000);
    expect(
      (await listUnits(t.db, { level: 'province', date: '2025-07-01', limit: 100, offset: 0 })).total,
    ).toBe(34);
    expect(
      (await listUnits(t.db, { level: 'commune', parentCode: '38', date: '2025-07-01', limit: 1, offset: 0 }))
        .total,
    ).toBe(166);
    expect(
      (await listUnits(t.db, { level: 'commune', parentCode: '22', date: '2025-07-01', limit: 1, offset: 0 }))
        .total,
    ).toBe(54);
    const again = await seedAdminUnits(t.db);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: first.inserted });
  });

  it('knows what Phường Hạc Thành replaced, and the old districts of Thanh Hóa', async () => {
    const hac = await findUnit(t.db, 'commune', '14797', '2025-07-01', true);
    const replaced = await linkedUnits(t.db, hac!.id, 'replaced');
    expect(replaced.length).toBeGreaterThan(1);
    expect(replaced.every((r) => r.validTo === '2025-07-01')).toBe(true);
    expect(
      (
        await listUnits(t.db, {
          level: 'district',
          parentCode: '38',
          date: '2025-06-30',
          limit: 1,
          offset: 0,
        })
      ).total,
    ).toBeGreaterThan(20);
    // Ba Chẽ's wrong code in the mapping (06970) was corrected to the official 06978.
    const baChe = await findUnit(t.db, 'commune', '06978', '2025-07-01', true);
    expect((await linkedUnits(t.db, baChe!.id, 'replaced')).length).toBeGreaterThan(0);
  });
});

describe('seedDemoAgencies', () => {
  it('creates the federation agencies with parents, nodes and units, idempotently', async () => {
    const first = await seedDemoAgencies(t.db);
    expect(first.agencies).toBe(3 + 6 + 6 + 21);
    expect(first.oneStopUnits).toBe(2 + 3 + 3);
    const again = await seedDemoAgencies(t.db);
    expect(again).toMatchObject({ agencies: 0, oneStopUnits: 0 });
    const commune = await findAgencyByCode(t.db, '000.01.31.H56', '2025-08-01');
    expect(commune).toMatchObject({
      name: 'Ủy ban nhân dân Phường Hạc Thành',
      nodeCode: 'H56',
      kind: 'commune',
      level: 3,
    });
    const top = await findAgencyByCode(t.db, '000.00.00.H56', '2025-08-01');
    expect(await agencyAncestors(t.db, commune!.id)).toEqual([top!.id]);
    const unit = await sql<{
      code: string;
    }>`select code from admin_units where id = ${commune!.adminUnitId}`.execute(t.db);
    expect(unit.rows[0]!.code).toBe('14797');
    expect(await findAgencyByCode(t.db, '000.00.00.G22')).toMatchObject({
      kind: 'national_portal',
      level: 0,
      nodeCode: 'NATIONAL',
    });
    expect(await findAgencyByCode(t.db, '000.00.00.G66')).toBeUndefined();
    expect(await findAgencyByCode(t.db, '000.00.00.H56', '2025-06-30')).toBeUndefined();
  });
});
