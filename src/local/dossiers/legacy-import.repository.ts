/** SQL of the legacy import. Functions take the connection or the transaction first. */
import { sql } from 'kysely';
import type { Tx } from './dossier.repository.ts';
import type { DossierRow } from './dossier.table.ts';

/** Serialise imports of one (agency, legacy code) until the transaction ends. */
export async function lockLegacyCode(tx: Tx, agencyId: string, legacyCode: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`${agencyId}|${legacyCode}`}))`.execute(tx);
}

/** The dossier imported for this agency under this legacy code. */
export function findByLegacyCode(
  tx: Tx,
  agencyId: string,
  legacyCode: string,
): Promise<DossierRow | undefined> {
  return tx
    .selectFrom('dossiers')
    .selectAll()
    .where('resolvingAgencyId', '=', agencyId)
    .where('legacyCode', '=', legacyCode)
    .executeTakeFirst();
}

export async function dossierIdByCode(tx: Tx, code: string): Promise<string | undefined> {
  return (await tx.selectFrom('dossiers').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

/** Move the agency's counter for the day past a sequence number already used by an imported code. */
export async function bumpCodeCounter(tx: Tx, agencyCode: string, day: string, seq: number): Promise<void> {
  await sql`
    insert into dossier_code_counters (agency_code, day, last_seq) values (${agencyCode}, ${day}, ${seq})
    on conflict (agency_code, day) do update set last_seq = greatest(dossier_code_counters.last_seq, excluded.last_seq)`.execute(
    tx,
  );
}
