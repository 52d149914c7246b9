/** Test helpers for identity: agencies, officers with a role, real logins. */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/db/connect.ts';
import type { OfficerRole } from '../src/platform/identity/principal.ts';
import { createOfficer } from '../src/platform/identity/officers.service.ts';
import { createSession } from '../src/platform/identity/session.service.ts';

/** Insert an agency (and nothing else) if no current agency has this code; returns its id. */
export async function ensureAgency(
  db: Db,
  code: string,
  opts: { name?: string; parentCode?: string; kind?: string; level?: number; nodeCode?: string } = {},
): Promise<string> {
  const existing = await db.selectFrom('agencies').select('id').where('code', '=', code).where('validTo', 'is', null).executeTakeFirst();
  if (existing) return existing.id;
  const parentId = opts.parentCode ? await ensureAgency(db, opts.parentCode) : null;
  const row = await db
    .insertInto('agencies')
    .values({
      code,
      name: opts.name ?? `Cơ quan ${code}`,
      level: opts.level ?? (parentId ? 2 : 1),
      kind: opts.kind ?? (parentId ? 'department' : 'province'),
      parentId,
      adminUnitId: null,
      nodeCode: opts.nodeCode ?? code.slice(-3),
      validFrom: '2025-07-01',
      validTo: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Log in through the real route; returns the bearer token (throws on any non-200). */
export async function loginOfficer(app: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return res.json<{ token: string }>().token;
}

/**
 * A fresh officer holding `role` at `agencyCode` (the agency is created if missing), with a session token.
 * The password is random; the token works as `Authorization: Bearer`.
 */
export async function createOfficerWithRole(
  db: Db,
  opts: { role: OfficerRole; agencyCode: string; username?: string },
): Promise<{ id: string; username: string; password: string; token: string }> {
  await ensureAgency(db, opts.agencyCode);
  const username = opts.username ?? `t.${opts.role.replace(/_/g, '-')}.${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const officer = await createOfficer(db, undefined, {
    username,
    fullName: `Cán bộ thử nghiệm ${username}`,
    password,
    roles: [{ role: opts.role, agencyCode: opts.agencyCode }],
  });
  const { token } = await createSession(db, { officerId: officer.id }, 1);
  return { id: officer.id, username, password, token };
}
