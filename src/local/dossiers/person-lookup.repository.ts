/** SQL of the counter's person look-up: the latest dossier of a citizen owner in the given nodes. */
import type { Db } from '../../db/connect.ts';

export interface KnownPerson {
  ownerName: string;
  ownerContact: Record<string, string>;
  receivedAt: string | null;
  dossiers: number;
}

export async function latestOwnerDossier(db: Db, idNumber: string, nodeCodes: readonly string[]): Promise<KnownPerson | undefined> {
  if (nodeCodes.length === 0) return undefined;
  const base = db
    .selectFrom('dossiers')
    .where('ownerType', '=', 'citizen')
    .where('ownerIdNumber', '=', idNumber)
    .where('nodeCode', 'in', [...nodeCodes]);
  const last = await base
    .select(['ownerName', 'ownerContact', 'receivedAt'])
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return undefined;
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { ...last, dossiers: Number(n) };
}
