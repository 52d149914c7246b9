/**
 * Per-account login lockout with back-off, whatever the IP (the route's rate limit counts per IP and name).
 *
 * Each attempt on a (normalised) user name is counted as failed BEFORE the password is checked and given back when
 * it turns out right, so parallel guesses cannot outrun the count. THRESHOLD failures within the window lock the
 * name for LOCKOUT_SECONDS × 2^(locks in a row − 1), capped at MAX: the failure that reaches the threshold and every
 * attempt during the lock get 429 `login-locked` with Retry-After, without any password being checked. Attempts
 * during a lock neither extend it nor raise the level, so an attacker can keep a name locked at most by spending
 * THRESHOLD guesses per capped period, never lock it longer. A successful login clears everything; a day without
 * attempts forgets the level. Names that do not exist are locked the same way (a lock says nothing about existence).
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, type ErrorCode } from '../../errors.ts';
import {
  clearThrottle,
  giveBackAttempt,
  insertLockoutAudit,
  lockThrottleRow,
  saveThrottleRow,
  type ThrottleState,
} from './login-throttle.repository.ts';

export interface LockoutPolicy {
  threshold: number;
  windowSeconds: number;
  lockSeconds: number;
  maxLockSeconds: number;
}

export function lockoutPolicy(config: Config): LockoutPolicy {
  return {
    threshold: config.LOGIN_LOCKOUT_THRESHOLD,
    windowSeconds: config.LOGIN_LOCKOUT_WINDOW_SECONDS,
    lockSeconds: config.LOGIN_LOCKOUT_SECONDS,
    maxLockSeconds: config.LOGIN_LOCKOUT_MAX_SECONDS,
  };
}

/** Who is trying: the normalised user name and the client address (from a trusted proxy's X-Forwarded-For). */
export interface Attempt {
  username: string;
  ip: string;
}

const DAY_MS = 86_400_000;
/** Outcomes that count as a failed guess; anything else thrown (e.g. `totp-required`) gives the attempt back. */
const FAILURES: ReadonlySet<ErrorCode> = new Set(['invalid-credentials', 'totp-invalid', 'totp-reused']);

/**
 * Run `check` (the password / code check) as one counted attempt on `who.username`: refused with `login-locked`
 * while the name is locked; a success clears the count; a failure may lock.
 */
export async function guardedAttempt<T>(db: Db, policy: LockoutPolicy, who: Attempt, check: () => Promise<T>): Promise<T> {
  await beginAttempt(db, policy, who);
  let result: T;
  try {
    result = await check();
  } catch (err) {
    if (err instanceof AppError && FAILURES.has(err.code)) throw (await lockIfDue(db, policy, who)) ?? err;
    await giveBackAttempt(db, who.username);
    throw err;
  }
  await clearThrottle(db, who.username);
  return result;
}

function lockedError(s: Pick<ThrottleState, 'lockedUntil' | 'now'>): AppError {
  const ms = Date.parse(s.lockedUntil ?? s.now) - Date.parse(s.now);
  return new AppError('login-locked', { data: { retryAfter: Math.max(1, Math.ceil(ms / 1000)) } });
}

function isLocked(s: ThrottleState): boolean {
  return s.lockedUntil !== null && Date.parse(s.lockedUntil) > Date.parse(s.now);
}

/** Refuse a locked name; otherwise count this attempt (as failed until proven right). */
async function beginAttempt(db: Db, policy: LockoutPolicy, who: Attempt): Promise<void> {
  const refusal = await db.transaction().execute(async (tx) => {
    const s = await lockThrottleRow(tx, who.username);
    if (isLocked(s)) return lockedError(s);
    const now = Date.parse(s.now);
    const next = { ...s, lastAttemptAt: s.now };
    if (now - Date.parse(s.lastAttemptAt) > DAY_MS) next.lockouts = 0;
    if (now - Date.parse(s.windowStartedAt) > policy.windowSeconds * 1000) {
      next.failures = 0;
      next.windowStartedAt = s.now;
    }
    // THRESHOLD attempts already counted and none proven right (checks still running): lock now.
    if (next.failures >= policy.threshold) return lock(tx, policy, who, next);
    next.failures += 1;
    await saveThrottleRow(tx, who.username, next);
    return undefined;
  });
  if (refusal) throw refusal;
}

/** After a wrong password or code: the `login-locked` refusal when the count reached the threshold (or a lock began). */
async function lockIfDue(db: Db, policy: LockoutPolicy, who: Attempt): Promise<AppError | undefined> {
  return db.transaction().execute(async (tx) => {
    const s = await lockThrottleRow(tx, who.username);
    if (isLocked(s)) return lockedError(s);
    return s.failures >= policy.threshold ? lock(tx, policy, who, s) : undefined;
  });
}

async function lock(
  tx: Parameters<typeof lockThrottleRow>[0],
  policy: LockoutPolicy,
  who: Attempt,
  s: ThrottleState,
): Promise<AppError> {
  const lockouts = s.lockouts + 1;
  const lockSeconds = Math.min(policy.lockSeconds * 2 ** Math.min(lockouts - 1, 30), policy.maxLockSeconds);
  const lockedUntil = new Date(Date.parse(s.now) + lockSeconds * 1000).toISOString();
  await saveThrottleRow(tx, who.username, {
    failures: 0,
    windowStartedAt: s.now,
    lockedUntil,
    lockouts,
    lastAttemptAt: s.now,
  });
  await insertLockoutAudit(tx, { username: who.username, ip: who.ip, failures: s.failures, lockouts, lockSeconds, lockedUntil });
  return lockedError({ lockedUntil, now: s.now });
}
