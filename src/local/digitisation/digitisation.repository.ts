/** Every SQL statement of digitisation at reception. Functions take the connection or the transaction first. */
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import type { DigitisationMetadata } from '../../platform/documents/metadata.ts';
import type { DossierComponentRow, DossierRow } from '../dossiers/dossier.table.ts';
import type { DigitisationRow, DigitisationScanRow } from './digitisation.table.ts';
import type { Inspected } from '../../platform/documents/inspect.ts';
import { safeFileName } from '../../platform/documents/file-name.ts';

export type Tx = Transaction<Database> | Db;

export function findDossierRow(tx: Tx, id: string, lock = false): Promise<DossierRow | undefined> {
  const q = tx.selectFrom('dossiers').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export function findComponent(tx: Tx, dossierId: string, seq: number): Promise<DossierComponentRow | undefined> {
  return tx
    .selectFrom('dossierComponents')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where('seq', '=', seq)
    .executeTakeFirst();
}

/** Node codes of the given agencies (which local system each belongs to). */
export async function nodeCodesOfAgencies(tx: Tx, agencyIds: readonly string[]): Promise<string[]> {
  if (!agencyIds.length) return [];
  const rows = await tx.selectFrom('agencies').select('nodeCode').where('id', 'in', agencyIds).execute();
  return rows.map((r) => r.nodeCode);
}

/** The name a digitised copy gives as its unit: the agency's current one-stop unit, else the agency itself. */
export async function unitNameOf(tx: Tx, agencyId: string): Promise<string | undefined> {
  const r = await sql<{ name: string | null }>`
    select coalesce(
      (select o.name from one_stop_units o where o.agency_id = a.id and o.valid_to is null order by o.code limit 1),
      a.name) as name
    from agencies a where a.id = ${agencyId}`.execute(tx);
  return r.rows[0]?.name ?? undefined;
}

export function listScans(tx: Tx, dossierId: string, seq: number): Promise<DigitisationScanRow[]> {
  return tx
    .selectFrom('digitisationScans')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where('componentSeq', '=', seq)
    .orderBy('position')
    .execute();
}

export function findScan(tx: Tx, dossierId: string, seq: number, scanId: string): Promise<DigitisationScanRow | undefined> {
  return tx
    .selectFrom('digitisationScans')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where('componentSeq', '=', seq)
    .where('id', '=', scanId)
    .executeTakeFirst();
}

/** A page's file name: the given one made safe, or `tai-lieu.<type>`. */
export function pageFileName(name: string | null | undefined, i: Pick<Inspected, 'type'>): string {
  return safeFileName(name ?? '', `tai-lieu.${i.type === 'jpeg' ? 'jpg' : i.type}`);
}

/**
 * Appends a checked file as the next page of a component, after its last one (callers hold the dossier row lock);
 * `by` is who added it (an officer, the owner, or the person on whose consent a system fetched it).
 */
export async function insertScan(
  tx: Tx,
  at: { dossierId: string; componentSeq: number },
  file: { inspected: Inspected; fileName: string },
  by: { id: string; name: string },
): Promise<DigitisationScanRow> {
  const last = await tx
    .selectFrom('digitisationScans')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('dossierId', '=', at.dossierId)
    .where('componentSeq', '=', at.componentSeq)
    .executeTakeFirst();
  const position = Number(last?.max ?? 0) + 1;
  const i = file.inspected;
  return tx
    .insertInto('digitisationScans')
    .values({
      dossierId: at.dossierId,
      componentSeq: at.componentSeq,
      blobSha256: i.sha256,
      size: i.size,
      fileType: i.type,
      mime: i.mime,
      pages: i.pages,
      width: i.width ?? null,
      height: i.height ?? null,
      fileName: file.fileName,
      uploadedBy: by.id,
      uploadedByName: by.name,
      position,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteScan(tx: Tx, scanId: string): Promise<void> {
  await tx.deleteFrom('digitisationScans').where('id', '=', scanId).execute();
}

export function findDigitisation(tx: Tx, dossierId: string, seq: number): Promise<DigitisationRow | undefined> {
  return tx
    .selectFrom('digitisations')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where('componentSeq', '=', seq)
    .executeTakeFirst();
}

export function insertDigitisation(
  tx: Tx,
  row: Omit<DigitisationRow, 'id' | 'metadata'> & { metadata: DigitisationMetadata },
): Promise<DigitisationRow> {
  return tx
    .insertInto('digitisations')
    .values({ ...row, metadata: JSON.stringify(row.metadata) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markComponentDigitised(tx: Tx, dossierId: string, seq: number): Promise<void> {
  await tx
    .updateTable('dossierComponents')
    .set({ source: 'digitised' })
    .where('dossierId', '=', dossierId)
    .where('seq', '=', seq)
    .execute();
}
