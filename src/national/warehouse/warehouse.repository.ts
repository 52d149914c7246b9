/** Every SQL statement of the warehouse. Functions take the connection or the transaction first. */
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import type {
  AccessLogRow,
  Provenance,
  WarehouseConsentRow,
  WarehouseConsentTable,
  WarehouseDocumentRow,
  WarehouseDocumentTable,
} from './warehouse.table.ts';
import type { Insertable } from 'kysely';

export type Tx = Transaction<Database> | Db;

/**
 * Insert a document unless the same one is there (same idempotency key, or same owner + file + type): then its id.
 * One statement, so two concurrent deposits of the same document make one row.
 */
export async function insertDocumentOnce(
  db: Tx,
  values: Insertable<WarehouseDocumentTable>,
): Promise<{ id: string; created: boolean }> {
  if (values.idempotencyKey) {
    const byKey = await db.selectFrom('warehouseDocuments').select('id').where('idempotencyKey', '=', values.idempotencyKey).executeTakeFirst();
    if (byKey) return { id: byKey.id, created: false };
  }
  const inserted = await db
    .insertInto('warehouseDocuments')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('warehouseDocuments')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('ownerId', '=', values.ownerId), eb('fileSha256', '=', values.fileSha256), eb('typeCode', '=', values.typeCode)]),
        ...(values.idempotencyKey ? [eb('idempotencyKey', '=', values.idempotencyKey)] : []),
      ]),
    )
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

export async function findDocument(db: Tx, id: string): Promise<WarehouseDocumentRow | undefined> {
  return db.selectFrom('warehouseDocuments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDocuments(db: Tx, ids: readonly string[]): Promise<WarehouseDocumentRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('warehouseDocuments').selectAll().where('id', 'in', ids).execute();
}

export interface DocumentFilter {
  typeCodes?: readonly string[];
  provenance?: Provenance;
  includeHidden?: boolean;
  limit?: number;
  offset?: number;
}

/** One owner's documents, newest first (index warehouse_documents_owner_type). */
export async function listOwnerDocuments(db: Tx, ownerId: string, f: DocumentFilter = {}): Promise<WarehouseDocumentRow[]> {
  let q = db.selectFrom('warehouseDocuments').selectAll().where('ownerId', '=', ownerId);
  if (f.typeCodes) q = f.typeCodes.length ? q.where('typeCode', 'in', f.typeCodes) : q.where(sql<boolean>`false`);
  if (f.provenance) q = q.where('provenance', '=', f.provenance);
  if (!f.includeHidden) q = q.where('hidden', '=', false);
  return q
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(f.limit ?? 1000)
    .offset(f.offset ?? 0)
    .execute();
}

export async function setHidden(db: Tx, ownerId: string, id: string, hidden: boolean): Promise<WarehouseDocumentRow | undefined> {
  return db
    .updateTable('warehouseDocuments')
    .set({ hidden, updatedAt: sql<string>`now()` })
    .where('id', '=', id)
    .where('ownerId', '=', ownerId)
    .returningAll()
    .executeTakeFirst();
}

export async function setStatus(
  db: Tx,
  id: string,
  status: 'replaced' | 'revoked',
  reason: string,
): Promise<WarehouseDocumentRow | undefined> {
  return db
    .updateTable('warehouseDocuments')
    .set({ status, statusReason: reason, updatedAt: sql<string>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export type NewAccessLog = Omit<AccessLogRow, 'id' | 'at'>;

export async function insertAccessLog(db: Tx, rows: readonly NewAccessLog[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('warehouseAccessLog').values([...rows]).execute();
}

export async function listAccessLog(db: Tx, ownerId: string, limit: number, offset: number): Promise<{ total: number; items: AccessLogRow[] }> {
  const [items, total] = await Promise.all([
    db.selectFrom('warehouseAccessLog').selectAll().where('ownerId', '=', ownerId).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    db.selectFrom('warehouseAccessLog').select((eb) => eb.fn.countAll<number>().as('n')).where('ownerId', '=', ownerId).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), items };
}

export async function insertConsent(db: Tx, values: Insertable<WarehouseConsentTable>): Promise<WarehouseConsentRow> {
  return db.insertInto('warehouseConsents').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findConsent(db: Tx, id: string, opts: { lock?: boolean } = {}): Promise<WarehouseConsentRow | undefined> {
  let q = db.selectFrom('warehouseConsents').selectAll().where('id', '=', id);
  if (opts.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function listOwnerConsents(db: Tx, ownerId: string): Promise<WarehouseConsentRow[]> {
  return db.selectFrom('warehouseConsents').selectAll().where('ownerId', '=', ownerId).orderBy('createdAt', 'desc').limit(500).execute();
}

export async function withdrawConsentRow(db: Tx, id: string, by: string): Promise<void> {
  await db.updateTable('warehouseConsents').set({ withdrawnAt: sql<string>`now()`, withdrawnBy: by }).where('id', '=', id).execute();
}

export async function bindConsentRow(db: Tx, id: string, dossierRef: string, dossierCode: string | null): Promise<void> {
  await db.updateTable('warehouseConsents').set({ dossierRef, dossierCode }).where('id', '=', id).execute();
}
