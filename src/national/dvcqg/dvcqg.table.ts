/** Tables of the DVCQG-compatible API (migration 0975). */
import type { Generated } from 'kysely';

export interface DvcqgAccountTable {
  username: string;
  nodeCode: string;
  passwordHash: string;
  createdAt: Generated<string>;
}

export interface DvcqgSessionTable {
  tokenSha256: Buffer;
  username: string;
  nodeCode: string;
  expiresAt: string;
  createdAt: Generated<string>;
}

export interface DvcqgTables {
  dvcqgAccounts: DvcqgAccountTable;
  dvcqgSessions: DvcqgSessionTable;
}
