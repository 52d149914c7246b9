/**
 * Demo: each agency of the demo local systems offers every published procedure that names it (or the agency
 * above it) as competent, so counters can receive dossiers for them straight away.
 */
import type { Db } from '../db/connect.ts';
import { searchProcedures } from '../national/catalogue/search.service.ts';
import { DEMO_AGENCIES } from '../platform/reference/demo-agencies.ts';

const LOCAL_NODES = new Set(['H56', 'H49', 'G15']);

export async function seedDemoOfferings(db: Db): Promise<number> {
  let added = 0;
  for (const spec of DEMO_AGENCIES) {
    if (!LOCAL_NODES.has(spec.node)) continue;
    const agency = await db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', spec.code)
      .where('validTo', 'is', null)
      .executeTakeFirst();
    if (!agency) continue;
    for (let offset = 0; ; offset += 100) {
      const page = await searchProcedures(db, { q: '', limit: 100, offset, agency: spec.code });
      if (page.items.length === 0) break;
      const r = await db
        .insertInto('localProcedureOfferings')
        .values(page.items.map((p) => ({ agencyId: agency.id, procedureCode: p.code, createdBy: null })))
        .onConflict((oc) => oc.columns(['agencyId', 'procedureCode']).where('validTo', 'is', null).doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0);
      if (offset + page.items.length >= page.total) break;
    }
  }
  return added;
}
