/**
 * A short-lived cache of resolved sessions (issue 16.2), so an authenticated request does not query its session.
 * Held per database handle (per process). In THIS process a logout, a deactivation, a role granted or revoked, or a
 * new login of the same person drops the entries at once; another process sharing the database learns of such a
 * change only when its entry ages out, so `SESSION_CACHE_MS` (default 5 s, 0 = off) bounds how stale a session
 * may be there. An entry never outlives the session's own expiry.
 */
import type { Db } from '../../db/connect.ts';
import type { Principal } from './principal.ts';

interface Entry {
  principal: Principal;
  until: number;
}

/** Entries kept at most (the oldest goes first): bounds memory under many distinct tokens. */
const MAX_ENTRIES = 20_000;

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(public ttlMs: number) {}

  get(key: string, now = Date.now()): Principal | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return e.principal;
  }

  set(key: string, principal: Principal, sessionExpiresAt: string, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    const until = Math.min(now + this.ttlMs, Date.parse(sessionExpiresAt));
    if (!(until > now)) return;
    this.entries.delete(key);
    this.entries.set(key, { principal, until });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Every cached session of this officer or account. */
  forgetSubject(id: string): void {
    for (const [k, e] of this.entries) if (e.principal.id === id) this.entries.delete(k);
  }
}

const caches = new WeakMap<Db, SessionCache>();

/** The cache of this database handle; `ttlMs` (`SESSION_CACHE_MS`, 0 = off) sets how long entries live. */
export function sessionCacheOf(db: Db, ttlMs?: number): SessionCache {
  let c = caches.get(db);
  if (!c) {
    c = new SessionCache(ttlMs ?? 0);
    caches.set(db, c);
  } else if (ttlMs !== undefined) c.ttlMs = ttlMs;
  return c;
}
