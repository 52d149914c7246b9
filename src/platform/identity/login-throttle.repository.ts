/** SQL of the per-account login lockout (table login_throttle) and its audit rows. */
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';

type Tx = Transaction<Database>;

export interface ThrottleState {
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
  lockouts: number;
  lastAttemptAt: string;
  /** The database's clock (one clock for every process). */
  now: string;
}

/**
 * The user name's row, created when missing, locked FOR UPDATE until the transaction ends (concurrent attempts on
 * one name are counted one after the other). Creating a row also drops rows with nothing left to remember.
 */
export async function lockThrottleRow(tx: Tx, username: string): Promise<ThrottleState> {
  // One statement that creates the row or locks the existing one: a row deleted meanwhile by a successful login of
  // the same name (clearThrottle) is created again, never "no row" (a separate insert, then select for update, could
  // find nothing between the two and answered 500).
  const { inserted, ...state } = await tx
    .insertInto('loginThrottle')
    .values({ username })
    .onConflict((c) => c.column('username').doUpdateSet({ username: (eb) => eb.ref('excluded.username') }))
    .returning([
      'failures',
      'windowStartedAt',
      'lockedUntil',
      'lockouts',
      'lastAttemptAt',
      sql<string>`now()`.as('now'),
      sql<boolean>`xmax = 0`.as('inserted'),
    ])
    .executeTakeFirstOrThrow();
  if (inserted) await forgetStaleThrottles(tx);
  return state;
}

export async function saveThrottleRow(
  tx: Tx,
  username: string,
  s: Pick<ThrottleState, 'failures' | 'windowStartedAt' | 'lockedUntil' | 'lockouts' | 'lastAttemptAt'>,
): Promise<void> {
  const { failures, windowStartedAt, lockedUntil, lockouts, lastAttemptAt } = s;
  await tx
    .updateTable('loginThrottle')
    .set({ failures, windowStartedAt, lockedUntil, lockouts, lastAttemptAt })
    .where('username', '=', username)
    .execute();
}

/** A successful login: no failures, no lock, no back-off. */
export async function clearThrottle(db: Db, username: string): Promise<void> {
  await db.deleteFrom('loginThrottle').where('username', '=', username).execute();
}

/** An attempt counted beforehand that turned out not to be a failure (the password was right, the code is to come). */
export async function giveBackAttempt(db: Db, username: string): Promise<void> {
  await db
    .updateTable('loginThrottle')
    .set({ failures: sql`greatest(failures - 1, 0)` })
    .where('username', '=', username)
    .execute();
}

/** Rows a day without attempts and not locked: their back-off level is forgotten anyway. */
async function forgetStaleThrottles(tx: Tx): Promise<void> {
  await tx
    .deleteFrom('loginThrottle')
    .where('lastAttemptAt', '<', sql<string>`now() - interval '1 day'`)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', sql<string>`now()`)]))
    .execute();
}

/** One audit row per lockout (audit_events, the platform's audit table). */
export async function insertLockoutAudit(
  tx: Tx,
  e: { username: string; ip: string; failures: number; lockouts: number; lockSeconds: number; lockedUntil: string },
): Promise<void> {
  await tx
    .insertInto('auditEvents')
    .values({
      actorKind: 'ip',
      actorId: e.ip,
      action: 'officer_login_lockout',
      targetType: 'login_name',
      targetId: e.username,
      outcome: 'refused',
      detail: JSON.stringify({
        failures: e.failures,
        lockout: e.lockouts,
        lockSeconds: e.lockSeconds,
        lockedUntil: e.lockedUntil,
      }),
    })
    .execute();
}
