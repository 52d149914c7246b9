/** What the register of a counter reads: the dossiers it received (or refused) in a period and their milestones. */
import type { Db } from '../../db/connect.ts';

export interface RegisterDossier {
  id: string;
  code: string;
  channel: string;
  procedureName: string;
  ownerName: string;
  ownerContact: Record<string, string>;
  receivedAt: string | null;
  createdAt: string;
  dueAt: string | null;
  status: number;
  resolvingAgencyName: string | null;
}

export interface RegisterAction {
  dossierId: string;
  seq: number;
  kind: string;
  at: string;
  actorName: string;
  data: Record<string, unknown>;
}

/**
 * Dossiers with a code received at the counter of `agencyId` — at its counter (`received_at_agency_id`) or, online,
 * for it — whose reception (or refusal at reception) falls in [from, to), in the order they were received.
 */
export async function registerDossiers(
  db: Db,
  agencyId: string,
  from: Date,
  to: Date,
  limit: number,
): Promise<RegisterDossier[]> {
  return db
    .selectFrom('dossiers as d')
    .leftJoin('agencies as a', 'a.id', 'd.resolvingAgencyId')
    .select([
      'd.id',
      'd.code',
      'd.channel',
      'd.procedureName',
      'd.ownerName',
      'd.ownerContact',
      'd.receivedAt',
      'd.createdAt',
      'd.dueAt',
      'd.status',
      'a.name as resolvingAgencyName',
    ])
    .where('d.code', 'is not', null)
    .where((e) => e(e.fn.coalesce('d.receivedAtAgencyId', 'd.resolvingAgencyId'), '=', agencyId))
    .where((e) => e(e.fn.coalesce('d.receivedAt', 'd.createdAt'), '>=', from.toISOString()))
    .where((e) => e(e.fn.coalesce('d.receivedAt', 'd.createdAt'), '<', to.toISOString()))
    .orderBy((e) => e.fn.coalesce('d.receivedAt', 'd.createdAt'))
    .orderBy('d.code')
    .limit(limit)
    .execute() as Promise<RegisterDossier[]>;
}

/** The actions the register reports (hand-over, result, return, refusal), in order. */
export async function registerActions(db: Db, dossierIds: string[]): Promise<RegisterAction[]> {
  if (!dossierIds.length) return [];
  return db
    .selectFrom('dossierActions')
    .select(['dossierId', 'seq', 'kind', 'at', 'actorName', 'data'])
    .where('dossierId', 'in', dossierIds)
    .where('kind', 'in', ['start', 'forward', 'record_result', 'return_result', 'refuse', 'withdraw', 'stop'])
    .orderBy('dossierId')
    .orderBy('seq')
    .execute();
}
