/** The SQL of the DVCQG catalogue services (LayThuTuc, LayDanhSachTTHC, LayDanhMucCoQuan, LayDanhMucLinhVuc). */
import type { Conn } from '../../federation/transport/conn.ts';


/** Published procedure versions in force on `day`, with their sector's name: one row per procedure. */
export async function proceduresInForce(db: Conn, day: string) {
  return db
    .selectFrom('procedureVersions as v')
    .leftJoin('sectors as s', 's.code', 'v.sectorCode')
    .select(['v.id', 'v.code', 'v.name', 'v.sectorCode', 'v.onlineLevel', 'v.levels', 's.name as sectorName'])
    .where('v.status', '=', 'published')
    .where('v.effectiveFrom', '<=', day)
    .where((eb) => eb.or([eb('v.effectiveTo', 'is', null), eb('v.effectiveTo', '>', day)]))
    .distinctOn('v.code')
    .orderBy('v.code')
    .orderBy('v.effectiveFrom', 'desc')
    .execute();
}

/** Agencies open on `day` (all of them, or those of `codes`). */
export async function agenciesOpen(db: Conn, day: string, codes?: readonly string[]) {
  if (codes && codes.length === 0) return [];
  let q = db
    .selectFrom('agencies as a')
    .leftJoin('agencies as p', 'p.id', 'a.parentId')
    .select(['a.code', 'a.name', 'a.level', 'a.kind', 'a.nodeCode', 'p.code as parentCode'])
    .where('a.validFrom', '<=', day)
    .where((eb) => eb.or([eb('a.validTo', 'is', null), eb('a.validTo', '>', day)]));
  if (codes) q = q.where('a.code', 'in', codes);
  return q.orderBy('a.level').orderBy('a.code').execute();
}

/** Sectors in use (not closed). */
export async function openSectors(db: Conn) {
  return db.selectFrom('sectors').select(['code', 'name', 'ministryCode']).where('validTo', 'is', null).orderBy('code').execute();
}

export async function sectorMinistry(db: Conn, code: string): Promise<string | null> {
  const r = await db.selectFrom('sectors').select('ministryCode').where('code', '=', code).executeTakeFirst();
  return r?.ministryCode ?? null;
}
