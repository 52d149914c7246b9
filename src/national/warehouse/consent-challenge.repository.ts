/** SQL of the counter consent challenges (migration 1070). Functions take the connection or the transaction first. */
import { sql, type Insertable } from 'kysely';
import type { Tx } from './warehouse.repository.ts';
import type { WarehouseConsentChallengeRow, WarehouseConsentChallengeTable } from './warehouse.table.ts';

export async function insertChallenge(db: Tx, values: Insertable<WarehouseConsentChallengeTable>): Promise<WarehouseConsentChallengeRow> {
  return db.insertInto('warehouseConsentChallenges').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The challenge, locked for the transaction (one confirmation at a time). */
export async function lockChallenge(db: Tx, id: string): Promise<WarehouseConsentChallengeRow | undefined> {
  return db.selectFrom('warehouseConsentChallenges').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * How many challenges were made for this owner in the last `seconds`, counted under a transaction-scoped lock on
 * the owner so two concurrent requests cannot both pass the limit.
 */
export async function countRecentChallenges(db: Tx, ownerId: string, seconds: number): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`consent-challenge:${ownerId}`}, 0))`.execute(db);
  const r = await db
    .selectFrom('warehouseConsentChallenges')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('ownerId', '=', ownerId)
    .where('createdAt', '>', sql<string>`now() - make_interval(secs => ${seconds})`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countWrongAttempt(db: Tx, id: string): Promise<number> {
  const r = await db
    .updateTable('warehouseConsentChallenges')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return r.attempts;
}

export async function markChallengeUsed(db: Tx, id: string, consentId: string): Promise<void> {
  await db.updateTable('warehouseConsentChallenges').set({ consentId }).where('id', '=', id).execute();
}

/** Is the challenge past its expiry (the database's clock)? */
export async function isChallengeExpired(db: Tx, id: string): Promise<boolean> {
  const r = await db
    .selectFrom('warehouseConsentChallenges')
    .select(sql<boolean>`expires_at <= now()`.as('expired'))
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return r.expired;
}
