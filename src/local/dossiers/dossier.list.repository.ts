/**
 * The lists of dossiers: work queues and a person's own dossiers, a page at a time, with totals that cost at most
 * `TOTAL_CAP` rows to count (issue 16.2).
 */
import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Revisions } from '../../platform/reference/revisions.ts';
import type { Tx } from './dossier.repository.ts';
import type { DossierRow } from './dossier.table.ts';
import type { DossierState } from './lifecycle.ts';

/** Past this many, a list's total is not counted: `total` is the cap and `totalCapped` says there are more. */
export const TOTAL_CAP = 1000;

export interface CappedTotal {
  /** The number of dossiers in the list, or `TOTAL_CAP` when there are more (`totalCapped`). */
  total: number;
  /** True when the list holds more than `total` dossiers (shown as "1000+"). */
  totalCapped: boolean;
}

/**
 * What a list shows of a dossier: its columns but not the whole `state` (~2 KB a row, most of it the hand-overs),
 * only the current workflow step (without the hand-overs) and the acceptance clock. A page of 20 whole rows was
 * ~50 KB to send, parse and map; these are ~6 KB.
 */
export type ListedDossier = Pick<
  DossierRow,
  | 'id' | 'code' | 'status' | 'procedureCode' | 'procedureName' | 'ownerName' | 'resolvingAgencyId' | 'nodeCode'
  | 'returnAtReception' | 'receivedAt' | 'dueAt' | 'createdAt' | 'version'
> & {
  state: {
    workflow?: Omit<NonNullable<DossierState['workflow']>, 'handovers'> | null;
    acceptance?: DossierState['acceptance'];
  };
};

const LISTED = [
  'id', 'code', 'status', 'procedureCode', 'procedureName', 'ownerName', 'resolvingAgencyId', 'nodeCode',
  'returnAtReception', 'receivedAt', 'dueAt', 'createdAt', 'version',
] as const;
const listedState = () =>
  sql<ListedDossier['state']>`jsonb_build_object('workflow', (state->'workflow') - 'handovers', 'acceptance', state->'acceptance')`.as('state');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Branch = SelectQueryBuilder<Database, 'dossiers', any>;

/** The disjoint branches of a list counted, each up to one past the cap. */
function cappedCount(branches: Branch[]) {
  const counts = branches.map((b) => sql<number>`(select count(*) from (${b.select(sql.lit(1).as('one')).limit(TOTAL_CAP + 1)}) c)`);
  return sql<number>`${sql.join(counts, sql` + `)}`;
}

function capped(n: number): CappedTotal {
  return n > TOTAL_CAP ? { total: TOTAL_CAP, totalCapped: true } : { total: n, totalCapped: false };
}

/**
 * The total of a page that held `got` rows: known without counting when it is not full (or the first page is
 * empty); else the count its statement made (`listed`); an empty page past the first is counted apart.
 */
async function totalOfPage(
  got: number,
  listed: number | null | undefined,
  page: { limit: number; offset: number },
  countApart: () => Promise<number>,
): Promise<CappedTotal> {
  if (got > 0 && got < page.limit) return { total: page.offset + got, totalCapped: false };
  if (got > 0) return capped(Number(listed ?? 0));
  if (page.offset === 0) return { total: 0, totalCapped: false };
  return capped(await countApart());
}

async function countBranches(tx: Tx, branches: Branch[]): Promise<number> {
  const n = await sql<{ n: number }>`select ${cappedCount(branches)} as n`.execute(tx);
  return Number(n.rows[0]?.n ?? 0);
}

/** What the statement of a page gives with each row: the reference revisions of its snapshot, its capped total. */
interface PageExtras {
  revisions: Revisions;
  /** Counted only when the page is full (null otherwise: the total is then known without counting). */
  listedTotal: number | null;
}

/**
 * A page and its total in ONE statement: the page (`pageSql`, ordered and limited) with, on each row, the reference
 * revisions of the statement's snapshot (`readAssumingRevisions`) and — only when the page is full — the branches
 * counted up to one past the cap. A page that is not full tells its total without counting; an empty page past the
 * first is counted apart (the rare case: no row to carry the count).
 */
async function pageWithTotal(
  tx: Tx,
  pageSql: RawBuilder<unknown> | Branch,
  order: RawBuilder<unknown>,
  page: { limit: number; offset: number },
  branches: Branch[],
): Promise<{ rows: ListedDossier[]; revisions?: Revisions } & CappedTotal> {
  const r = await sql<ListedDossier & PageExtras>`
    with page as materialized (${pageSql})
    select page.*, x.revisions, x.listed_total from page cross join (
      select reference_revisions() as revisions,
        case when (select count(*) from page) >= ${page.limit} then ${cappedCount(branches)} end as listed_total) x
    order by ${order}`.execute(tx);
  const first = r.rows[0];
  const rows = r.rows.map(({ revisions: _r, listedTotal: _t, ...row }) => row);
  const total = await totalOfPage(rows.length, first?.listedTotal, page, () => countBranches(tx, branches));
  return { rows, ...(first ? { revisions: first.revisions } : {}), ...total };
}

export interface QueueFilter {
  agencyIds: string[] | 'all';
  /** The dispatch queue of these systems instead (dossiers without a competent agency yet). */
  dispatchNodes?: readonly string[];
  statuses?: number[];
  dueBefore?: string;
  overdueAt?: string;
  /** Late at this instant: processing past the due date (2, 4, 5, 6), or an online dossier waiting past its acceptance time. */
  lateAt?: string;
  /** Only online dossiers waiting for acceptance past their acceptance time at this instant ("chậm tiếp nhận"). */
  acceptanceOverdueAt?: string;
  q?: string;
  /** Workflow filters on the replayed state: current step key, assignee id; and the procedure code. */
  step?: string;
  assigneeId?: string;
  /**
   * With `assigneeId` ("Việc của tôi"): also the dossiers of these agencies waiting, unassigned, at one of these
   * steps, or received (status 2) at a reception step the officer's role takes up with `start`.
   */
  pool?: { agencyIds: string[]; steps: string[]; startFrom: string[] };
  procedureCode?: string;
  /** Received at these agencies' counters for agencies of systems other than these (cross-system reception). */
  receivedAtAgencyIds?: string[];
  otherThanNodes?: readonly string[];
  limit: number;
  offset: number;
}

/** An online dossier's acceptance clock ran out before `at` without an answer (ISO strings compare in order). */
function waitingAcceptanceSince(at: string) {
  // acceptance_due: state.acceptance.dueAt while unanswered (generated column of migration 1340, indexed)
  return sql<boolean>`(acceptance_due < ${at})`;
}

/**
 * A work queue's page, ordered by due date then reception, and its total (capped, `CappedTotal`). A search by code
 * or personal ID (`q`) is two ordered branches joined with UNION ALL — the dossier with that code, and the person's
 * dossiers read in order from (owner_id_number, due_at, created_at) up to the end of the page — instead of an OR
 * that sorts all the person's dossiers to keep a page.
 */
export async function listQueue(
  tx: Tx,
  f: QueueFilter,
): Promise<{ rows: ListedDossier[]; revisions?: Revisions } & CappedTotal> {
  const search = plainSearch(f);
  if (search) return searchPage(tx, search, f);
  let q = tx.selectFrom('dossiers');
  if (f.dispatchNodes) {
    if (f.dispatchNodes.length === 0) return { rows: [], total: 0, totalCapped: false };
    q = q.where('resolvingAgencyId', 'is', null).where('nodeCode', 'in', f.dispatchNodes);
  } else if (f.agencyIds !== 'all') {
    if (f.agencyIds.length === 0) return { rows: [], total: 0, totalCapped: false };
    q = q.where('resolvingAgencyId', 'in', f.agencyIds);
  }
  if (f.receivedAtAgencyIds) {
    if (f.receivedAtAgencyIds.length === 0) return { rows: [], total: 0, totalCapped: false };
    q = q.where('receivedAtAgencyId', 'in', f.receivedAtAgencyIds);
    if (f.otherThanNodes?.length) q = q.where('nodeCode', 'not in', f.otherThanNodes);
  }
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  if (f.dueBefore) q = q.where('dueAt', '<=', f.dueBefore).where('dueAt', '>', f.overdueAt ?? f.dueBefore);
  else if (f.overdueAt) q = q.where('dueAt', '<', f.overdueAt);
  if (f.lateAt) {
    const at = f.lateAt;
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('status', 'in', [2, 4, 5, 6]), eb('dueAt', '<', at)]),
        eb.and([eb('status', '=', 1), waitingAcceptanceSince(at)]),
      ]),
    );
  }
  if (f.acceptanceOverdueAt) q = q.where('status', '=', 1).where(waitingAcceptanceSince(f.acceptanceOverdueAt));
  // wf_step / wf_assignee: state.workflow.step / .assignee.id (generated columns of migration 1340, indexed)
  if (f.step) q = q.where(sql<string>`wf_step`, '=', f.step);
  const pool = f.pool;
  if (f.assigneeId !== undefined && pool && pool.agencyIds.length && (pool.steps.length || pool.startFrom.length)) {
    const step = sql<string>`wf_step`;
    const assignee = sql<string>`wf_assignee`;
    q = q.where((eb) =>
      eb.or([
        eb(assignee, '=', f.assigneeId!),
        eb.and([
          eb('resolvingAgencyId', 'in', pool.agencyIds),
          eb.or([
            ...(pool.steps.length ? [eb.and([eb(assignee, 'is', null), eb(step, 'in', pool.steps), eb('status', '!=', 2)])] : []),
            ...(pool.startFrom.length ? [eb.and([eb('status', '=', 2), eb(step, 'in', pool.startFrom)])] : []),
          ]),
        ]),
      ]),
    );
  } else if (f.assigneeId !== undefined)
    q = q.where(sql<string>`wf_assignee`, '=', f.assigneeId);
  if (f.procedureCode) q = q.where('procedureCode', '=', f.procedureCode);
  const end = f.offset + f.limit;
  if (f.q) {
    const term = f.q;
    const byCode = q.where('code', '=', term);
    const byOwner = q.where('ownerIdNumber', '=', term).where(sql<boolean>`code is distinct from ${term}`);
    const union = sql`
      select * from (${byCode.select([...LISTED, listedState()])} union all
                     ${byOwner.select([...LISTED, listedState()]).orderBy('dueAt', 'asc').orderBy('createdAt', 'asc').limit(end)}) u
      order by due_at asc, created_at asc limit ${f.limit} offset ${f.offset}`;
    return pageWithTotal(tx, union, dueOrder, f, [byCode, byOwner]);
  }
  const listed = q.select([...LISTED, listedState()]).orderBy('dueAt', 'asc').orderBy('createdAt', 'asc').limit(f.limit).offset(f.offset);
  return pageWithTotal(tx, listed, dueOrder, f, [q]);
}

const dueOrder = sql`due_at asc, created_at asc`;

/** A search by code or personal ID of some agencies' dossiers and nothing else (an officer's search box). */
function plainSearch(f: QueueFilter): { q: string; agencyIds: string[] } | undefined {
  const { agencyIds, q, statuses, limit: _l, offset: _o, ...rest } = f;
  if (!q || agencyIds === 'all' || agencyIds.length === 0 || statuses?.length) return undefined;
  if (Object.values(rest).some((v) => v !== undefined)) return undefined;
  return { q, agencyIds };
}

/** `plainSearch` read by queue_search() (migration 1532): the page, its capped total, the revisions; plan cached. */
async function searchPage(
  tx: Tx,
  s: { q: string; agencyIds: string[] },
  page: { limit: number; offset: number },
): Promise<{ rows: ListedDossier[]; revisions?: Revisions } & CappedTotal> {
  const r = await sql<ListedDossier & PageExtras>`
    select * from queue_search(${s.agencyIds}::uuid[], ${s.q}, ${page.limit}::int, ${page.offset}::int, ${TOTAL_CAP}::int)`.execute(tx);
  const first = r.rows[0];
  const rows = r.rows.map(({ revisions: _r, listedTotal: _t, ...row }) => row);
  const total = await totalOfPage(rows.length, first?.listedTotal, page, () => {
    const branch = tx.selectFrom('dossiers').where('resolvingAgencyId', 'in', s.agencyIds);
    const byCode = branch.where('code', '=', s.q);
    const byOwner = branch.where('ownerIdNumber', '=', s.q).where(sql<boolean>`code is distinct from ${s.q}`);
    return countBranches(tx, [byCode, byOwner]);
  });
  return { rows, ...(first ? { revisions: first.revisions } : {}), ...total };
}

/**
 * A person's or organisation's own dossiers, newest first: submitted from their account, or for them (their personal
 * ID, or tax code for any other kind of owner) — received at a counter or forwarded from the portal. Two disjoint
 * branches (by account, by owner) each read in order from its index up to the end of the page, joined by UNION ALL.
 */
export async function listOwnDossiers(
  tx: Tx,
  owner: { accountId: string; kind: 'citizen' | 'organisation'; idNumber: string },
  limit: number,
  offset: number,
): Promise<{ rows: ListedDossier[] } & CappedTotal> {
  // own_dossiers (migration 1531): the page and its capped total in one statement, its plan cached per connection
  const r = await sql<ListedDossier & { listedTotal: number | null }>`
    select * from own_dossiers(${owner.accountId}::uuid, ${owner.kind === 'citizen'}, ${owner.idNumber}, ${limit}::int,
                               ${offset}::int, ${TOTAL_CAP}::int)`.execute(tx);
  const rows = r.rows.map(({ listedTotal: _, ...row }) => row);
  const total = await totalOfPage(rows.length, r.rows[0]?.listedTotal, { limit, offset }, () => {
    const byAccount = tx.selectFrom('dossiers').where('accountId', '=', owner.accountId);
    const byOwner = tx
      .selectFrom('dossiers')
      .where((eb) => (owner.kind === 'citizen' ? eb('ownerType', '=', 'citizen') : eb('ownerType', '!=', 'citizen')))
      .where('ownerIdNumber', '=', owner.idNumber)
      .where(sql<boolean>`account_id is distinct from ${owner.accountId}`);
    return countBranches(tx, [byAccount, byOwner]);
  });
  return { rows, ...total };
}
