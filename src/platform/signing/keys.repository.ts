/** SQL of signing keys and trusted CAs. Inserts race-safely: on conflict nothing, then the stored row is read. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { AgencySigningKeyRow, SigningCaRow } from './signing.table.ts';

type Q = Kysely<Database>;

export function findNodeCa(db: Q, nodeCode: string): Promise<SigningCaRow | undefined> {
  return db.selectFrom('signingCas').selectAll().where('nodeCode', '=', nodeCode).executeTakeFirst();
}

export async function insertNodeCaIfAbsent(
  db: Q,
  row: { nodeCode: string; subject: string; fingerprint: string; certPem: string; keyEnc: string },
): Promise<void> {
  await db
    .insertInto('signingCas')
    .values({ ...row, kind: 'dev-node' })
    .onConflict((oc) => oc.column('nodeCode').doNothing())
    .execute();
}

export function findCaById(db: Q, id: string): Promise<SigningCaRow | undefined> {
  return db.selectFrom('signingCas').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTrustedCaPems(db: Q): Promise<{ certPem: string }[]> {
  return db.selectFrom('signingCas').select('certPem').execute();
}

export function findAgencyKey(db: Q, agencyId: string): Promise<AgencySigningKeyRow | undefined> {
  return db.selectFrom('agencySigningKeys').selectAll().where('agencyId', '=', agencyId).executeTakeFirst();
}

export async function insertAgencyKeyIfAbsent(
  db: Q,
  row: Omit<AgencySigningKeyRow, 'createdAt'>,
): Promise<void> {
  await db
    .insertInto('agencySigningKeys')
    .values(row)
    .onConflict((oc) => oc.column('agencyId').doNothing())
    .execute();
}

/** The agency's name, code, node and the name of its parent agency (or of its province/unit). */
export async function agencyForCertificate(
  db: Q,
  agencyId: string,
): Promise<{ name: string; code: string; nodeCode: string; organisation: string | null } | undefined> {
  return db
    .selectFrom('agencies as a')
    .leftJoin('agencies as p', 'p.id', 'a.parentId')
    .leftJoin('adminUnits as u', 'u.id', 'a.adminUnitId')
    .select(['a.name', 'a.code', 'a.nodeCode'])
    .select((eb) => eb.fn.coalesce('p.name', 'u.name').as('organisation'))
    .where('a.id', '=', agencyId)
    .executeTakeFirst();
}
