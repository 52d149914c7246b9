/**
 * Actions on a dossier: one transaction per action — lock the row, check role and agency, check the expected
 * version, replay the action log with the resolving agency's calendar, apply the action through the transition
 * table, append it, rewrite the projection, audit, sync and notify — and the system's own actions (a payment
 * confirmed, a supplement window run out). Reception is in dossier.service.ts.
 */
import { dossierCommitted } from './committed.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import { loadSchedule } from '../../platform/calendar/calendar.service.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { AgencyRef } from '../catalogue/offering.repository.ts';
import {
  appendAction,
  firstActionData,
  statusAndVersion,
  findRuleVersionById,
  insertAudit,
  listActions,
  lockDossier,
  nextCodeSeq,
  updateProjection,
  type Tx,
} from './dossier.repository.ts';
import type { DossierRow } from './dossier.table.ts';
import { apply, replay, TransitionError, type ActionRecord } from './lifecycle.ts';
import { checkReturn } from './return-rules.ts';
import { allowedActions, isStatus, transitionTarget, type ActionKind } from './status.ts';
import { actionRoles } from './action-roles.ts';
import { checkApology } from './apology.ts';
import {
  findAgencyById,
  isOtherSystemsCounter,
  officerGrantsFor,
  receivesForNode,
  returnedAtAnotherSystem,
  returnsAtReceivingCounter,
} from './cross-system.ts';
import { insertVerifications, type Verification } from '../reuse/reuse.repository.ts';
import { holdsCurrentStep, planStep, workflowContextFor } from '../workflow/step.service.ts';
import { actor, auditActor, formatDossierCode, getAgencyRef, notifyAndSync, vnDay } from './dossier.service.ts';
import { isDossierOwner } from './owner.ts';
import { openObligationPayment } from './fees-obligation.ts';
import { resultsHeldBy } from './issued-results.repository.ts';
import { formatVerificationCode } from '../../platform/signing/verification.ts';

/** Refuse to close a dossier holding a valid result (409 dossier-has-result); else the revoked results, if any. */
async function resultsBeforeClosing(tx: Tx, dossierId: string): Promise<Record<string, unknown>> {
  const held = await resultsHeldBy(tx, dossierId);
  const valid = held.filter((r) => r.status === 'valid');
  if (valid.length)
    throw new AppError('dossier-has-result', {
      detail: 'Revoke the result, with the reason, before the dossier is withdrawn or stopped',
      data: { results: valid.map((r) => ({ id: r.id, verificationCode: formatVerificationCode(r.verificationCode) })) },
    });
  const revoked = held.filter((r) => r.status === 'revoked');
  if (!revoked.length) return {};
  return {
    revokedResults: revoked.map((r) => ({
      numberSymbol: r.numberSymbol,
      resultTypeName: r.resultTypeName,
      verificationCode: r.verificationCode,
      revokedAt: r.changedAt,
      reason: r.revokedReason,
    })),
  };
}

/** What the owner may do on their own online dossier: withdraw it, or send the supplement asked for. */
export const OWNER_ACTIONS: readonly ActionKind[] = ['withdraw', 'supplement_received'];

const ACTIONS_NEEDING_REASON: ActionKind[] = [
  'refuse',
  'withdraw',
  'stop',
  'recall',
  'apologize',
  'return_to_step',
];

export interface ActInput {
  action: Exclude<ActionKind, 'submit'>;
  expectedVersion: number;
  reason?: string;
  items?: { name: string; reason: string; documentTypeCode?: string; verification?: { reason: string } }[];
  newDueAt?: string;
  note?: string;
  returnMethod?: 'counter' | 'post' | 'online';
  receiver?: { name: string; idNumber?: string };
  /** return_result: the fees are waived, with the reason (recorded with the action and its audit row). */
  feeExemption?: { reason: string };
  /** dispatch: the competent agency chosen from the queue. */
  agencyCode?: string;
  /** start/forward/return_to_step/approve: the workflow step to move to and, optionally, its assignee. */
  toStep?: string;
  assigneeId?: string;
}

/** Take one action on a dossier. Refused attempts that matter (illegal transitions, repeated apologies) are audited. */
export async function act(
  db: Db,
  principal: Principal | undefined,
  dossierId: string,
  input: ActInput,
  now: Date = new Date(),
  hooks: ActHooks = {},
): Promise<DossierRow> {
  try {
    const row = await db
      .transaction()
      .execute(async (tx) => actInTx(tx, principal, dossierId, input, now, hooks));
    dossierCommitted();
    return row;
  } catch (err) {
    if (err instanceof AppError && err.status === 409) {
      await insertAudit(db, {
        ...auditActor(principal),
        action: input.action,
        targetType: 'dossier',
        targetId: dossierId,
        outcome: 'refused',
        detail: { code: err.code, detail: err.detail ?? null },
      }).catch(() => undefined);
    }
    throw err;
  }
}

/** `act` inside the caller's transaction (e.g. `record_result` issued together with the electronic result, src/local/results). */
export async function actInTx(
  tx: Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0],
  principal: Principal | undefined,
  dossierId: string,
  input: ActInput,
  now: Date,
  opts: ActHooks & { system?: boolean } = {},
): Promise<DossierRow> {
  const row = await lockDossier(tx, dossierId);
  if (!row) throw new AppError('dossier-not-found');
  const agency = row.resolvingAgencyId ? await findAgencyById(tx, row.resolvingAgencyId) : undefined;
  let dispatchTo: AgencyRef | undefined;
  if (!agency) {
    // In the dispatch queue: only the system's one-stop officers act, and only to dispatch it.
    if (!(await receivesForNode(tx, principal, row.nodeCode))) throw new AppError('forbidden');
    if (input.action !== 'dispatch') {
      throw new AppError('dossier-transition-not-allowed', {
        detail: 'The dossier waits in the dispatch queue for its competent agency',
        data: { currentStatus: row.status, allowedActions: ['dispatch'] },
      });
    }
  } else {
    if (
      input.action === 'return_result' &&
      !opts.system &&
      (await returnedAtAnotherSystem(tx, row)) &&
      !(await returnsAtReceivingCounter(tx, principal, row, input.action))
    ) {
      throw new AppError('forbidden', {
        detail: 'The result is handed over at the counter of the other system that received the dossier',
      });
    }
    const ownerMay =
      isDossierOwner(principal, row) &&
      OWNER_ACTIONS.includes(input.action);
    if (
      !opts.system &&
      !ownerMay &&
      !officerGrantsFor(principal, agency, actionRoles[input.action]) &&
      !(
        holdsCurrentStep(row.state, principal, input.action) &&
        !(await isOtherSystemsCounter(tx, principal, row))
      ) &&
      !(await returnsAtReceivingCounter(tx, principal, row, input.action))
    ) {
      throw new AppError('forbidden', {
        detail: `Your roles may not ${input.action} dossiers of this agency`,
      });
    }
    if (input.action === 'dispatch') {
      throw new AppError('dossier-transition-not-allowed', {
        detail: 'The dossier already has its competent agency',
      });
    }
  }
  if (input.action === 'dispatch') {
    const first = await firstActionData(tx, row.id);
    const candidates = (first?.dispatchCandidates as string[] | undefined) ?? [];
    if (!input.agencyCode || !candidates.includes(input.agencyCode)) {
      throw new AppError('validation-failed', {
        detail: 'agencyCode must be one of the competent agencies',
        errors: [{ path: '/agencyCode', message: `one of ${candidates.join(', ')}` }],
      });
    }
    dispatchTo = await getAgencyRef(tx, input.agencyCode);
  }
  if (row.version !== input.expectedVersion) {
    throw new AppError('dossier-version-conflict', { data: { currentVersion: row.version } });
  }
  if (ACTIONS_NEEDING_REASON.includes(input.action) && !input.reason?.trim())
    throw new AppError('reason-required');

  const rule = await findRuleVersionById(tx, row.ruleVersionId);
  const acting = agency ?? dispatchTo;
  if (!acting) throw new AppError('dossier-not-found');
  const schedule = (await loadSchedule(tx, acting.code)).schedule;
  const ctx = {
    schedule,
    terms: row.terms,
    rules: rule.settings,
    workflow: await workflowContextFor(tx, row, rule.settings),
  };
  const history = await listActions(tx, row.id);
  const records: ActionRecord[] = history.map((h) => ({
    seq: h.seq,
    kind: h.kind as ActionKind,
    at: h.at,
    data: h.data,
    actor: { id: h.actorId, name: h.actorName },
  }));
  const current = replay(records, ctx);
  const data: Record<string, unknown> = {};
  if (input.reason) data.reason = input.reason.normalize('NFC');
  if (input.note) data.note = input.note.normalize('NFC');
  if (dispatchTo) data.agencyCode = dispatchTo.code;
  let verifications: Verification[] = [];

  switch (input.action) {
    case 'request_supplement': {
      if (!input.items?.length) throw new AppError('supplement-items-required');
      // Once, and complete (law-2025.md §2): at the counter and online alike, before reception too.
      if (current.supplementRequests > 0) throw new AppError('supplement-already-requested');
      // Once-only: after the caller is known to be allowed, an item a valid warehouse document covers is refused (409)
      // unless it is a verification; verifications are audited with the action.
      verifications = opts.supplementCheck ? await opts.supplementCheck(tx, row, input.items) : [];
      data.items = input.items.map((i) => ({
        name: i.name.normalize('NFC'),
        reason: i.reason.normalize('NFC'),
        ...(i.documentTypeCode ? { documentTypeCode: i.documentTypeCode } : {}),
        ...(i.verification ? { verification: { reason: i.verification.reason.normalize('NFC') } } : {}),
      }));
      break;
    }
    case 'apologize': {
      Object.assign(data, checkApology(current, input.newDueAt, rule.settings, schedule, now));
      break;
    }
    case 'hand_over_paper': {
      // The paper file of a counter or postal dossier, once (law-2025.md §1); an online dossier has none.
      if (row.channel === 'online') throw new AppError('paper-handover-not-applicable');
      if (current.paperHandover?.at)
        throw new AppError('paper-already-handed-over', { data: { at: current.paperHandover.at } });
      break;
    }
    case 'return_result': {
      // a method, and the fees paid or waived with a reason — also for a return relayed from the other system's
      // counter that received the dossier (it names its method, and the exemption it recorded)
      if (transitionTarget(current.status, 'return_result') === undefined) data.method = input.returnMethod ?? 'counter';
      else Object.assign(data, await checkReturn(tx, row.id, { ...input, returnMethod: input.returnMethod ?? (opts.system ? 'counter' : undefined) }));
      if (input.receiver) data.receiver = input.receiver;
      break;
    }
    case 'withdraw':
    case 'stop': {
      // Only while no decision or result exists (law-2025.md §5): a valid result must be revoked, with its reason,
      // first; the revoked ones are named on Form 05.
      Object.assign(data, await resultsBeforeClosing(tx, row.id));
      break;
    }
    case 'receive':
    case 'refuse':
    case 'start':
    case 'forward':
    case 'return_to_step':
    case 'approve':
    case 'supplement_received':
    case 'request_payment':
    case 'payment_fulfilled':
    case 'record_result':
    case 'recall':
    case 'dispatch':
      break;
  }

  Object.assign(
    data,
    await planStep(tx, {
      principal,
      state: current,
      ctx: ctx.workflow,
      action: input.action,
      toStep: input.toStep,
      assigneeId: input.assigneeId,
      resolving: acting,
    }),
  );
  const record: ActionRecord = { seq: current.lastSeq + 1, kind: input.action, at: now.toISOString(), data };
  if (principal) record.actor = { id: principal.id, name: principal.name };
  let next;
  try {
    next = apply(current, record, ctx);
  } catch (err) {
    if (err instanceof TransitionError) {
      throw new AppError('dossier-transition-not-allowed', {
        detail: err.message,
        data: { currentStatus: current.status, allowedActions: allowedActions(current.status) },
      });
    }
    throw err;
  }
  let code: string | undefined;
  // Accepted, or refused (Form 03 names the dossier by its code): an online dossier gets its code here.
  if ((input.action === 'receive' || input.action === 'refuse') && !row.code) {
    const day = vnDay(now);
    code = formatDossierCode(acting.code, day, await nextCodeSeq(tx, acting.code, day));
    record.data.code = code;
  }
  await appendAction(tx, {
    dossierId: row.id,
    seq: record.seq,
    kind: record.kind,
    at: record.at,
    data: record.data,
    ...actor(principal),
  });
  const updated = await updateProjection(tx, row.id, {
    ...(code ? { code } : {}),
    ...(dispatchTo ? { resolvingAgencyId: dispatchTo.id } : {}),
    status: next.status,
    subState: next.subState,
    receivedAt: next.receivedAt,
    dueAt: next.dueAt,
    state: next,
  });
  await insertAudit(tx, {
    ...auditActor(principal),
    action: input.action,
    targetType: 'dossier',
    targetId: row.id,
    outcome: 'ok',
    detail: { seq: record.seq },
  });
  await insertVerifications(tx, auditActor(principal), row.id, row.resolvingAgencyId, verifications);
  // The financial obligation names the dossier's fee lines: the owner can pay them online at once.
  if (input.action === 'request_payment' && agency) {
    await openObligationPayment(tx, updated, agency, principal?.kind === 'officer' ? principal.id : null);
  }
  await notifyAndSync(tx, updated, record, principal);
  return updated;
}

/** Checks a caller plugs into an action's transaction (the once-only rule lives in src/local/reuse). */
export interface ActHooks {
  /** A supplement request's items against the owner's warehouse: throws 409 for a covered item, returns verifications. */
  supplementCheck?: (
    tx: Tx,
    row: DossierRow,
    items: NonNullable<ActInput['items']>,
  ) => Promise<Verification[]>;
}

/**
 * An action taken by the system itself (no officer), inside the caller's transaction — e.g. `payment_fulfilled`
 * when the payment platform confirms the fees. Does nothing when the dossier is no longer waiting for it.
 */
export async function systemAct(
  tx: Tx,
  dossierId: string,
  action: 'payment_fulfilled',
  now: Date = new Date(),
): Promise<boolean> {
  const current = await statusAndVersion(tx, dossierId);
  if (!current || current.status !== 6) return false;
  await actInTx(
    tx as Parameters<typeof actInTx>[0],
    undefined,
    dossierId,
    { action, expectedVersion: current.version },
    now,
    { system: true },
  );
  return true;
}

export function statusOf(row: DossierRow): number {
  return isStatus(row.status) ? row.status : 0;
}

/**
 * A closing action taken by the system itself (no officer) inside the caller's transaction, with its reason:
 * `stop` (status 5 → 8) or `refuse` (status 1 → 3) — e.g. when the supplement window ran out
 * (supplement-deadline.ts). Throws `dossier-version-conflict` when the dossier changed since it was read.
 */
export async function systemClose(
  tx: Tx,
  dossierId: string,
  action: 'stop' | 'refuse',
  reason: string,
  expectedVersion: number,
  now: Date = new Date(),
): Promise<DossierRow> {
  return actInTx(
    tx as Parameters<typeof actInTx>[0],
    undefined,
    dossierId,
    { action, expectedVersion, reason },
    now,
    { system: true },
  );
}
