/**
 * The Kysely `Database` interface, assembled from each feature's table types (CamelCasePlugin maps
 * camelCase names here to snake_case in SQL). A feature adds its tables by adding its `*Tables` type below.
 */
import type { ReferenceTables } from '../platform/reference/reference.table.ts';
import type { IdentityTables } from '../platform/identity/identity.table.ts';
import type { AccountTables } from '../national/accounts/accounts.table.ts';
import type { EidStandinTables } from '../standins/eid/eid.table.ts';

export type Database = ReferenceTables & IdentityTables & AccountTables & EidStandinTables;
