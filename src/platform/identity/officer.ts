/** The officer as other features and API clients see it (never the password hash or TOTP secret). */
import { Type, type Static } from 'typebox';
import type { OfficerRole, officerRoles } from './principal.ts';
import type { OfficerRow } from './identity.table.ts';
import type { GrantRow } from './officers.repository.ts';

export const RoleSchema = Type.Union([
  Type.Literal('one_stop_officer'),
  Type.Literal('specialist'),
  Type.Literal('leader'),
  Type.Literal('agency_admin'),
  Type.Literal('national_operator'),
]) satisfies { anyOf: { const: (typeof officerRoles)[number] }[] };
export const AgencyCodeSchema = Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$', maxLength: 20 });
export const UsernameSchema = Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{1,62}$', maxLength: 63 });

/** Unicode white space and invisible (default-ignorable) characters at either end of a typed user name. */
const EDGE_SPACE = /^[\s\p{Default_Ignorable_Code_Point}]+|[\s\p{Default_Ignorable_Code_Point}]+$/gu;

/**
 * A typed user name as stored: NFKC (full-width letters, digits and spaces become ASCII), Unicode white space and
 * invisible characters trimmed, lower case. Login normalises ONCE with this, before the rate limit and the lockout
 * count it and before the officer is looked up, so every spelling of one name is one name.
 */
export function normaliseUsername(typed: string): string {
  return typed.normalize('NFKC').replace(EDGE_SPACE, '').toLowerCase();
}

export const GrantSchema = Type.Object(
  { role: RoleSchema, agencyId: Type.String(), agencyCode: Type.String() },
  { additionalProperties: false },
);

export const OfficerSchema = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    fullName: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    active: Type.Boolean(),
    totpEnabled: Type.Boolean(),
    createdAt: Type.String(),
    grants: Type.Array(GrantSchema),
  },
  { additionalProperties: false },
);
export type Officer = Static<typeof OfficerSchema>;

export function presentOfficer(row: OfficerRow, grants: GrantRow[]): Officer {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    active: row.active,
    totpEnabled: row.totpSecret !== null,
    createdAt: row.createdAt,
    grants: grants.map((g) => ({ role: g.role, agencyId: g.agencyId, agencyCode: g.agencyCode })),
  };
}

export interface NewOfficer {
  username: string;
  fullName: string;
  email?: string | null;
  password: string;
  roles: { role: OfficerRole; agencyCode: string }[];
}
