/** SQL for login sessions. Only the SHA-256 of a token is ever stored or looked up. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { OfficerRole } from './principal.ts';

export interface SessionSubjectRow {
  officerId: string | null;
  username: string | null;
  fullName: string | null;
  grants: { role: OfficerRole; agencyId: string; agencyCode: string }[] | null;
  accountId: string | null;
  accountKind: 'citizen' | 'organisation' | null;
  personalId: string | null;
  taxCode: string | null;
  accountName: string | null;
  loa: number | null;
  /** When the session ends (a cached copy never outlives it). */
  expiresAt: string;
}

export async function insertSession(
  db: Db,
  s: { tokenHash: Buffer; officerId?: string; accountId?: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ tokenHash: s.tokenHash, officerId: s.officerId ?? null, accountId: s.accountId ?? null, expiresAt: s.expiresAt })
    .execute();
}

/**
 * The one query behind every authenticated request: the live session by token hash (unique index), its officer
 * with grants (and agency codes), or its account.
 */
export async function findSessionSubject(db: Db, tokenHash: Buffer): Promise<SessionSubjectRow | undefined> {
  const r = await sql<SessionSubjectRow>`
    select o.id as officer_id, o.username, o.full_name,
      case when o.id is null then null else (
        select coalesce(json_agg(json_build_object('role', r.role, 'agencyId', r.agency_id, 'agencyCode', ag.code)
                                 order by r.role, ag.code), '[]'::json)
        from officer_roles r join agencies ag on ag.id = r.agency_id where r.officer_id = o.id
      ) end as grants,
      a.id as account_id, a.kind as account_kind, a.personal_id, a.tax_code, a.name as account_name, a.loa,
      s.expires_at
    from sessions s
    left join officers o on o.id = s.officer_id and o.active
    left join accounts a on a.id = s.account_id
    where s.token_hash = ${tokenHash} and s.revoked_at is null and s.expires_at > now()`.execute(db);
  return r.rows[0];
}

export async function revokeSessionByHash(db: Db, tokenHash: Buffer): Promise<void> {
  await db.updateTable('sessions').set({ revokedAt: sql<string>`now()` }).where('tokenHash', '=', tokenHash).where('revokedAt', 'is', null).execute();
}

export async function revokeOfficerSessions(db: Db, officerId: string): Promise<void> {
  await db.updateTable('sessions').set({ revokedAt: sql<string>`now()` }).where('officerId', '=', officerId).where('revokedAt', 'is', null).execute();
}
