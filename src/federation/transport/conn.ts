import type { Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';

/** A connection or a transaction: every federation repository function takes one first. */
export type Conn = Db | Transaction<Database>;
