/**
 * Dossier reception and actions. Every action: lock the dossier row, check the caller's role and agency, check the
 * expected version (optimistic concurrency), replay the log and apply the action through the one transition
 * table, then append the action, rewrite the projection and write the audit row — all in one transaction.
 */
import { dossierCommitted } from './committed.ts';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { NationalPort, PortProcedure } from '../../federation/national-port.ts';
import { checkPersonalId, isValidTaxCode, normaliseTaxCode } from '../../lib/vn-ids.ts';
import { loadSchedule } from '../../platform/calendar/calendar.service.ts';
import { notifyDossierAction } from '../../platform/notifications/notifications.service.ts';
import { enqueueDossierSync } from '../sync/sync.service.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import { findAgency, nodeCodesOf, type AgencyRef } from '../catalogue/offering.repository.ts';
import {
  agenciesInNodes,
  appendAction,
  firstActionData,
  firstAgencyCodeInNode,
  statusAndVersion,
  findRuleVersion,
  findRuleVersionById,
  insertAudit,
  insertDossier,
  insertReceptionRows,
  listActions,
  lockDossier,
  nextCodeSeq,
  updateProjection,
  type Tx,
} from './dossier.repository.ts';
import type { DossierActionRow, DossierComponentRow, DossierFeeRow, DossierRow } from './dossier.table.ts';
import {
  apply,
  initialState,
  replay,
  TransitionError,
  type ActionRecord,
  type ProcessingTerms,
} from './lifecycle.ts';
import { allowedActions, isStatus, type ActionKind } from './status.ts';
import { actionRoles } from './action-roles.ts';
import {
  assertAcrossSystems,
  findAgencyById,
  isOtherSystemsCounter,
  officerGrantsFor,
  receivesForNode,
  returnedAtAnotherSystem,
  returnsAtReceivingCounter,
} from './cross-system.ts';
import { planReception, type ReuseEntry } from '../reuse/reception-plan.ts';
import { insertVerifications, type Verification } from '../reuse/reuse.repository.ts';
import {
  holdsCurrentStep,
  partyOf,
  planStep,
  receivingAgencyOf,
  workflowContextFor,
  workflowForReception,
} from '../workflow/step.service.ts';

export interface OwnerInput {
  type: 'citizen' | 'business' | 'agency' | 'other';
  idNumber: string;
  name: string;
  birthDate?: string;
  address?: string;
  phone?: string;
  email?: string;
}

export interface ComponentInput {
  name: string;
  documentTypeCode?: string;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  /** Asked on paper although the warehouse covers it: allowed as a verification, with the reason (audited). */
  verification?: { reason: string };
}

export interface ReceptionInput {
  procedureCode: string;
  caseCode?: string;
  /** The competent agency; omitted at a counter, the dossier is routed by competence (or queued for dispatch). */
  resolvingAgencyCode?: string;
  channel: 'counter' | 'post' | 'online';
  owner: OwnerInput;
  submitter?: { name: string; idNumber: string; authorisation: string };
  components: ComponentInput[];
  /** Components taken from the owner's warehouse (src/local/reuse); at a counter under `consentId`. */
  reuse?: ReuseEntry[];
  consentId?: string;
  /** The person takes the result back at the receiving counter (default: yes when received for another system). */
  returnAtReception?: boolean;
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

function vnDay(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function formatDossierCode(agencyCode: string, day: string, seq: number): string {
  return `${agencyCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, '0')}`;
}

export function validateOwner(o: OwnerInput): OwnerInput {
  if (o.type === 'citizen') {
    const c = checkPersonalId(o.idNumber, o.birthDate);
    if (!c.ok) throw new AppError('invalid-personal-id', { detail: c.reason });
  } else if (o.type === 'business') {
    if (!isValidTaxCode(o.idNumber)) throw new AppError('invalid-tax-code');
    return { ...o, idNumber: normaliseTaxCode(o.idNumber) };
  }
  return o;
}

function termsFor(proc: PortProcedure, channel: ReceptionInput['channel']): ProcessingTerms | null {
  const t =
    channel === 'online' ? (proc.processing.online ?? proc.processing.counter) : proc.processing.counter;
  return t ? { duration: t.duration, unit: t.unit } : null;
}

async function getAgencyRef(db: Tx, code: string): Promise<AgencyRef> {
  const a = await findAgency(db, code);
  if (!a) throw new AppError('agency-not-found', { detail: `No agency ${code}` });
  return a;
}

async function publishedProcedure(port: NationalPort, code: string): Promise<PortProcedure> {
  const proc = await port.findPublishedProcedure(code);
  if (!proc)
    throw new AppError('procedure-not-published', {
      detail: `Procedure ${code} is not published or has been retired`,
    });
  return proc;
}

function actor(p: Principal | undefined): { actorKind: string; actorId: string; actorName: string } {
  if (!p) return { actorKind: 'system', actorId: 'system', actorName: 'Hệ thống' };
  return { actorKind: p.kind, actorId: p.id, actorName: p.name };
}

/** What a reception wrote: the dossier row and its child rows, so the response needs no read-back. */
export interface ReceivedDossier {
  row: DossierRow;
  components: DossierComponentRow[];
  fees: DossierFeeRow[];
  actions: DossierActionRow[];
  agencyCode: string | null;
}

/** Counter, postal or online reception: creates the dossier and its first action in one transaction. */
export async function createDossier(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  input: ReceptionInput,
  now: Date = new Date(),
): Promise<DossierRow> {
  return (await receiveDossier(db, port, principal, input, now)).row;
}

/** createDossier, returning also the rows it wrote (the reception routes present them as they are). */
export async function receiveDossier(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  input: ReceptionInput,
  now: Date = new Date(),
  /** `sourceRef`: idempotency key of a dossier created from a federation message (unique; see src/federation/routing). */
  opts: ReceptionOptions = {},
): Promise<ReceivedDossier> {
  const owner = validateOwner(input.owner);
  const proc = await publishedProcedure(port, input.procedureCode);
  const online = input.channel === 'online';
  if (online) {
    if (proc.onlineLevel === 'none') throw new AppError('procedure-not-online');
    if (!principal || principal.kind === 'officer')
      throw new AppError('forbidden', { detail: 'Online submission is for citizens and organisations' });
    if (!input.resolvingAgencyCode)
      throw new AppError('validation-failed', {
        errors: [{ path: '/resolvingAgencyCode', message: 'required online' }],
      });
  }
  let crossNode = false;
  const route = input.resolvingAgencyCode
    ? { agency: await getAgencyRef(db, input.resolvingAgencyCode) }
    : await routeByCompetence(db, principal, proc);
  const agency = route.agency;
  if (agency) {
    if (![agency.code, ...agency.ancestorCodes].some((c) => proc.competentAgencyCodes.includes(c))) {
      throw new AppError('procedure-not-competent', {
        data: { competentAgencyCodes: proc.competentAgencyCodes },
      });
    }
    crossNode =
      !online &&
      !opts.routed &&
      !officerGrantsFor(principal, agency, actionRoles.receive) &&
      !(await receivesForNode(db, principal, agency.nodeCode));
    if (crossNode) await assertAcrossSystems(principal, agency.nodeCode, opts.acrossSystems);
  }
  const nodeCode = agency?.nodeCode ?? (route as { nodeCode: string }).nodeCode;
  const codeAgency = agency?.code ?? (route as { receivingAgencyCode: string }).receivingAgencyCode;
  // A dossier waiting for dispatch starts its workflow at the receiving agency.
  const receivingRef = agency ?? (await getAgencyRef(db, codeAgency));
  const cas = input.caseCode ? proc.cases.find((c) => c.code === input.caseCode) : proc.cases[0];
  if (input.caseCode && !cas)
    throw new AppError('validation-failed', {
      detail: `Unknown case ${input.caseCode}`,
      errors: [{ path: '/caseCode', message: 'unknown case' }],
    });
  const terms = termsFor(proc, input.channel);
  // once-only: reused components checked, covered paper refused, the consent tied to this dossier (src/local/reuse)
  const dossierId = randomUUID();
  const plan = await planReception(port, {
    principal,
    proc,
    caseCode: cas?.code ?? null,
    owner,
    agencyCodes: agency ? [agency.code] : (route as { candidates: string[] }).candidates,
    channel: input.channel,
    components: input.components,
    reuse: input.reuse,
    consentId: input.consentId,
    dossierId,
  });

  return db
    .transaction()
    .execute(async (tx) => {
      const rule = await findRuleVersion(tx, now.toISOString());
      const schedule = (await loadSchedule(tx, agency?.code)).schedule;
      // workflow: the template version in force; the reception step starts with the receiving officer
      const workflow = await workflowForReception(tx, proc, input.channel, rule.settings, now);
      const first: ActionRecord = {
        seq: 1,
        kind: online ? 'submit' : 'receive',
        at: now.toISOString(),
        data: online
          ? {}
          : await planStep(tx, {
              principal,
              state: initialState(),
              ctx: workflow,
              action: 'receive',
              resolving: agency ?? receivingRef,
            }),
        ...(partyOf(principal) ? { actor: partyOf(principal)! } : {}),
      };
      const state = apply(initialState(), first, { schedule, terms, rules: rule.settings, workflow });
      let code: string | null = null;
      if (!online) {
        const day = vnDay(now);
        code = formatDossierCode(codeAgency, day, await nextCodeSeq(tx, codeAgency, day));
        first.data = agency
          ? { ...first.data, code }
          : { ...first.data, code, dispatchCandidates: (route as { candidates: string[] }).candidates };
      }
      const row = await insertDossier(tx, {
        id: dossierId,
        code,
        channel: input.channel,
        procedureCode: proc.code,
        procedureVersionId: proc.versionId,
        procedureName: proc.name,
        caseCode: cas?.code ?? null,
        terms,
        ruleVersionId: rule.id,
        ownerType: owner.type,
        ownerIdNumber: owner.idNumber,
        ownerName: owner.name.normalize('NFC'),
        ownerContact: {
          address: owner.address ?? '',
          phone: owner.phone ?? '',
          email: owner.email ?? '',
          birthDate: owner.birthDate ?? '',
        },
        submitter: input.submitter ?? null,
        accountId: principal && principal.kind !== 'officer' ? principal.id : null,
        receivingUnitId: null,
        // where it was received ("nơi tiếp nhận"): the officer's counter, or the other system's (routed)
        receivedAtAgencyId: opts.routed
          ? opts.routed.receivedAtAgencyId
          : online
            ? null
            : receivingAgencyOf(principal, receivingRef),
        returnAtReception: opts.routed
          ? opts.routed.returnAtReception
          : !online && (input.returnAtReception ?? crossNode),
        resolvingAgencyId: agency?.id ?? null,
        nodeCode,
        status: state.status,
        subState: state.subState,
        receivedAt: state.receivedAt,
        dueAt: state.dueAt,
        state,
        workflowTemplateId: workflow.templateId,
        ...(opts.sourceRef ? { sourceRef: opts.sourceRef } : {}),
      });
      // components, fees, first action and audit row: one statement
      const { components, fees, action } = await insertReceptionRows(tx, row.id, {
        components: plan.components,
        fees: proc.fees.map((f) => ({ code: f.code, name: f.name, amount: f.amount })),
        action: { seq: first.seq, kind: first.kind, at: first.at, data: first.data, ...actor(principal) },
        audit: {
          ...auditActor(principal),
          action: first.kind,
          targetType: 'dossier',
          targetId: row.id,
          outcome: 'ok',
          detail: { code },
        },
      });
      await insertVerifications(tx, auditActor(principal), row.id, agency?.id ?? null, plan.verifications);
      // Notify the owner (outbox row in this transaction: sent only if the reception commits).
      await notifyDossierAction(tx, row, first.kind, first.data);
      // Sync to the national portal (outbox row in this transaction, src/local/sync).
      await enqueueDossierSync(tx, row, {
        seq: first.seq,
        kind: first.kind,
        at: first.at,
        actorName: actor(principal).actorName,
      });
      return { row, components, fees, actions: [action], agencyCode: agency?.code ?? null };
    })
    .then((received) => {
      dossierCommitted();
      return received;
    })
    .catch(async (err: unknown) => {
      await plan.undo();
      throw err;
    });
}

/** How a reception is made beyond the officer's own system. */
export interface ReceptionOptions {
  sourceRef?: string;
  /**
   * A one-stop officer receiving for an agency hosted by another system: `here` when this process hosts that system
   * too (ROLE=all: the dossier is created here for the competent agency); `forward` when it is hosted elsewhere (409
   * `dossier-hosted-elsewhere`: send it with POST /api/v1/forwarded-dossiers); omitted: 403.
   */
  acrossSystems?: 'here' | 'forward';
  /** Created from a counter dossier another system received and routed here (src/federation/counter-routing). */
  routed?: { receivedAtAgencyId: string | null; returnAtReception: boolean };
}

type Route =
  | { agency: AgencyRef }
  | { agency: null; nodeCode: string; receivingAgencyCode: string; candidates: string[] };

/**
 * Routing by competence at a counter when the officer does not name the agency: the agencies of the officer's
 * system that the procedure names as competent. One → that agency; several → the dispatch queue of the system
 * (the code is issued by the receiving agency, an officer dispatches later); none → 409.
 */
async function routeByCompetence(db: Db, p: Principal | undefined, proc: PortProcedure): Promise<Route> {
  if (!p || p.kind !== 'officer') throw new AppError('forbidden');
  const grants = p.grants.filter((g) => actionRoles.receive.includes(g.role));
  const nodes = await nodeCodesOf(
    db,
    grants.map((g) => g.agencyId),
  );
  if (nodes.length === 0) throw new AppError('forbidden', { detail: 'Not a one-stop officer' });
  const candidates = await agenciesInNodes(db, nodes, proc.competentAgencyCodes);
  if (candidates.length === 0) {
    throw new AppError('procedure-not-competent', {
      detail: 'No agency of this system resolves the procedure',
      data: { competentAgencyCodes: proc.competentAgencyCodes },
    });
  }
  if (candidates.length === 1) return { agency: await getAgencyRef(db, candidates[0]!.code) };
  const nodeCode = candidates[0]!.nodeCode;
  const receivingAgencyCode = await firstAgencyCodeInNode(
    db,
    grants.map((g) => g.agencyId),
    nodeCode,
  );
  return { agency: null, nodeCode, receivingAgencyCode, candidates: candidates.map((c) => c.code) };
}

function auditActor(p: Principal | undefined): { actorKind: string; actorId: string } {
  return { actorKind: p?.kind ?? 'system', actorId: p?.id ?? 'system' };
}

export interface ActInput {
  action: Exclude<ActionKind, 'submit'>;
  expectedVersion: number;
  reason?: string;
  items?: { name: string; reason: string; documentTypeCode?: string; verification?: { reason: string } }[];
  newDueAt?: string;
  note?: string;
  returnMethod?: 'counter' | 'post' | 'online';
  receiver?: { name: string; idNumber?: string };
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
      !!principal &&
      principal.kind !== 'officer' &&
      row.accountId === principal.id &&
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
      if (current.supplementRequests > 0 && current.status !== 1)
        throw new AppError('supplement-already-requested');
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
      if (current.apologized) throw new AppError('apology-already-given');
      if (!current.dueAt)
        throw new AppError('dossier-transition-not-allowed', { detail: 'The dossier has no due date' });
      const deadline = new Date(current.dueAt).getTime() - rule.settings.apologyLeadMinutes * 60_000;
      if (now.getTime() > deadline)
        throw new AppError('apology-too-late', { data: { dueAt: current.dueAt } });
      const newDue = input.newDueAt ? new Date(input.newDueAt) : undefined;
      if (
        !newDue ||
        Number.isNaN(newDue.getTime()) ||
        newDue.getTime() <= new Date(current.dueAt).getTime()
      ) {
        throw new AppError('validation-failed', {
          detail: 'newDueAt must be a date-time after the current due date',
          errors: [{ path: '/newDueAt', message: 'invalid' }],
        });
      }
      data.newDueAt = newDue.toISOString();
      data.previousDueAt = current.dueAt;
      break;
    }
    case 'return_result': {
      data.method = input.returnMethod ?? 'counter';
      if (input.receiver) data.receiver = input.receiver;
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
    case 'withdraw':
    case 'stop':
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
  if (input.action === 'receive' && !row.code) {
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
  // Notify the owner (outbox row in this transaction: sent only if the action commits).
  await notifyDossierAction(tx, updated, input.action, record.data);
  await enqueueDossierSync(tx, updated, {
    seq: record.seq,
    kind: record.kind,
    at: record.at,
    actorName: actor(principal).actorName,
  });
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
