/** SQL of electronic results (dossier_results) and of the issued standard forms (dossier_form_documents). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DossierResultRow, DossierResultTable } from './results.table.ts';
import type { Insertable } from 'kysely';

type Q = Kysely<Database>;

export async function findFormDocument(
  db: Q,
  dossierId: string,
  form: string,
  actionSeq: number,
): Promise<{ blobSha256: string; verificationCode: string } | undefined> {
  return db
    .selectFrom('dossierFormDocuments as f')
    .innerJoin('signedDocuments as s', 's.id', 'f.signedDocumentId')
    .select(['s.blobSha256', 's.verificationCode'])
    .where('f.dossierId', '=', dossierId)
    .where('f.form', '=', form)
    .where('f.actionSeq', '=', actionSeq)
    .executeTakeFirst();
}

/** Serialise the first issue of one form (inside a transaction; released at commit). */
export async function lockFormDocument(
  db: Q,
  dossierId: string,
  form: string,
  actionSeq: number,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`form:${dossierId}:${form}:${actionSeq}`}, 0))`.execute(
    db,
  );
}

export async function insertFormDocument(
  db: Q,
  row: { dossierId: string; form: string; actionSeq: number; signedDocumentId: string },
): Promise<void> {
  await db.insertInto('dossierFormDocuments').values(row).execute();
}

export function insertResult(db: Q, row: Insertable<DossierResultTable>): Promise<DossierResultRow> {
  return db.insertInto('dossierResults').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findResultRow(db: Q, id: string): Promise<DossierResultRow | undefined> {
  return db.selectFrom('dossierResults').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockResultRow(db: Q, id: string): Promise<DossierResultRow | undefined> {
  return db.selectFrom('dossierResults').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listResultRows(db: Q, dossierId: string): Promise<DossierResultRow[]> {
  return db
    .selectFrom('dossierResults')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .orderBy('createdAt')
    .execute();
}

export function originalResultOf(db: Q, dossierId: string): Promise<DossierResultRow | undefined> {
  return db
    .selectFrom('dossierResults')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where('replacesId', 'is', null)
    .executeTakeFirst();
}

export async function markResult(
  db: Q,
  id: string,
  change: { status: 'replaced'; replacedBy: string } | { status: 'revoked'; revokedReason: string },
): Promise<void> {
  await db
    .updateTable('dossierResults')
    .set({ ...change, changedAt: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

/** The signed document behind a result: verification code, blob and registry id. */
export function resultDocument(db: Q, signedDocumentId: string) {
  return db
    .selectFrom('signedDocuments')
    .select(['id', 'verificationCode', 'blobSha256', 'sha256', 'status'])
    .where('id', '=', signedDocumentId)
    .executeTakeFirstOrThrow();
}

/** The issuing agency, its parent (governing) and the nearest administrative unit's name (the place line). */
export async function issuerHeading(
  db: Q,
  agencyId: string,
): Promise<{ id: string; code: string; name: string; governing: string; place: string }> {
  const r = await sql<{
    id: string;
    code: string;
    name: string;
    governing: string | null;
    place: string | null;
  }>`
    with recursive chain as (
      select id, code, name, parent_id, admin_unit_id, 0 as depth from agencies where id = ${agencyId}
      union all
      select a.id, a.code, a.name, a.parent_id, a.admin_unit_id, c.depth + 1 from agencies a join chain c on a.id = c.parent_id
    )
    select (select id from chain where depth = 0) as id,
           (select code from chain where depth = 0) as code,
           (select name from chain where depth = 0) as name,
           (select name from chain where depth = 1) as governing,
           (select u.name from chain c join admin_units u on u.id = c.admin_unit_id order by c.depth limit 1) as place`.execute(
    db,
  );
  const row = r.rows[0];
  return {
    id: row?.id ?? agencyId,
    code: row?.code ?? '',
    name: row?.name ?? '',
    governing: row?.governing ?? '',
    place: row?.place ?? 'Việt Nam',
  };
}
