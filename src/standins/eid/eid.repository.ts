/** SQL of the e-ID stand-in (DEVELOPMENT STAND-IN). */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { EidStandinIdentityRow } from './eid.table.ts';

export async function findIdentityByLogin(db: Db, loginId: string): Promise<EidStandinIdentityRow | undefined> {
  return db.selectFrom('eidStandinIdentities').selectAll().where('loginId', '=', loginId).executeTakeFirst();
}

export async function findIdentityById(db: Db, id: string): Promise<EidStandinIdentityRow | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return db.selectFrom('eidStandinIdentities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function identityExists(db: Db, loginId: string): Promise<boolean> {
  return (await db.selectFrom('eidStandinIdentities').select('id').where('loginId', '=', loginId).executeTakeFirst()) !== undefined;
}

export async function insertIdentity(
  db: Db,
  i: Omit<EidStandinIdentityRow, 'id' | 'loa'> & { loa?: number },
): Promise<void> {
  await db.insertInto('eidStandinIdentities').values(i).onConflict((c) => c.column('loginId').doNothing()).execute();
}

/** The contact registered for a demo identity (the seed keeps it current). */
export async function setIdentityContact(db: Db, loginId: string, c: { phone: string | null; email: string | null }): Promise<void> {
  await db.updateTable('eidStandinIdentities').set(c).where('loginId', '=', loginId).execute();
}

/** Read a generated secret, creating it with `make()` on first use (first writer wins across processes). */
export async function getOrCreateSecret<T>(db: Db, name: string, make: () => Promise<T>): Promise<T> {
  // Read as text: the CamelCasePlugin would otherwise rename snake_case keys inside the JSON.
  const read = () => db.selectFrom('eidStandinSecrets').select(sql<string>`value::text`.as('json')).where('name', '=', name).executeTakeFirst();
  const found = await read();
  if (found) return JSON.parse(found.json) as T;
  const value = await make();
  await db.insertInto('eidStandinSecrets').values({ name, value: JSON.stringify(value) }).onConflict((c) => c.column('name').doNothing()).execute();
  const row = await read();
  if (!row) throw new Error(`secret ${name} vanished`);
  return JSON.parse(row.json) as T;
}
