/** The importers on the real shared data files (read by path, never copied into the repository). */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { importAllAdminUnits, importCurrentUnits, importPre2025Units } from './admin-unit.import.ts';
import { findUnit, linkedUnits, listUnits } from './admin-unit.repository.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const DATA = path.resolve(repoRoot, '../shared/data');

let t: TestDb;
let first: Awaited<ReturnType<typeof importAllAdminUnits>>;
beforeAll(async () => {
  t = await createTestDb();
  first = await importAllAdminUnits(t.db, DATA);
}, 120_000);
afterAll(async () => {
  await t.destroy();
});

async function count(level: string, date: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from admin_units
    where level = ${level} and valid_from <= ${date}::date and (valid_to is null or valid_to > ${date}::date)`.execute(
    t.db,
  );
  return r.rows[0]!.n;
}

describe('importing the real administrative units', () => {
  it('has 34 provinces and 3,321 communes on 2025-07-01, and 63 / 696 / 10,035 the day before', async () => {
    expect(await count('province', '2025-07-01')).toBe(34);
    expect(await count('commune', '2025-07-01')).toBe(3321);
    expect(await count('district', '2025-07-01')).toBe(0);
    expect(await count('province', '2025-06-30')).toBe(63);
    expect(await count('district', '2025-06-30')).toBe(696);
    expect(await count('commune', '2025-06-30')).toBe(10035);
    expect(await count('commune', '2026-07-25')).toBe(3321);
    expect(first.current.rejected).toEqual([]);
    // 34 + 1 provinces (Thành phố Đồng Nai from 2026-04-30), 3,321 + 10 communes, 11 rename links.
    expect(first.current.inserted).toBe(35 + 3331 + 11);
    expect(first.pre2025.rejected).toEqual([]);
  });

  it('keeps Thanh Hóa as 38 with its 166 communes', async () => {
    const th = await findUnit(t.db, 'province', '38', '2025-07-01', true);
    expect(th).toMatchObject({ code: '38', name: 'Thanh Hóa', fullName: 'Tỉnh Thanh Hóa' });
    const communes = await listUnits(t.db, {
      level: 'commune',
      parentCode: '38',
      date: '2025-07-01',
      limit: 1,
      offset: 0,
    });
    expect(communes.total).toBe(166);
  });

  it('links Phường Hồng Hà (00097, Hà Nội) to the communes it replaced, Phúc Xá 00001 among them', async () => {
    const hongHa = await findUnit(t.db, 'commune', '00097', '2025-07-01', true);
    expect(hongHa).toMatchObject({ fullName: 'Phường Hồng Hà', parentCode: '01' });
    const replaced = await linkedUnits(t.db, hongHa!.id, 'replaced');
    expect(replaced.map((r) => r.code)).toContain('00001');
    expect(replaced.find((r) => r.code === '00001')).toMatchObject({
      fullName: 'Phường Phúc Xá',
      kind: 'full',
      effectiveDate: '2025-07-01',
    });
    const phucXa = await findUnit(t.db, 'commune', '00001', '2025-06-30', true);
    expect(phucXa).toMatchObject({ parentLevel: 'district', parentCode: '001' });
    expect((await linkedUnits(t.db, phucXa!.id, 'replacedBy')).map((r) => r.code)).toEqual(['00097']);
  });

  it('links old provinces to new ones (Hà Giang 02 → Tuyên Quang 08)', async () => {
    const tq = await findUnit(t.db, 'province', '08', '2025-07-01', true);
    expect((await linkedUnits(t.db, tq!.id, 'replaced')).map((r) => r.code).sort()).toEqual(['02', '08']);
  });

  it('versions the 2026 Đồng Nai changes: Xã Lộc Ninh until 2026-04-30, Phường Lộc Ninh after', async () => {
    expect(await findUnit(t.db, 'commune', '25270', '2026-04-29', true)).toMatchObject({
      fullName: 'Xã Lộc Ninh',
      validTo: '2026-04-30',
    });
    const now = await findUnit(t.db, 'commune', '25270', '2026-05-01', true);
    expect(now).toMatchObject({ fullName: 'Phường Lộc Ninh', parentCode: '75', validFrom: '2026-04-30' });
    expect(await findUnit(t.db, 'province', '75', '2026-05-01', true)).toMatchObject({
      fullName: 'Thành phố Đồng Nai',
    });
    expect((await linkedUnits(t.db, now!.id, 'replaced')).map((r) => r.fullName)).toEqual(['Xã Lộc Ninh']);
    // Tone-mark-only respellings are not versions.
    expect(await findUnit(t.db, 'province', '56', '2026-07-25', true)).toMatchObject({
      fullName: 'Tỉnh Khánh Hòa',
      validFrom: '2025-07-01',
    });
  });

  it('links 10,599 rows but the ones whose old code is not in the 1 March 2025 list, and corrects the two wrong new codes', async () => {
    const l = first.links;
    expect(l.rejected.length).toBe(12);
    for (const r of l.rejected) expect(r.reasons.join(' ')).toMatch(/not in force the day before 2025-07-01/);
    expect(l.corrected.map((c) => c.note).join('\n')).toMatch(/06970.*06978/);
    expect(l.corrected.map((c) => c.note).join('\n')).toMatch(/23737.*23938/);
    expect(l.inserted).toBe(10599 + 63 - 12);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const again = await importAllAdminUnits(t.db, DATA);
    for (const r of [again.current, again.pre2025, again.links]) {
      expect(r.inserted).toBe(0);
      expect(r.updated).toBe(0);
    }
    expect(again.current.unchanged).toBe(first.current.inserted);
    expect(again.pre2025.unchanged).toBe(10035 + 696 + 63);
  });
  it('treats the current files as the whole truth from 2025-07-01: a version they drop is deleted', async () => {
    const src = path.join(DATA, 'admin-units-2025-current');
    const dir = mkdtempSync(path.join(tmpdir(), 'units-'));
    for (const f of ['provinces_34.csv', 'wards_2025-07-01.csv'])
      copyFileSync(path.join(src, f), path.join(dir, f));
    const changes = readFileSync(path.join(src, 'ward_changes_2025-07-01_to_2026-07-25.csv'), 'utf8');
    writeFileSync(
      path.join(dir, 'ward_changes_2025-07-01_to_2026-07-25.csv'),
      changes
        .split('\n')
        .filter((l) => !l.includes(',25270,'))
        .join('\n'),
    );
    const r = await importCurrentUnits(t.db, dir);
    expect(r).toMatchObject({ inserted: 0, updated: 1, removed: 1, rejected: [] });
    expect(await findUnit(t.db, 'commune', '25270', '2026-05-01', true)).toMatchObject({
      fullName: 'Xã Lộc Ninh',
      validTo: null,
    });
    const back = await importCurrentUnits(t.db, src);
    expect(back).toMatchObject({ inserted: 2, updated: 1, removed: 0 });
    expect(await findUnit(t.db, 'commune', '25270', '2026-05-01', true)).toMatchObject({
      fullName: 'Phường Lộc Ninh',
    });
  });

  it('never lets two versions of a unit overlap', async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql`insert into admin_units (code, name, full_name, level, valid_from)
          values ('38', 'Thanh Hóa', 'Tỉnh Thanh Hóa', 'province', '2026-01-01')`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '23P01' });
  });
});

describe('malformed files', () => {
  it('rejects malformed rows with reasons and writes nothing in strict mode', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'units-'));
    writeFileSync(
      path.join(dir, 'provinces_63.csv'),
      'province_code,province_name\n97,Tỉnh Thử Nghiệm\n7,Tỉnh Sai\n98,Không Tiền Tố\n',
    );
    writeFileSync(
      path.join(dir, 'districts.csv'),
      'district_code,district_name,province_code,ward_count\n990,Quận Một,97,1\n991,Quận Hai,99,1\n',
    );
    writeFileSync(
      path.join(dir, 'wards.csv'),
      `ward_code,ward_name,district_code,district_name,province_code,province_name\n99001,Phường ${'A'.repeat(300)},990,x,97,x\n99002,Phường Tốt,990,x,97,x\n99003,Phường Lạc,990,x,01,x\n`,
    );
    const before = await sql<{ n: number }>`select count(*)::int as n from admin_units`.execute(t.db);
    await expect(importPre2025Units(t.db, dir, { strict: true })).rejects.toMatchObject({
      code: 'import-format-invalid',
    });
    const after = await sql<{ n: number }>`select count(*)::int as n from admin_units`.execute(t.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    const report = await importPre2025Units(t.db, dir, { validFrom: '2024-01-01' });
    expect(report.rejected).toEqual([
      { file: 'provinces_63.csv', row: 3, reasons: ['province code "7" is malformed'] },
      {
        file: 'provinces_63.csv',
        row: 4,
        reasons: ['name "Không Tiền Tố" has no known province type prefix'],
      },
      { file: 'districts.csv', row: 3, reasons: ['unknown province 99'] },
      { file: 'wards.csv', row: 2, reasons: ['name is longer than 200 characters'] },
      { file: 'wards.csv', row: 4, reasons: ['district 990 is in province 97, not 01'] },
    ]);
    expect(report.inserted).toBe(3);
  });

  it('refuses a file without the required columns', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'units-'));
    writeFileSync(path.join(dir, 'provinces_34.csv'), 'Ma,Ten\n01,Hà Nội\n');
    writeFileSync(
      path.join(dir, 'wards_2025-07-01.csv'),
      'ward_code,ward_name,province_code,province_name\n',
    );
    writeFileSync(
      path.join(dir, 'ward_changes_2025-07-01_to_2026-07-25.csv'),
      'change,ward_code,name_2025_07_01,name_current\n',
    );
    await expect(importCurrentUnits(t.db, dir)).rejects.toMatchObject({ code: 'import-format-invalid' });
  });
});
