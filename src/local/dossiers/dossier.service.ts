/**
 * Dossier reception: the owner and papers checked, the competent agency found (or the dossier left for dispatch),
 * once-only planned (src/local/reuse), the code numbered per agency and day, and the dossier, its first action,
 * audit, sync event and notices written in one transaction. Actions on a received dossier: dossier.actions.ts.
 */
import { withAssumedRevisions, type Revisions } from '../../platform/reference/revisions.ts';
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
  agencyCodeAndName,
  firstAgencyCodeInNode,
  findRuleVersion,
  type Tx,
} from './dossier.repository.ts';
import type { RuleVersionInfo } from './dossier.clocks.ts';
import { placeholders, writeReception, type ReceptionWrite } from './reception.write.ts';
import { writeReceptionBatched } from './reception.batch.ts';
import { dossierActionMessages } from '../../platform/notifications/notifications.service.ts';
import type { DossierActionRow, DossierComponentRow, DossierFeeRow, DossierRow } from './dossier.table.ts';
import { apply, initialState, type ActionRecord, type ProcessingTerms } from './lifecycle.ts';
import { actionRoles } from './action-roles.ts';
import { assertAcrossSystems, officerGrantsFor, receivesForNode } from './cross-system.ts';
import { planReception, type ReceptionPlan, type ReuseEntry } from '../reuse/reception-plan.ts';
import { insertVerifications } from '../reuse/reuse.repository.ts';
import { contextOf, partyOf, planStep, receivingAgencyOf, receptionTemplate } from '../workflow/step.service.ts';
import { validDeclaration, type Declaration } from '../../federation/eform.ts';
import { checkOnlineSubmission } from '../../federation/declaration.ts';
import { deleteDraftOnSubmit } from '../../platform/drafts/drafts.service.ts';

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
  /** The answers to the version's declaration e-form (required online when it has one). */
  declaration?: Declaration;
  /** Online: the uploads, each a page of a component by its position in `components` (required papers). */
  attachments?: { componentSeq: number; documentId: string }[];
  /** Online: the draft this submission came from, deleted with the submission (src/platform/drafts). */
  draftId?: string;
}

export function vnDay(d: Date): string {
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

export async function getAgencyRef(db: Tx, code: string): Promise<AgencyRef> {
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

export function actor(p: Principal | undefined): { actorKind: string; actorId: string; actorName: string } {
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
  /** The rule version kept at reception and the receiving counter's agency (the answer needs no lookup). */
  ruleVersion?: RuleVersionInfo;
  receivedAtAgency?: { code: string; name: string } | null;
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

/**
 * createDossier, returning also the rows it wrote (the reception routes present them as they are). The reference
 * data (catalogue, calendar, agencies, rules, templates) comes from this process's caches as of the revisions it saw
 * last; the one writing statement checks them and, if one changed meanwhile, the reception is built again.
 */
export function receiveDossier(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  input: ReceptionInput,
  now: Date = new Date(),
  /** `sourceRef`: idempotency key of a dossier created from a federation message (unique; see src/federation/routing). */
  opts: ReceptionOptions = {},
): Promise<ReceivedDossier> {
  return withAssumedRevisions(db, (expect) => receiveOnce(db, port, principal, input, now, opts, expect));
}

async function receiveOnce(
  db: Db,
  port: NationalPort,
  principal: Principal | undefined,
  input: ReceptionInput,
  now: Date,
  opts: ReceptionOptions,
  expect: Revisions | undefined,
): Promise<ReceivedDossier> {
  const owner = validateOwner(input.owner);
  // the named agency is looked up while the procedure is (its error, if any, comes after the procedure's checks)
  const named = input.resolvingAgencyCode ? quiet(getAgencyRef(db, input.resolvingAgencyCode)) : undefined;
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
  const route = named ? { agency: await named } : await routeByCompetence(db, principal, proc);
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
  // the declaration e-form and the required papers (online: both enforced, 422; at a counter: the answers if given)
  const declaration = online
    ? checkOnlineSubmission(proc, { ...input, owner }, principal as { personalId?: string; taxCode?: string })
    : proc.eform && input.declaration
      ? validDeclaration(proc.eform, input.declaration)
      : null;
  // once-only: reused components checked, covered paper refused, the consent tied to this dossier (src/local/reuse)
  const dossierId = randomUUID();
  const refusal = opts.refusal;
  if (refusal && (online || !agency))
    throw new AppError('validation-failed', {
      detail: 'A refusal at reception is made at a counter or by post, for a named competent agency',
      errors: [{ path: '/resolvingAgencyCode', message: 'required' }],
    });
  // where it was received ("nơi tiếp nhận"): the officer's counter, or the other system's (routed)
  const receivedAtAgencyId = opts.routed
    ? opts.routed.receivedAtAgencyId
    : online
      ? null
      : receivingAgencyOf(principal, receivingRef);
  // What the reception reads (no lock: the writes are one statement after), while the once-only plan is made.
  const reads = quiet(
    Promise.all([
      findRuleVersion(db, vnDay(now)), // the rule in force on the Vietnam day of reception
      loadSchedule(db, agency?.code),
      receptionTemplate(db, proc, now),
      receivedAtAgencyId ? agencyCodeAndName(db, receivedAtAgencyId) : undefined,
    ]),
  );
  // A refusal at reception records what was presented, as presented: nothing is taken from the warehouse.
  const plan = refusal ? presentedOnly(input.components) : await planReception(port, {
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

  try {
    const [rule, { schedule }, template, receivedAtAgency] = await reads;
    // workflow: the template version in force; the reception step starts with the receiving officer
    const workflow = contextOf(template, online, rule.settings);
    const ph = placeholders();
    const first: ActionRecord = {
      seq: 1,
      kind: online ? 'submit' : refusal ? 'refuse' : 'receive',
      at: now.toISOString(),
      data: online
        ? {}
        : refusal
          ? { reason: refusal.reasons.join('; '), reasons: refusal.reasons }
          : await planStep(db, {
            principal,
            state: initialState(),
            ctx: workflow,
            action: 'receive',
            resolving: agency ?? receivingRef,
          }),
      ...(partyOf(principal) ? { actor: partyOf(principal)! } : {}),
    };
    const state = apply(initialState(), first, {
      schedule,
      terms,
      rules: rule.settings,
      workflow: refusal ? null : workflow,
    });
    const code = online ? null : ph.code; // the code of the day, given by the statement that writes
    if (code !== null)
      first.data = agency
        ? { ...first.data, code }
        : { ...first.data, code, dispatchCandidates: (route as { candidates: string[] }).candidates };
    const draft: DossierRow = {
      id: dossierId,
      code,
      legacyCode: null,
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
      resolvingAgencyId: agency?.id ?? null,
      nodeCode,
      status: state.status,
      subState: state.subState,
      receivedAt: iso(state.receivedAt),
      dueAt: iso(state.dueAt),
      state,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      sourceRef: opts.sourceRef ?? null,
      actionsFrom: null, // set by the database (migration 1533)
      receivedAtAgencyId,
      returnAtReception: opts.routed
        ? opts.routed.returnAtReception
        : // the return place is where the applicant asked, by default where it was received (law-2025.md §8)
          !online && !refusal && (input.returnAtReception ?? true),
      declaration: declaration ? (JSON.parse(JSON.stringify(declaration)) as Record<string, unknown>) : null,
      ...{ workflowTemplateId: workflow.templateId },
    };
    const components: DossierComponentRow[] = plan.components.map((c, i) => ({
      dossierId,
      seq: i + 1,
      name: c.name,
      documentTypeCode: c.documentTypeCode,
      originals: c.originals,
      certifiedCopies: c.certifiedCopies,
      photocopies: c.photocopies,
      source: c.source,
      warehouseDocumentId: c.warehouseDocumentId ?? null,
      warehouseConsentId: c.warehouseConsentId ?? null,
    }));
    const fees: DossierFeeRow[] = proc.fees.map((f, i) => ({
      dossierId,
      seq: i + 1,
      code: f.code,
      name: f.name,
      amount: f.amount,
    }));
    const who = actor(principal);
    const w: ReceptionWrite = {
      ph,
      counter: online ? null : { agencyCode: codeAgency, day: vnDay(now) },
      row: draft,
      components,
      fees,
      action: { dossierId, seq: first.seq, kind: first.kind, at: first.at, data: first.data, ...who },
      audit: { ...auditActor(principal), action: first.kind, detail: { code } },
      messages: dossierActionMessages(draft, first.kind, first.data),
      sync: {
        action: { seq: first.seq, kind: first.kind, at: first.at, actorName: who.actorName },
        agencyName: agency?.name ?? '',
        agencyCode: agency?.code ?? '',
        fullOnlineEligible: proc.onlineLevel === 'full',
      },
      ...(expect ? { expect } : {}),
    };
    const extra = plan.verifications.length > 0 || (online && input.draftId !== undefined);
    // One statement, its own transaction; with verifications to audit or a draft to delete, in one transaction.
    const written = extra
      ? await db.transaction().execute(async (tx) => {
        const r = await writeReception(tx, w);
        await insertVerifications(tx, auditActor(principal), dossierId, agency?.id ?? null, plan.verifications);
        if (online) await deleteDraftOnSubmit(tx, principal, input.draftId);
        return r;
      })
      : await writeReceptionBatched(db, w);
    dossierCommitted();
    return {
      row: written.row,
      components,
      fees,
      actions: [written.action],
      agencyCode: agency?.code ?? null,
      ruleVersion: rule,
      receivedAtAgency: receivedAtAgency ?? null,
    };
  } catch (err: unknown) {
    await plan.undo();
    throw err;
  }
}

/** A promise awaited later: its rejection is not "unhandled" meanwhile (it still rejects where awaited). */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** An instant as the database gives it back (ISO, ms, Z). */
function iso(v: string | null): string | null {
  return v === null ? null : new Date(v).toISOString();
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
  /**
   * The counter refuses to receive (law-2025.md §2, Form 03): the dossier is recorded with its code in status 3,
   * with the reasons, and its Form 03 is handed over.
   */
  refusal?: { reasons: string[] };
}

/** The papers as presented, none taken from the warehouse and none checked against it (a refusal at reception). */
function presentedOnly(components: readonly ComponentInput[]): ReceptionPlan {
  return {
    components: components.map((c) => ({
      name: c.name.normalize('NFC'),
      documentTypeCode: c.documentTypeCode ?? null,
      originals: c.originals,
      certifiedCopies: c.certifiedCopies,
      photocopies: c.photocopies,
      source: 'submitted',
      warehouseDocumentId: null,
      warehouseConsentId: null,
    })),
    verifications: [],
    undo: async () => undefined,
  };
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

export function auditActor(p: Principal | undefined): { actorKind: string; actorId: string } {
  return { actorKind: p?.kind ?? 'system', actorId: p?.id ?? 'system' };
}

/**
 * After an action is written: notify the owner and queue the sync to the national portal with the messages' check
 * codes (outbox rows in the action's transaction: nothing is sent unless it commits).
 */
export async function notifyAndSync(
  tx: Tx,
  row: DossierRow,
  rec: { seq: number; kind: string; at: string; data: Record<string, unknown> },
  principal: Principal | undefined,
): Promise<void> {
  const messages = await notifyDossierAction(tx, row, rec.kind, rec.data);
  await enqueueDossierSync(tx, row, { seq: rec.seq, kind: rec.kind, at: rec.at, actorName: actor(principal).actorName }, messages);
}
