/** Shapes of the officer-side API answers (see /openapi.json) that the citizen types do not cover. */
import type { Dossier, Principal } from '../api/types.ts';

export type Officer = Extract<Principal, { kind: 'officer' }>;
export type Role = 'one_stop_officer' | 'specialist' | 'leader' | 'agency_admin' | 'national_operator';

export interface OfficerDossier extends Omit<Dossier, 'history' | 'owner' | 'components'> {
  version: number;
  channel: 'counter' | 'online' | 'post';
  allowedActions: string[];
  /** The actions this officer may take now (status, roles, workflow step): what the workspace offers. */
  myActions?: string[];
  countedFrom: string | null;
  originalDueAt: string | null;
  owner: { type: string; idNumber: string; name: string; phone?: string; email?: string; address?: string };
  components: {
    seq: number;
    name: string;
    documentTypeCode: string | null;
    originals: number;
    certifiedCopies: number;
    photocopies: number;
    source: string;
  }[];
  history: {
    seq: number;
    action: string;
    at: string | null;
    actor?: string | null;
    data?: Record<string, unknown>;
  }[];
  /** The system (node) that hosts the dossier, the counter that received it and whether the result is returned there. */
  nodeCode?: string;
  receivedAtAgencyId?: string | null;
  receivedAtAgency?: { code: string; name: string } | null;
  returnAtReception?: boolean;
  /** Proof for an inspector (issue 14.12): the rule version kept at reception and the legal clocks at the law's now. */
  ruleVersion?: { code: string; effectiveFrom: string; legalBasis: string; settings: Record<string, unknown> } | null;
  evaluatedAt?: string;
  late?: boolean;
  lateAcceptance?: boolean;
  acceptance?: { countsFrom: string | null; dueAt: string | null; answeredAt: string | null; late: boolean } | null;
  transfer?: { dueAt: string | null; nextDay: boolean; cutoff: string; transferredAt: string | null; late: boolean } | null;
  paperHandover?: { dueAt: string | null; at: string | null; late: boolean } | null;
}

export interface ControlEntry {
  seq: number;
  via: string;
  step: string;
  stepName: string;
  fromStep: string | null;
  agency: { code: string; name: string } | null;
  giver: { id: string; name: string } | null;
  receiver: { id: string; name: string } | null;
  givenAt: string | null;
  dueAt: string | null;
  doneAt: string | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
  overdue: boolean;
  note: string | null;
}

export interface ControlLog {
  dossier: {
    currentStep: string | null;
    currentStepName: string | null;
    assignee: { id: string; name: string } | null;
    stepDueAt: string | null;
  };
  template: { id: string; code: string; version: number; name: string } | null;
  entries: ControlEntry[];
}

export interface TemplateStep {
  key: string;
  name: string;
  kind: string;
  role: string;
  agency: string;
  next: string[];
}

export interface FeesView {
  total: number;
  paid: boolean;
  lines: { code: string | null; name: string; amount: number }[];
  payments: { method: string; amount: number; receiptNo?: string | null; state: string }[];
}

export interface Statistics {
  from: string;
  to: string;
  agency: { code: string; name: string } | null;
  received: number;
  receivedOnline: number;
  receivedCounter: number;
  receivedPost: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pending: number;
  pendingLate: number;
  onlineShare: number;
  /** null when no result of the period had a due date. */
  onTimeShare: number | null;
  /** Results of dossiers with no due date (counted apart, never as late). */
  resolvedWithoutDue: number;
  byDay: { day: string; received: number; resolved: number }[];
}

export interface AgencyDetail {
  code: string;
  name: string;
  level?: number;
  kind?: string;
  nodeCode?: string;
  parent?: { code: string; name: string } | null;
  children?: { code: string; name: string }[];
  oneStopUnits?: { code: string; name: string; address?: string | null }[];
}

export interface OfficerQueueRow {
  id: string;
  code: string | null;
  status: number;
  procedureCode: string;
  procedureName: string;
  ownerName: string;
  /** The competent agency (null while the dossier waits in the dispatch queue). */
  resolvingAgency: { code: string; name: string } | null;
  receivedAt: string | null;
  dueAt: string | null;
  step: string | null;
  assignee: { id: string; name: string } | null;
  stepDueAt: string | null;
  late: boolean;
  /** Online: accepted, or still waiting, past the acceptance time ("chậm tiếp nhận"). */
  lateAcceptance?: boolean;
  version: number;
  /** With `receivedHere=true`: the system that resolves it and whether the result comes back to this counter. */
  nodeCode?: string;
  returnAtReception?: boolean;
}

/** A dossier received at this counter and forwarded to another system (GET /api/v1/forwarded-dossiers). */
export interface ForwardedDossier {
  id: string;
  targetNode: string;
  /** The competent system by the name of its top agency, and the competent agency's name. */
  targetName?: string;
  resolvingAgencyCode: string;
  resolvingAgencyName?: string;
  /** The short reference the counter gives the person until the competent system answers. */
  reference?: string;
  procedure: { code: string; name: string };
  owner: { name: string; idNumber?: string };
  returnAtReception: boolean;
  officerName: string | null;
  files: number;
  createdAt: string;
  remote: {
    code: string | null;
    status: number | null;
    statusName: { vi: string; en: string } | null;
    dueAt: string | null;
    version: number | null;
    progressAt: string | null;
    history: { seq: number; kind: string; at: string; actorName: string | null; note?: string; items?: { name: string; reason: string }[] }[];
    /** The competent system's fees as it last reported them (null before its first report). */
    fees?: { total: number; paid: boolean } | null;
  };
  /** Who received the result at this counter and the officer who handed it over. */
  returnedBy: { name: string; idNumber?: string; officerName?: string } | null;
  returnSentAt: string | null;
  canReturn: boolean;
}
