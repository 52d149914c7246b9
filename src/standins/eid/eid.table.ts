import type { Generated, Selectable } from 'kysely';

/** DEVELOPMENT STAND-IN for the national e-ID: a demo person or business that can log in at /dev-eid. */
export interface EidStandinIdentityTable {
  id: Generated<string>;
  kind: 'citizen' | 'organisation';
  loginId: string;
  passwordHash: string;
  name: string;
  birthDate: string | null;
  gender: 'male' | 'female' | null;
  representativePersonalId: string | null;
  phone: string | null;
  email: string | null;
  loa: Generated<number>;
}

export interface EidStandinSecretTable {
  name: string;
  value: unknown;
  createdAt: Generated<string>;
}

export interface EidStandinStoreTable {
  model: string;
  id: string;
  payload: unknown;
  grantId: string | null;
  userCode: string | null;
  uid: string | null;
  expiresAt: string | null;
  consumedAt: string | null;
}

export interface EidStandinTables {
  eidStandinStore: EidStandinStoreTable;
  eidStandinIdentities: EidStandinIdentityTable;
  eidStandinSecrets: EidStandinSecretTable;
}

export type EidStandinIdentityRow = Selectable<EidStandinIdentityTable>;
