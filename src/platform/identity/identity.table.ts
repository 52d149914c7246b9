import type { Generated, Selectable } from 'kysely';
import type { OfficerRole } from './principal.ts';

export interface OfficerTable {
  id: Generated<string>;
  username: string;
  fullName: string;
  email: string | null;
  passwordHash: string;
  totpSecret: string | null;
  totpPendingSecret: string | null;
  active: Generated<boolean>;
  createdAt: Generated<string>;
}

export interface OfficerRoleTable {
  officerId: string;
  role: OfficerRole;
  agencyId: string;
  createdAt: Generated<string>;
}

export interface SessionTable {
  id: Generated<string>;
  tokenHash: Buffer;
  officerId: string | null;
  accountId: string | null;
  createdAt: Generated<string>;
  expiresAt: string;
  revokedAt: string | null;
}

export interface IdentityTables {
  officers: OfficerTable;
  officerRoles: OfficerRoleTable;
  sessions: SessionTable;
}

export type OfficerRow = Selectable<OfficerTable>;
