import type { Generated, Selectable } from 'kysely';

export interface AccountTable {
  id: Generated<string>;
  kind: 'citizen' | 'organisation';
  personalId: string | null;
  taxCode: string | null;
  name: string;
  birthDate: string | null;
  gender: 'male' | 'female' | null;
  loa: Generated<number>;
  eidSubject: string | null;
  /** The registered contact as the national e-ID reports it (never typed by an officer). */
  phone: string | null;
  email: string | null;
  lastLoginAt: string | null;
  createdAt: Generated<string>;
}

/** Pending portal logins at the e-ID: what the callback needs to finish the code exchange. */
export interface EidLoginRequestTable {
  state: string;
  codeVerifier: string;
  nonce: string;
  expiresAt: string;
}

export interface AccountTables {
  accounts: AccountTable;
  eidLoginRequests: EidLoginRequestTable;
}

export type AccountRow = Selectable<AccountTable>;
