/** SQL for national portal accounts and pending e-ID logins. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { AccountRow } from './accounts.table.ts';

export interface AccountUpsert {
  kind: 'citizen' | 'organisation';
  personalId: string | null;
  taxCode: string | null;
  name: string;
  birthDate: string | null;
  gender: 'male' | 'female' | null;
  loa: number;
  eidSubject: string | null;
  /** The registered contact from the e-ID; null keeps what the account has. */
  phone?: string | null;
  email?: string | null;
}

/** Insert or update by personal ID (citizen) or tax code (organisation); `login` stamps last_login_at. */
export async function upsertAccount(db: Db, a: AccountUpsert, login: boolean): Promise<AccountRow> {
  const conflict = a.kind === 'citizen' ? sql`(personal_id) where kind = 'citizen'` : sql`(tax_code) where kind = 'organisation'`;
  const r = await sql<AccountRow>`
    insert into accounts (kind, personal_id, tax_code, name, birth_date, gender, loa, eid_subject, phone, email, last_login_at)
    values (${a.kind}, ${a.personalId}, ${a.taxCode}, ${a.name}, ${a.birthDate}, ${a.gender}, ${a.loa}, ${a.eidSubject},
            ${a.phone ?? null}, ${a.email ?? null}, ${login ? sql`now()` : null})
    on conflict ${conflict} do update set
      name = excluded.name,
      birth_date = coalesce(excluded.birth_date, accounts.birth_date),
      gender = coalesce(excluded.gender, accounts.gender),
      loa = excluded.loa,
      eid_subject = coalesce(excluded.eid_subject, accounts.eid_subject),
      phone = coalesce(excluded.phone, accounts.phone),
      email = coalesce(excluded.email, accounts.email),
      last_login_at = coalesce(excluded.last_login_at, accounts.last_login_at)
    returning *`.execute(db);
  return r.rows[0]!;
}

export async function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The registered contact of the account of a person (personal ID) or an organisation (tax code), if any. */
export async function findRegisteredContact(
  db: Db,
  kind: 'citizen' | 'organisation',
  id: string,
): Promise<{ phone: string | null; email: string | null } | undefined> {
  return db
    .selectFrom('accounts')
    .select(['phone', 'email'])
    .where('kind', '=', kind)
    .where(kind === 'citizen' ? 'personalId' : 'taxCode', '=', id)
    .executeTakeFirst();
}

export async function insertLoginRequest(db: Db, r: { state: string; codeVerifier: string; nonce: string; expiresAt: string }): Promise<void> {
  await db.deleteFrom('eidLoginRequests').where('expiresAt', '<', sql<string>`now()`).execute();
  await db.insertInto('eidLoginRequests').values(r).execute();
}

/** Take (and delete) a pending login: each state can be used once. */
export async function takeLoginRequest(db: Db, state: string): Promise<{ codeVerifier: string; nonce: string } | undefined> {
  return db
    .deleteFrom('eidLoginRequests')
    .where('state', '=', state)
    .where('expiresAt', '>', sql<string>`now()`)
    .returning(['codeVerifier', 'nonce'])
    .executeTakeFirst();
}
