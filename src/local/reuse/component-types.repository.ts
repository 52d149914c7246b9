/** SQL of the local component → document-type mapping (migration 1240) and its audit rows. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { revisionCache } from '../../platform/reference/revisions.ts';
import type { ComponentTypeRow } from './component-types.table.ts';

const mappings = revisionCache<ComponentTypeRow[]>('config');

/** This system's mappings for these procedures; cached per process. */
export async function mappingsFor(db: Db, procedureCodes: readonly string[]): Promise<ComponentTypeRow[]> {
  if (!procedureCodes.length) return [];
  return mappings(db, procedureCodes.join('\u0000'), () => readMappings(db, procedureCodes));
}

function readMappings(db: Db, procedureCodes: readonly string[]): Promise<ComponentTypeRow[]> {
  return db.selectFrom('localComponentDocumentTypes').selectAll().where('procedureCode', 'in', [...procedureCodes]).execute();
}

export interface MappingInput {
  procedureCode: string;
  componentNameFold: string;
  componentName: string;
  documentTypeCode: string;
  replacingResultCode: string | null;
  agencyId: string;
  setBy: string;
}

/** Set the mapping and write its audit row in one transaction; returns the previous mapping, if any. */
export async function upsertMapping(db: Db, m: MappingInput, audit: { actorId: string; detail: Record<string, unknown> }): Promise<ComponentTypeRow> {
  return db.transaction().execute(async (trx) => {
    const previous = await trx
      .selectFrom('localComponentDocumentTypes')
      .selectAll()
      .where('procedureCode', '=', m.procedureCode)
      .where('componentNameFold', '=', m.componentNameFold)
      .forUpdate()
      .executeTakeFirst();
    const row = await trx
      .insertInto('localComponentDocumentTypes')
      .values(m)
      .onConflict((oc) =>
        oc.columns(['procedureCode', 'componentNameFold']).doUpdateSet({
          documentTypeCode: m.documentTypeCode,
          replacingResultCode: m.replacingResultCode,
          componentName: m.componentName,
          agencyId: m.agencyId,
          setBy: m.setBy,
          updatedAt: sql<string>`now()`,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('auditEvents')
      .values({
        actorKind: 'officer',
        actorId: audit.actorId,
        action: 'component-document-type-set',
        targetType: 'procedure',
        targetId: m.procedureCode,
        outcome: 'ok',
        detail: JSON.stringify({ ...audit.detail, previous: previous ? { documentTypeCode: previous.documentTypeCode, replacingResultCode: previous.replacingResultCode } : null }),
      })
      .execute();
    return row;
  });
}
