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
  /** Time step of the last accepted TOTP code (bigint, read as a number). */
  totpLastStep: number | null;
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

/** Failed officer logins and lockouts per normalised user name (migration 1020). */
export interface LoginThrottleTable {
  username: string;
  failures: Generated<number>;
  windowStartedAt: Generated<string>;
  lockedUntil: string | null;
  lockouts: Generated<number>;
  lastAttemptAt: Generated<string>;
}

export interface IdentityTables {
  officers: OfficerTable;
  officerRoles: OfficerRoleTable;
  sessions: SessionTable;
  loginThrottle: LoginThrottleTable;
}

export type OfficerRow = Selectable<OfficerTable>;
