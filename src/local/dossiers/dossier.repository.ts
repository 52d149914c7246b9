/** Every SQL statement of the dossier feature. Functions take the connection or the transaction first. */
import { sql, type Selectable, type Transaction } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import { revisionCache } from '../../platform/reference/revisions.ts';
import { inActionMonths } from './action-months.ts';
import type { DossierState } from './lifecycle.ts';
import type {
  DossierActionRow,
  DossierComponentRow,
  DossierFeeRow,
  DossierRow,
  NewDossierRow,
  RuleVersionTable,
} from './dossier.table.ts';

type RuleVersionRow = Selectable<RuleVersionTable>;

export type Tx = Transaction<Database> | Db;

/** Next number of the day for an agency: atomic across processes sharing the database. */
export async function nextCodeSeq(tx: Tx, agencyCode: string, day: string): Promise<number> {
  const r = await sql<{ lastSeq: number }>`
    insert into dossier_code_counters (agency_code, day, last_seq) values (${agencyCode}, ${day}, 1)
    on conflict (agency_code, day) do update set last_seq = dossier_code_counters.last_seq + 1
    returning last_seq as "lastSeq"`.execute(tx);
  return r.rows[0]!.lastSeq;
}

const ruleVersions = revisionCache<RuleVersionRow>('config');
const agencyNames = revisionCache<{ code: string; name: string } | undefined>('config');

/**
 * The rule version in force on a day (YYYY-MM-DD, Vietnam time; an ISO instant is read by its first 10 characters);
 * cached per process.
 */
export function findRuleVersion(tx: Tx, at: string): Promise<RuleVersionRow> {
  return ruleVersions(tx, at.slice(0, 10), () => readRuleVersion(tx, at));
}

function readRuleVersion(tx: Tx, at: string): Promise<RuleVersionRow> {
  return tx
    .selectFrom('ruleVersions')
    .selectAll()
    .where('effectiveFrom', '<=', at.slice(0, 10))
    .orderBy('effectiveFrom', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

export function findRuleVersionById(tx: Tx, id: string) {
  return tx.selectFrom('ruleVersions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function insertDossier(
  tx: Tx,
  row: Omit<NewDossierRow, 'terms' | 'ownerContact' | 'submitter' | 'state'> & {
    terms: unknown;
    ownerContact: unknown;
    submitter: unknown;
    state: DossierState;
    /** The workflow template version in force at reception (column of migration 0900), set in the same INSERT. */
    workflowTemplateId?: string | null;
  },
): Promise<DossierRow> {
  return tx
    .insertInto('dossiers')
    .values({
      ...row,
      terms: JSON.stringify(row.terms),
      ownerContact: JSON.stringify(row.ownerContact),
      submitter: JSON.stringify(row.submitter),
      state: JSON.stringify(row.state),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertComponents(
  tx: Tx,
  dossierId: string,
  items: (Omit<DossierComponentRow, 'dossierId' | 'seq' | 'warehouseDocumentId' | 'warehouseConsentId'> &
    Partial<Pick<DossierComponentRow, 'warehouseDocumentId' | 'warehouseConsentId'>>)[],
): Promise<DossierComponentRow[]> {
  if (items.length === 0) return [];
  // RETURNING: the caller presents what it wrote without reading it back
  const rows = await tx
    .insertInto('dossierComponents')
    .values(items.map((c, i) => ({ ...c, dossierId, seq: i + 1 })))
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.seq - b.seq);
}

export async function insertFees(
  tx: Tx,
  dossierId: string,
  items: Omit<DossierFeeRow, 'dossierId' | 'seq'>[],
): Promise<DossierFeeRow[]> {
  if (items.length === 0) return [];
  const rows = await tx
    .insertInto('dossierFees')
    .values(items.map((f, i) => ({ ...f, dossierId, seq: i + 1 })))
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.seq - b.seq);
}

export async function appendAction(
  tx: Tx,
  a: {
    dossierId: string;
    seq: number;
    kind: string;
    at: string;
    actorKind: string;
    actorId: string;
    actorName: string;
    data: unknown;
  },
): Promise<DossierActionRow> {
  return tx
    .insertInto('dossierActions')
    .values({ ...a, data: JSON.stringify(a.data ?? {}) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function lockDossier(tx: Transaction<Database>, id: string): Promise<DossierRow | undefined> {
  return tx.selectFrom('dossiers').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findDossier(tx: Tx, id: string): Promise<DossierRow | undefined> {
  return tx.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** By its code, or by the code an older system gave it (imported dossiers keep both). */
export function findDossierByCode(tx: Tx, code: string): Promise<DossierRow | undefined> {
  return tx
    .selectFrom('dossiers')
    .selectAll()
    .where((eb) => eb.or([eb('code', '=', code), eb('legacyCode', '=', code)]))
    .orderBy(sql`code = ${code}`, 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listActions(tx: Tx, dossierId: string): Promise<DossierActionRow[]> {
  return tx
    .selectFrom('dossierActions')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where(inActionMonths(dossierId))
    .orderBy('seq')
    .execute();
}

/**
 * The components with a file the applicant uploaded online (on this system's pages or on the portal): a page whose
 * uploader is not an officer of this system (counter scans are uploaded by officers).
 */
export async function componentsUploadedOnline(tx: Tx, dossierId: string): Promise<number[]> {
  const rows = await tx
    .selectFrom('digitisationScans as s')
    .select('s.componentSeq')
    .distinct()
    .where('s.dossierId', '=', dossierId)
    .where(sql<boolean>`not exists (select 1 from officers o where o.id::text = s.uploaded_by)`)
    .execute();
  return rows.map((r) => r.componentSeq);
}

export function listComponents(tx: Tx, dossierId: string): Promise<DossierComponentRow[]> {
  return tx
    .selectFrom('dossierComponents')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .orderBy('seq')
    .execute();
}

export function listFees(tx: Tx, dossierId: string): Promise<DossierFeeRow[]> {
  return tx.selectFrom('dossierFees').selectAll().where('dossierId', '=', dossierId).orderBy('seq').execute();
}

export async function updateProjection(
  tx: Tx,
  id: string,
  p: {
    code?: string | null;
    status: number;
    subState: string | null;
    receivedAt: string | null;
    dueAt: string | null;
    state: DossierState;
    resolvingAgencyId?: string | null;
  },
): Promise<DossierRow> {
  return tx
    .updateTable('dossiers')
    .set({
      ...(p.code !== undefined ? { code: p.code } : {}),
      ...(p.resolvingAgencyId !== undefined ? { resolvingAgencyId: p.resolvingAgencyId } : {}),
      status: p.status,
      subState: p.subState,
      receivedAt: p.receivedAt,
      dueAt: p.dueAt,
      state: JSON.stringify(p.state),
      version: sql<number>`version + 1`,
      updatedAt: sql<string>`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertAudit(
  tx: Tx,
  e: {
    actorKind: string;
    actorId: string;
    action: string;
    targetType: string;
    targetId: string;
    outcome: 'ok' | 'refused';
    detail: unknown;
  },
): Promise<void> {
  await tx
    .insertInto('auditEvents')
    .values({ ...e, detail: JSON.stringify(e.detail ?? {}) })
    .execute();
}

/** Current agencies of these systems (nodes) among the given codes. */
export function agenciesInNodes(tx: Tx, nodes: readonly string[], codes: readonly string[]) {
  if (nodes.length === 0 || codes.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('agencies')
    .select(['code', 'nodeCode'])
    .where('nodeCode', 'in', nodes)
    .where('code', 'in', codes)
    .where('validTo', 'is', null)
    .orderBy('code')
    .execute();
}

/** The first (by code) of these agencies hosted by the node. */
export async function firstAgencyCodeInNode(
  tx: Tx,
  agencyIds: readonly string[],
  nodeCode: string,
): Promise<string> {
  const r = await tx
    .selectFrom('agencies')
    .select('code')
    .where('id', 'in', agencyIds)
    .where('nodeCode', '=', nodeCode)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  return r.code;
}

export async function agencyCodeById(tx: Tx, id: string): Promise<string | undefined> {
  return (await tx.selectFrom('agencies').select('code').where('id', '=', id).executeTakeFirst())?.code;
}

/** An agency's code and name by id; cached per process. */
export function agencyCodeAndName(tx: Tx, id: string): Promise<{ code: string; name: string } | undefined> {
  return agencyNames(tx, id, () => tx.selectFrom('agencies').select(['code', 'name']).where('id', '=', id).executeTakeFirst());
}

/** The data of a dossier's first action (reception): its code and, for the dispatch queue, the candidates. */
export async function firstActionData(
  tx: Tx,
  dossierId: string,
): Promise<Record<string, unknown> | undefined> {
  return (
    await tx
      .selectFrom('dossierActions')
      .select('data')
      .where('dossierId', '=', dossierId)
      .where('seq', '=', 1)
      .where(inActionMonths(dossierId))
      .executeTakeFirst()
  )?.data;
}

export function statusAndVersion(tx: Tx, dossierId: string) {
  return tx
    .selectFrom('dossiers')
    .select(['status', 'version'])
    .where('id', '=', dossierId)
    .executeTakeFirst();
}

const subtrees = revisionCache<readonly string[]>('config');

/** These agencies and every agency below them; cached per process (every officer's list asks it). */
export function agencySubtreeIds(tx: Tx, roots: readonly string[]): Promise<readonly string[]> {
  if (roots.length === 0) return Promise.resolve([]);
  const sorted = [...new Set(roots)].sort();
  return subtrees(tx, sorted.join(','), () => readSubtree(tx, sorted));
}

async function readSubtree(tx: Tx, roots: readonly string[]): Promise<string[]> {
  const rows = await tx
    .withRecursive('tree(id)', (qb) =>
      qb
        .selectFrom('agencies')
        .select('id')
        .where('id', 'in', roots)
        .unionAll((q) =>
          q.selectFrom('agencies as a').innerJoin('tree', 'tree.id', 'a.parentId').select('a.id'),
        ),
    )
    .selectFrom('tree')
    .select('id')
    .execute();
  return [...new Set(rows.map((r) => r.id))];
}
