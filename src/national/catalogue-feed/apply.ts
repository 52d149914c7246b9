/**
 * A local system applies the national catalogue's changes, in feed order, in one transaction with the feed number
 * it reached (so a crash applies a page fully or not at all, and a page applied twice changes nothing more). A
 * version is matched by the portal's id (`national_id`), else adopted when the local copy has the same number and
 * content (the copy both seeded); else it is added, taking the national number when free. A national publication
 * closes the local system's own versions still open then. Only procedures, versions and sectors are written: the
 * system's agencies, offerings and workflows stay its own.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { contentColumns } from '../catalogue/catalogue.service.ts';
import { insertProcedure, lockProcedure, maxVersion, upsertSector } from '../catalogue/catalogue.repository.ts';
import type { FeedVersion } from './schemas.ts';

type Conn = Db;

async function applyVersion(trx: Conn, v: FeedVersion): Promise<'added' | 'updated' | 'unchanged'> {
  if (!(await trx.selectFrom('sectors').select('code').where('code', '=', v.sector.code).executeTakeFirst()))
    await upsertSector(trx, { code: v.sector.code, name: v.sector.name, ministryCode: v.sector.ministryCode });
  const p = await insertProcedure(trx, v.code);
  await lockProcedure(trx, p.id);
  // the portal's hash of the canonical content (a hash recomputed from jsonb-read content would differ in key order)
  const cols = { ...contentColumns(v.content), contentHash: v.contentHash };
  const existing =
    (await trx.selectFrom('procedureVersions').selectAll().where('nationalId', '=', v.id).executeTakeFirst()) ??
    (await trx
      .selectFrom('procedureVersions')
      .selectAll()
      .where('procedureId', '=', p.id)
      .where('version', '=', v.version)
      .where('contentHash', '=', cols.contentHash)
      .where('nationalId', 'is', null)
      .where('status', '<>', 'draft')
      .executeTakeFirst());
  if (existing) {
    const same =
      existing.nationalId === v.id && existing.status === v.status && existing.effectiveTo === v.effectiveTo &&
      existing.retiredAt === v.retiredAt && existing.publishedAt === v.publishedAt;
    if (same) return 'unchanged';
    // a published version's content and start never change (trigger of migration 0300): only its life does
    await trx
      .updateTable('procedureVersions')
      .set({ nationalId: v.id, status: v.status, effectiveTo: v.effectiveTo, publishedAt: v.publishedAt, retiredAt: v.retiredAt, updatedAt: sql<string>`now()` })
      .where('id', '=', existing.id)
      .execute();
    return 'updated';
  }
  if (v.status === 'published' && v.effectiveFrom) {
    await trx
      .updateTable('procedureVersions')
      .set({ effectiveTo: v.effectiveFrom })
      .where('procedureId', '=', p.id)
      .where('nationalId', 'is', null)
      .where('status', '=', 'published')
      .where('effectiveFrom', '<=', v.effectiveFrom)
      .where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>', v.effectiveFrom!)]))
      .execute();
  }
  const taken = await trx.selectFrom('procedureVersions').select('id').where('procedureId', '=', p.id).where('version', '=', v.version).executeTakeFirst();
  await trx
    .insertInto('procedureVersions')
    .values({
      procedureId: p.id,
      code: v.code,
      version: taken ? (await maxVersion(trx, p.id)) + 1 : v.version,
      status: v.status,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      publishedAt: v.publishedAt,
      retiredAt: v.retiredAt,
      nationalId: v.id,
      ...cols,
    })
    .execute();
  return 'added';
}

export interface ApplyReport {
  added: number;
  updated: number;
  unchanged: number;
  lastSeq: number;
}

/** Applies a page of the feed after `lastSeq` (changes at or below it are skipped) and records the number reached. */
export async function applyChanges(db: Db, changes: readonly { seq: number; version: FeedVersion }[]): Promise<ApplyReport> {
  return db.transaction().execute(async (trx) => {
    const state = await trx.selectFrom('cataloguePullState').select('lastSeq').where('id', '=', true).forUpdate().executeTakeFirstOrThrow();
    const report: ApplyReport = { added: 0, updated: 0, unchanged: 0, lastSeq: Number(state.lastSeq) };
    for (const c of [...changes].sort((a, b) => a.seq - b.seq)) {
      if (c.seq <= report.lastSeq) continue;
      report[await applyVersion(trx, c.version)]++;
      report.lastSeq = c.seq;
    }
    await trx
      .updateTable('cataloguePullState')
      .set({ lastSeq: report.lastSeq, lastPulledAt: new Date().toISOString(), lastError: null })
      .where('id', '=', true)
      .execute();
    return report;
  });
}
