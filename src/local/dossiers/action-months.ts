import { sql } from 'kysely';

/**
 * The months of the action log that can hold a dossier's actions (issue 16.2): `at` from the dossier's
 * `actions_from` on (migration 1533: no action of it is earlier), read in the same statement, so PostgreSQL prunes
 * the monthly partitions before it at run time instead of probing every month; an older dossier (null) reads every
 * month. For a query on `dossier_actions` by one dossier.
 */
export function inActionMonths(dossierId: string) {
  return sql<boolean>`at >= coalesce((select b.actions_from from dossiers b where b.id = ${dossierId}), '-infinity'::timestamptz)`;
}
