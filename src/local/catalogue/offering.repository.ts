import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { revisionCache } from '../../platform/reference/revisions.ts';
import type { OfferingRow } from './offering.table.ts';

export interface AgencyRef {
  id: string;
  code: string;
  name: string;
  nodeCode: string;
  ancestorCodes: string[];
  ancestorIds: string[];
}

const agencies = revisionCache<AgencyRef | undefined>('config');

/** The agency in force with this code, with its ancestors (nearest first); cached per process. */
export function findAgency(db: Db, code: string): Promise<AgencyRef | undefined> {
  return agencies(db, code, () => readAgency(db, code));
}

async function readAgency(db: Db, code: string): Promise<AgencyRef | undefined> {
  const r = await sql<{ id: string; code: string; name: string; nodeCode: string; ancestorIds: string[]; ancestorCodes: string[] }>`
    with recursive chain as (
      select id, code, name, node_code, parent_id, 0 as depth from agencies where code = ${code} and valid_to is null
      union all
      select a.id, a.code, a.name, a.node_code, a.parent_id, c.depth + 1 from agencies a join chain c on a.id = c.parent_id
    )
    select (select id from chain where depth = 0) as id,
           (select code from chain where depth = 0) as code,
           (select name from chain where depth = 0) as name,
           (select node_code from chain where depth = 0) as "nodeCode",
           coalesce(array_agg(id order by depth) filter (where depth > 0), '{}') as "ancestorIds",
           coalesce(array_agg(code order by depth) filter (where depth > 0), '{}') as "ancestorCodes"
    from chain`.execute(db);
  const row = r.rows[0];
  return row?.id ? row : undefined;
}

export function listCurrentOfferings(db: Db, agencyId: string): Promise<OfferingRow[]> {
  return db
    .selectFrom('localProcedureOfferings')
    .selectAll()
    .where('agencyId', '=', agencyId)
    .where('validTo', 'is', null)
    .orderBy('procedureCode')
    .execute();
}

/** Insert the offering unless one is already current; returns the current row either way. */
export async function upsertOffering(db: Db, agencyId: string, procedureCode: string, by: string): Promise<OfferingRow> {
  const inserted = await db
    .insertInto('localProcedureOfferings')
    .values({ agencyId, procedureCode, createdBy: by })
    .onConflict((oc) => oc.columns(['agencyId', 'procedureCode']).where('validTo', 'is', null).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return inserted;
  return db
    .selectFrom('localProcedureOfferings')
    .selectAll()
    .where('agencyId', '=', agencyId)
    .where('procedureCode', '=', procedureCode)
    .where('validTo', 'is', null)
    .executeTakeFirstOrThrow();
}

/** Close the current offering; returns false when there was none. */
export async function closeOffering(db: Db, agencyId: string, procedureCode: string): Promise<boolean> {
  const r = await db
    .updateTable('localProcedureOfferings')
    .set({ validTo: sql<string>`current_date` })
    .where('agencyId', '=', agencyId)
    .where('procedureCode', '=', procedureCode)
    .where('validTo', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The hosting nodes of these agencies. */
const nodeCodes = revisionCache<readonly string[]>('config');

/** The systems (node codes) of these agencies; cached per process (an officer's grants ask it on every read). */
export async function nodeCodesOf(db: Db, agencyIds: readonly string[]): Promise<readonly string[]> {
  if (agencyIds.length === 0) return [];
  const ids = [...new Set(agencyIds)].sort();
  return nodeCodes(db, ids.join(','), async () => {
    const rows = await db.selectFrom('agencies').select('nodeCode').distinct().where('id', 'in', ids).execute();
    return rows.map((r) => r.nodeCode);
  });
}
