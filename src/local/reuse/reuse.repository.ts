/** SQL of once-only reuse on the local side: the dossier facts it needs, verification audits and statistics. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../dossiers/dossier.repository.ts';

export interface ReuseDossier {
  id: string;
  code: string | null;
  status: number;
  ownerType: string;
  ownerIdNumber: string;
  procedureCode: string;
  caseCode: string | null;
  accountId: string | null;
  resolvingAgencyId: string | null;
  agencyCode: string | null;
}

export async function findReuseDossier(db: Tx, id: string): Promise<ReuseDossier | undefined> {
  return db
    .selectFrom('dossiers as d')
    .leftJoin('agencies as a', 'a.id', 'd.resolvingAgencyId')
    .select([
      'd.id',
      'd.code',
      'd.status',
      'd.ownerType',
      'd.ownerIdNumber',
      'd.procedureCode',
      'd.caseCode',
      'd.accountId',
      'd.resolvingAgencyId',
      'a.code as agencyCode',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** The reused component of a dossier that took this document (with the consent it was taken under). */
export async function findReusedComponent(db: Db, dossierId: string, documentId: string) {
  return db
    .selectFrom('dossierComponents')
    .select(['seq', 'name', 'warehouseDocumentId', 'warehouseConsentId', 'source'])
    .where('dossierId', '=', dossierId)
    .where('warehouseDocumentId', '=', documentId)
    .executeTakeFirst();
}

export async function listReusedComponents(db: Db, dossierId: string) {
  return db
    .selectFrom('dossierComponents')
    .select(['seq', 'name', 'documentTypeCode', 'warehouseDocumentId', 'warehouseConsentId', 'source'])
    .where('dossierId', '=', dossierId)
    .where('warehouseDocumentId', 'is not', null)
    .orderBy('seq')
    .execute();
}

export interface Verification {
  component: string;
  documentId: string;
  reason: string;
  stage: 'reception' | 'supplement';
}

/** A paper asked for although the warehouse covers it, as a verification: audited (counted by countVerificationRequests). */
export async function insertVerifications(
  tx: Tx,
  actor: { actorKind: string; actorId: string },
  dossierId: string,
  agencyId: string | null,
  items: readonly Verification[],
): Promise<void> {
  if (items.length === 0) return;
  await tx
    .insertInto('auditEvents')
    .values(
      items.map((v) => ({
        actorKind: actor.actorKind,
        actorId: actor.actorId,
        action: 'once-only-verification',
        targetType: 'dossier',
        targetId: dossierId,
        outcome: 'ok' as const,
        detail: JSON.stringify({ agencyId, ...v }),
      })),
    )
    .execute();
}

/** How many components were asked for as verifications although the warehouse covered them, for an agency and period. */
export async function countVerificationRequests(
  db: Db,
  q: { agencyId: string; from: string; to: string },
): Promise<number> {
  const r = await sql<{ n: string }>`
    select count(*) as n from audit_events
    where action = 'once-only-verification' and detail->>'agencyId' = ${q.agencyId}
      and at >= ${q.from}::timestamptz and at < ${q.to}::timestamptz`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

export interface ReuseCount {
  agencyId: string;
  dossiers: number;
  dossiersWithReuse: number;
  reusedDocuments: number;
  reusedResults: number;
  digitised: number;
}

/** Per resolving agency: dossiers received in the period, and components reused from documents or results (§8 REUSED_DIGITIZED_DATA). */
export async function reuseCounts(
  db: Db,
  q: { from: string; to: string; agencyId?: string },
): Promise<ReuseCount[]> {
  const r = await sql<{
    agencyId: string;
    dossiers: string;
    dossiersWithReuse: string;
    reusedDocuments: string;
    reusedResults: string;
    digitised: string;
  }>`
    select d.resolving_agency_id as "agencyId",
           count(distinct d.id) as dossiers,
           count(distinct d.id) filter (where c.source in ('reused_document', 'reused_result')) as "dossiersWithReuse",
           count(*) filter (where c.source = 'reused_document') as "reusedDocuments",
           count(*) filter (where c.source = 'reused_result') as "reusedResults",
           count(*) filter (where c.source = 'digitised') as digitised
    from dossiers d left join dossier_components c on c.dossier_id = d.id
    where d.resolving_agency_id is not null and d.created_at >= ${q.from}::timestamptz and d.created_at < ${q.to}::timestamptz
      ${q.agencyId ? sql`and d.resolving_agency_id = ${q.agencyId}::uuid` : sql``}
    group by d.resolving_agency_id order by 1`.execute(db);
  return r.rows.map((x) => ({
    agencyId: x.agencyId,
    dossiers: Number(x.dossiers),
    dossiersWithReuse: Number(x.dossiersWithReuse),
    reusedDocuments: Number(x.reusedDocuments),
    reusedResults: Number(x.reusedResults),
    digitised: Number(x.digitised),
  }));
}
