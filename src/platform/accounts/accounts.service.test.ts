import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { accountInputFromClaims, saveAccount } from './accounts.service.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.destroy();
});

async function count(): Promise<number> {
  return (await t.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
}

describe('accounts from e-ID claims', () => {
  it('maps DVCQG claims of a citizen and records the level of assurance; upserts by personal ID', async () => {
    const input = accountInputFromClaims({
      sub: 'abc',
      LoaiTaiKhoan: '1',
      SoDinhDanh: '038087012345',
      HoVaTen: 'Lê Văn Thành',
      NgayThangNamSinh: '12/04/1987',
      GioiTinh: 'Nam',
      loAs: '2',
    });
    const a = await saveAccount(t.db, input, { login: true });
    expect(a).toMatchObject({ kind: 'citizen', personalId: '038087012345', birthDate: '1987-04-12', gender: 'male', loa: 2 });
    expect(a.lastLoginAt).not.toBeNull();
    const b = await saveAccount(t.db, { ...input, loa: 3 });
    expect(b.id).toBe(a.id);
    expect(b.loa).toBe(3);
  });

  it('maps an enterprise (LoaiTaiKhoan 2) by tax code', async () => {
    const a = await saveAccount(t.db, accountInputFromClaims({ LoaiTaiKhoan: '2', MaSoThue: '0100233488', TenDoanhNghiep: 'Công ty A', loAs: 2 }));
    expect(a).toMatchObject({ kind: 'organisation', taxCode: '0100233488', personalId: null });
  });

  it('refuses invalid personal IDs and tax codes and writes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ LoaiTaiKhoan: '1', SoDinhDanh: '03808701234', HoVaTen: 'A' }, 'invalid-personal-id'],
      [{ LoaiTaiKhoan: '1', SoDinhDanh: '099087012345', HoVaTen: 'A' }, 'invalid-personal-id'],
      [{ LoaiTaiKhoan: '1', SoDinhDanh: '038087012345', HoVaTen: 'A', NgayThangNamSinh: '1990-01-01' }, 'invalid-personal-id'],
      [{ LoaiTaiKhoan: '1', SoDinhDanh: '038087012345', HoVaTen: 'A', GioiTinh: 'Nữ' }, 'invalid-personal-id'],
      [{ LoaiTaiKhoan: '1', HoVaTen: 'A' }, 'invalid-personal-id'],
      [{ LoaiTaiKhoan: '2', MaSoThue: '0100233489', TenDoanhNghiep: 'B' }, 'invalid-tax-code'],
      [{ LoaiTaiKhoan: '2', MaSoThue: '0100233488-000', TenDoanhNghiep: 'B' }, 'invalid-tax-code'],
    ];
    for (const [claims, code] of cases) {
      await expect(saveAccount(t.db, accountInputFromClaims(claims))).rejects.toMatchObject({ code });
    }
    expect(await count()).toBe(before);
  });
});
