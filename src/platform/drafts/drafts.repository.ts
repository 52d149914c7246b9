/** SQL of submission drafts; every statement is scoped to the owning account. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { SubmissionDraftRow } from './drafts.table.ts';

type Conn = Kysely<Database> | Transaction<Database>;

export function listDrafts(db: Conn, accountId: string) {
  return db
    .selectFrom('submissionDrafts')
    .select(['id', 'procedureCode', 'procedureName', 'procedureVersionId', 'createdAt', 'updatedAt', sql<string | null>`data->>'step'`.as('step')])
    .where('accountId', '=', accountId)
    .orderBy('updatedAt', 'desc')
    .limit(200)
    .execute();
}

export function countDrafts(db: Conn, accountId: string): Promise<number> {
  return db
    .selectFrom('submissionDrafts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('accountId', '=', accountId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function findDraft(db: Conn, accountId: string, id: string): Promise<SubmissionDraftRow | undefined> {
  return db.selectFrom('submissionDrafts').selectAll().where('id', '=', id).where('accountId', '=', accountId).executeTakeFirst();
}

export function insertDraft(
  db: Conn,
  d: { accountId: string; procedureCode: string; procedureVersionId: string | null; procedureName: string; data: string },
): Promise<SubmissionDraftRow> {
  return db.insertInto('submissionDrafts').values(d).returningAll().executeTakeFirstOrThrow();
}

export function updateDraft(db: Conn, accountId: string, id: string, data: string): Promise<SubmissionDraftRow | undefined> {
  return db
    .updateTable('submissionDrafts')
    .set({ data, updatedAt: sql<string>`now()` })
    .where('id', '=', id)
    .where('accountId', '=', accountId)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteDraft(db: Conn, accountId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('submissionDrafts').where('id', '=', id).where('accountId', '=', accountId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
