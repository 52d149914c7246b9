/**
 * Sessions: a random 256-bit token handed to the browser (HttpOnly cookie) or the API client (bearer); the
 * database keeps only its SHA-256, with expiry and revocation, so processes hold no session state.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { behindProxy, type Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Principal } from './principal.ts';
import { findSessionSubject, insertSession, revokeSessionByHash } from './sessions.repository.ts';

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
  return { token, expiresAt };
}

/** Token → principal, or undefined when unknown, expired, revoked or the officer is deactivated. */
export async function resolvePrincipal(db: Db, token: string): Promise<Principal | undefined> {
  if (token.length < 20 || token.length > 200) return undefined;
  const row = await findSessionSubject(db, hashToken(token));
  if (!row) return undefined;
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
  await revokeSessionByHash(db, hashToken(token));
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
