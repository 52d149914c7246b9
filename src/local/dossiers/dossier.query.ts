/** Reads: one dossier for an officer, the public tracking view, and work queues. */
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { dossierRoles } from '../../platform/identity/policy.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { nodeCodesOf } from '../catalogue/offering.repository.ts';
import {
  agencyCodeAndName,
  agencySubtreeIds,
  findDossierByCode,
  findRuleVersionById,
  listActions,
} from './dossier.repository.ts';
import type { DossierRow } from './dossier.table.ts';
import { officerView, publicView } from './dossier.view.ts';
import { poolSteps } from '../workflow/next-actions.ts';
import { actionsForOfficer } from './my-actions.ts';
import { isDossierOwner } from './owner.ts';
import { processingLate } from './dossier.clocks.ts';
import { acceptanceLate } from './lifecycle.ts';
import { findWholeDossier, type WholeDossier } from './dossier.read.repository.ts';
import { listOwnDossiers, listQueue } from './dossier.list.repository.ts';
import { knownAgencies } from './cross-system.ts';
import { readAssumingRevisions, readingAt } from '../../platform/reference/revisions.ts';

/**
 * Agencies whose dossiers this officer may read: the agencies where they hold a role that works on dossiers (one-stop
 * officer, specialist, leader) and every agency below them. An agency administrator's or a national operator's
 * grant opens no dossier (least privilege: they see figures, `statisticsAgencyIds`).
 */
export async function visibleAgencyIds(db: Db, p: Principal | undefined): Promise<string[]> {
  if (!p || p.kind !== 'officer') return [];
  const ids = p.grants.filter((g) => dossierRoles.includes(g.role)).map((g) => g.agencyId);
  return ids.length ? [...(await agencySubtreeIds(db, ids))] : [];
}

/** The local systems (nodes) whose dispatch queue this officer works: those of their one-stop grants. */
async function dispatchNodes(db: Db, p: Principal | undefined): Promise<readonly string[]> {
  if (!p || p.kind !== 'officer') return [];
  const ids = p.grants
    .filter((g) => g.role === 'one_stop_officer' || g.role === 'leader')
    .map((g) => g.agencyId);
  return nodeCodesOf(db, ids);
}

export async function assertVisible(db: Db, p: Principal | undefined, row: DossierRow): Promise<void> {
  if (isDossierOwner(p, row)) return;
  if (!row.resolvingAgencyId && (await dispatchNodes(db, p)).includes(row.nodeCode)) return;
  const ids = await visibleAgencyIds(db, p);
  if (row.resolvingAgencyId && ids.includes(row.resolvingAgencyId)) return;
  // the counter that received it for another agency follows its progress (and returns the result there)
  if (row.receivedAtAgencyId && ids.includes(row.receivedAtAgencyId)) return;
  throw new AppError('dossier-not-found'); // do not reveal other agencies' dossiers
}

/** The agency ids of the officer's grants that open dossiers (a dossier below one of them is visible). */
function dossierGrantIds(p: Principal | undefined): string[] {
  if (!p || p.kind !== 'officer') return [];
  return p.grants.filter((g) => dossierRoles.includes(g.role)).map((g) => g.agencyId);
}

/**
 * `assertVisible` on a dossier read whole: the chains of agencies above the competent agency and the receiving
 * counter came with it, so "below one of my agencies" needs no query of the agency tree.
 */
async function assertWholeVisible(db: Db, p: Principal | undefined, whole: WholeDossier): Promise<void> {
  const { row } = whole;
  if (isDossierOwner(p, row)) return;
  if (!row.resolvingAgencyId && (await dispatchNodes(db, p)).includes(row.nodeCode)) return;
  const grants = dossierGrantIds(p);
  if (row.resolvingAgencyId && whole.resolvingChainIds.some((id) => grants.includes(id))) return;
  if (row.receivedAtAgencyId && whole.receivedAtChainIds.some((id) => grants.includes(id))) return;
  throw new AppError('dossier-not-found'); // do not reveal other agencies' dossiers
}

/** The officer's view of one dossier: read in one statement (findWholeDossier), then what this officer may do. */
export async function getDossierView(db: Db, p: Principal | undefined, id: string, now: Date = new Date()) {
  const whole = await findWholeDossier(db, id);
  if (!whole) throw new AppError('dossier-not-found');
  // the caches that complete the view are checked against the revisions the dossier was read with: no more reads
  const myActions = await readingAt(db, whole.revisions, async () => {
    await assertWholeVisible(db, p, whole);
    return actionsForOfficer(db, p, whole.row, agenciesOf(db, whole));
  });
  return { ...viewOfWhole(whole.row, whole, now), myActions };
}

/** After an action: the dossier as it now stands (`row`, its children read in one statement) and what this officer may do next. */
export async function presentForOfficer(db: Db, p: Principal | undefined, row: DossierRow, now: Date) {
  const whole = await findWholeDossier(db, row.id);
  if (!whole) throw new AppError('dossier-not-found');
  const myActions = await readingAt(db, whole.revisions, () => actionsForOfficer(db, p, row, agenciesOf(db, whole)));
  return { ...viewOfWhole(row, whole, now), myActions };
}

function agenciesOf(db: Db, whole: WholeDossier) {
  const { row } = whole;
  return knownAgencies(db, [
    ...(row.resolvingAgencyId ? ([[row.resolvingAgencyId, whole.resolvingAgency]] as const) : []),
    ...(row.receivedAtAgencyId ? ([[row.receivedAtAgencyId, whole.receivedAtAgency]] as const) : []),
  ]);
}

function viewOfWhole(row: DossierRow, whole: WholeDossier, now: Date) {
  return officerView(
    row,
    {
      uploadedOnline: whole.uploadedOnline,
      agencyCode: whole.resolvingAgencyCode,
      receivedAtAgency: whole.receivedAt,
      components: whole.components,
      fees: whole.fees,
      actions: whole.actions,
      ruleVersion: whole.ruleVersion,
    },
    now,
  );
}

/**
 * The officer's view of a dossier at the law's `now` (late marks); `written` (what a reception just wrote, in this
 * transaction) spares the reads. Otherwise its children are read in one statement (the row given is the one shown).
 */
export async function presentDossier(
  db: Db,
  row: DossierRow,
  written?: Omit<Parameters<typeof officerView>[1], 'ruleVersion'>,
  now: Date = new Date(),
) {
  if (written) {
    // where it was received, named (one lookup, only for a dossier received at a counter)
    const [receivedAt, ruleVersion] = await Promise.all([
      row.receivedAtAgencyId ? agencyCodeAndName(db, row.receivedAtAgencyId) : undefined,
      findRuleVersionById(db, row.ruleVersionId),
    ]);
    return officerView(row, { ...written, receivedAtAgency: receivedAt ?? null, ruleVersion }, now);
  }
  const whole = await findWholeDossier(db, row.id);
  if (!whole) throw new AppError('dossier-not-found');
  return viewOfWhole(row, whole, now);
}

export async function trackDossier(db: Db, code: string) {
  const row = await findDossierByCode(db, code);
  if (!row) throw new AppError('dossier-not-found', { detail: `No dossier with code ${code}` });
  const [actions, agency] = await Promise.all([
    listActions(db, row.id),
    row.resolvingAgencyId ? agencyCodeAndName(db, row.resolvingAgencyId) : undefined,
  ]);
  return publicView(row, agency ?? null, actions);
}

export type QueueName =
  | 'dispatch'
  | 'to_receive'
  | 'to_process'
  | 'waiting_supplement'
  | 'waiting_payment'
  | 'ready'
  | 'due_soon'
  | 'late'
  | 'late_acceptance'
  | 'mine'
  | 'all';

const queueStatuses: Record<QueueName, number[] | undefined> = {
  dispatch: [1, 2],
  to_receive: [1],
  to_process: [2, 4],
  waiting_supplement: [5],
  waiting_payment: [6],
  ready: [9],
  due_soon: [2, 4],
  late: [1, 2, 4, 5, 6],
  late_acceptance: [1],
  mine: [1, 2, 4, 5, 6, 9],
  all: undefined,
};

/** The officer's roles that perform workflow steps (a one-stop officer's pool is the reception and return). */
function stepRolesOf(p: Principal | undefined): string[] {
  if (!p || p.kind !== 'officer') return [];
  return [...new Set(p.grants.map((g) => g.role).filter((r) => r === 'specialist' || r === 'leader' || r === 'one_stop_officer'))];
}

export interface QueueQuery {
  queue: QueueName;
  q?: string;
  step?: string;
  assigneeId?: string;
  procedureCode?: string;
  /** Only dossiers received at my agencies' counters for agencies of other systems. */
  receivedHere?: boolean;
  limit: number;
  offset: number;
}

export async function workQueue(db: Db, p: Principal | undefined, q: QueueQuery, now: Date = new Date()) {
  // the agency tree, the officer's systems and the agencies' names come from the caches, checked against the
  // revisions the page itself was read with: one statement for a page
  return readAssumingRevisions(db, () => queuePage(db, p, q, now));
}

async function queuePage(db: Db, p: Principal | undefined, q: QueueQuery, now: Date) {
  const dispatch = q.queue === 'dispatch';
  const mine = await visibleAgencyIds(db, p);
  // "mine" (Việc của tôi): the dossiers whose current workflow step is assigned to me, at any agency (inter-agency
  // steps), and those of my agencies waiting unassigned at a step my roles take up (the pool)
  const agencyIds = dispatch ? [] : q.queue === 'mine' || q.receivedHere ? 'all' : mine;
  const receivedHere = q.receivedHere
    ? { receivedAtAgencyIds: mine, otherThanNodes: await dispatchNodes(db, p) }
    : {};
  const soon = new Date(now.getTime() + 2 * 86_400_000).toISOString();
  const { rows, total, totalCapped, revisions } = await listQueue(db, {
    agencyIds,
    ...(dispatch ? { dispatchNodes: await dispatchNodes(db, p) } : {}),
    ...receivedHere,
    statuses: queueStatuses[q.queue],
    ...(q.queue === 'due_soon' ? { dueBefore: soon, overdueAt: now.toISOString() } : {}),
    ...(q.queue === 'late' ? { lateAt: now.toISOString() } : {}),
    ...(q.queue === 'late_acceptance' ? { acceptanceOverdueAt: now.toISOString() } : {}),
    ...(q.q ? { q: q.q } : {}),
    ...(q.step ? { step: q.step } : {}),
    ...(q.procedureCode ? { procedureCode: q.procedureCode } : {}),
    ...(q.queue === 'mine'
      ? { assigneeId: p?.id ?? '', pool: { agencyIds: mine, ...(await poolSteps(db, stepRolesOf(p))) } }
      : q.assigneeId
        ? { assigneeId: q.assigneeId }
        : {}),
    limit: q.limit,
    offset: q.offset,
  });
  // the competent agency of each row, in one query (the queue of another system's dossiers shows who resolves them)
  const ids = [...new Set(rows.map((r) => r.resolvingAgencyId).filter((id): id is string => id !== null))];
  const named = await Promise.all(ids.map(async (id) => [id, await agencyCodeAndName(db, id)] as const));
  const agencies = new Map(named.flatMap(([id, a]) => (a ? [[id, { code: a.code, name: a.name }] as const] : [])));
  const value = {
    total,
    totalCapped,
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status,
      procedureCode: r.procedureCode,
      procedureName: r.procedureName,
      ownerName: r.ownerName,
      resolvingAgency: (r.resolvingAgencyId && agencies.get(r.resolvingAgencyId)) || null,
      nodeCode: r.nodeCode,
      returnAtReception: r.returnAtReception ?? false,
      receivedAt: r.receivedAt,
      dueAt: r.dueAt,
      step: r.state.workflow?.step ?? null,
      assignee: r.state.workflow?.assignee ?? null,
      stepDueAt: r.state.workflow?.stepDueAt ?? null,
      late: processingLate(r.status, r.dueAt, now) || (r.status === 1 && acceptanceLate(r.state.acceptance, now)),
      /** Online: accepted (or still waiting) past the acceptance time ("chậm tiếp nhận", law-2025.md §6). */
      lateAcceptance: acceptanceLate(r.state.acceptance, now),
      acceptanceDueAt: r.state.acceptance?.dueAt ?? null,
      version: r.version,
    })),
  };
  return { value, revisions };
}

/** The dossiers a citizen or organisation submitted online, newest first. */
export async function myDossiers(db: Db, p: Principal | undefined, q: { limit: number; offset: number }) {
  if (!p || p.kind === 'officer') return { total: 0, totalCapped: false, items: [] };
  const { rows, total, totalCapped } = await listOwnDossiers(
    db,
    p.kind === 'citizen'
      ? { accountId: p.id, kind: 'citizen', idNumber: p.personalId }
      : { accountId: p.id, kind: 'organisation', idNumber: p.taxCode },
    q.limit,
    q.offset,
  );
  return {
    total,
    totalCapped,
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status,
      procedureCode: r.procedureCode,
      procedureName: r.procedureName,
      createdAt: r.createdAt,
      dueAt: r.dueAt,
      version: r.version,
    })),
  };
}
