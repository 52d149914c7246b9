/**
 * Sessions: a random 256-bit token handed to the browser (HttpOnly cookie) or the API client (bearer); the
 * database keeps only its SHA-256, with expiry and revocation, so processes hold no session state.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { behindProxy, type Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Principal } from './principal.ts';
import { findSessionSubject, insertSession, revokeSessionByHash, type SessionSubjectRow } from './sessions.repository.ts';
import { sessionCacheOf } from './session-cache.ts';

export interface IssuedSession {
  token: string;
  expiresAt: string;
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export async function createSession(
  db: Db,
  subject: { officerId: string } | { accountId: string },
  ttlHours: number,
): Promise<IssuedSession> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000).toISOString();
  await insertSession(db, { tokenHash: hashToken(token), expiresAt, ...subject });
  // a new login may bring a changed name, level of assurance or grants: the cached sessions of this person go
  sessionCacheOf(db).forgetSubject('officerId' in subject ? subject.officerId : subject.accountId);
  return { token, expiresAt };
}

/**
 * Token → principal, or undefined when unknown, expired, revoked or the officer is deactivated. With `cacheMs`
 * (the request hook: `SESSION_CACHE_MS`) a live session is kept that long in this process (session-cache.ts).
 */
export async function resolvePrincipal(db: Db, token: string, cacheMs = 0): Promise<Principal | undefined> {
  if (token.length < 20 || token.length > 200) return undefined;
  const hash = hashToken(token);
  const cache = cacheMs > 0 ? sessionCacheOf(db, cacheMs) : undefined;
  const key = hash.toString('base64');
  const cached = cache?.get(key);
  if (cached) return cached;
  const row = await findSessionSubject(db, hash);
  if (!row) return undefined;
  const principal = principalOf(row);
  if (principal) cache?.set(key, principal, row.expiresAt);
  return principal;
}

function principalOf(row: SessionSubjectRow): Principal | undefined {
  if (row.officerId && row.username) {
    return { kind: 'officer', id: row.officerId, username: row.username, name: row.fullName ?? '', grants: row.grants ?? [] };
  }
  if (row.accountId && row.accountKind === 'citizen' && row.personalId) {
    return { kind: 'citizen', id: row.accountId, personalId: row.personalId, name: row.accountName ?? '', loa: row.loa ?? 1 };
  }
  if (row.accountId && row.accountKind === 'organisation' && row.taxCode) {
    return { kind: 'organisation', id: row.accountId, taxCode: row.taxCode, name: row.accountName ?? '', loa: row.loa ?? 1 };
  }
  return undefined;
}

export async function revokeSession(db: Db, token: string): Promise<void> {
  const hash = hashToken(token);
  await revokeSessionByHash(db, hash);
  sessionCacheOf(db).forget(hash.toString('base64'));
}

/** The officer's or account's sessions changed (deactivation, roles): forget this process's cached copies. */
export function forgetCachedSessionsOf(db: Db, subjectId: string): void {
  sessionCacheOf(db).forgetSubject(subjectId);
}

export function setSessionCookie(reply: FastifyReply, config: Config, session: IssuedSession): void {
  reply.setCookie(config.SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: behindProxy(config) || config.PUBLIC_URL.startsWith('https:'),
    expires: new Date(session.expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(config.SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: behindProxy(config) || config.PUBLIC_URL.startsWith('https:'),
  });
}
