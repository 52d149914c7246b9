/** Shapes of the API answers the web app reads (see /openapi.json). */
import type { EForm } from './eform.ts';
export type OnlineLevel = 'full' | 'partial' | 'none';
export type Level = 'central' | 'province' | 'district' | 'commune';
export type DurationUnit = 'working_day' | 'working_hour' | 'calendar_day';

export interface ProcedureHit {
  code: string;
  name: string;
  sectorCode: string;
  sectorName: string;
  levels: Level[];
  onlineLevel: OnlineLevel;
  agencyCodes: string[];
  versionId: string;
}

export interface Duration {
  duration: number;
  unit: DurationUnit;
}

export interface Procedure {
  id: string;
  code: string;
  name: string;
  sectorCode: string;
  sectorName: string;
  levels: Level[];
  agencyCodes: string[];
  onlineLevel: OnlineLevel;
  processing: { counter: Duration | null; online: Duration | null };
  cases: {
    name: string;
    note?: string;
    components: { name: string; originals: number; copies: number; documentTypeCode?: string; required?: boolean; formTemplate?: string; note?: string }[];
  }[];
  fees: { code?: string; amount: number; description: string }[];
  results: { code: string; name: string }[];
  /** Structured legal documents; versions published before the structure hold plain lines. */
  legalBasis: (string | LegalDocument)[];
  /** The declaration e-form of this version (null: none). */
  eform?: EForm | null;
}

export interface LegalDocument {
  number: string;
  type?: string;
  name?: string;
  date?: string;
  issuer?: string;
}

export interface Sector {
  code: string;
  name: string;
  ministryCode: string | null;
}

export interface AgencyInfo {
  code: string;
  name: string;
  oneStopUnits: { code: string; name: string; address: string }[];
}

export type Principal =
  | {
      kind: 'officer';
      id: string;
      username: string;
      name: string;
      grants: { role: string; agencyCode: string }[];
    }
  | {
      kind: 'citizen' | 'organisation';
      id: string;
      personalId?: string;
      taxCode?: string;
      name: string;
      loa: number;
    };

export interface Account {
  id: string;
  kind: 'citizen' | 'organisation';
  personalId: string | null;
  taxCode: string | null;
  name: string;
  birthDate: string | null;
  loa: number;
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  principal: Principal;
}

export interface HistoryEntry {
  seq: number;
  action: string;
  at: string | null;
  actor?: string | null;
}

export interface Dossier {
  id: string;
  code: string | null;
  status: number;
  statusName: { vi: string; en: string };
  procedure: { code: string; name: string; caseCode: string | null };
  resolvingAgencyCode: string | null;
  owner: { type: string; idNumber: string; name: string };
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  apologized: boolean;
  timeliness: string | null;
  pauses: { kind: string; from: string | null; to: string | null }[];
  components: {
    seq: number;
    name: string;
    originals: number;
    certifiedCopies: number;
    photocopies: number;
    source: string;
  }[];
  fees: { code: string | null; name: string; amount: number }[];
  history: HistoryEntry[];
}

export interface MyDossierRow {
  id: string;
  code: string | null;
  status: number;
  procedureCode: string;
  procedureName: string;
  createdAt: string;
  dueAt: string | null;
}

export interface QueueRow {
  id: string;
  code: string | null;
  status: number;
  procedureCode: string;
  procedureName: string;
  ownerName: string;
  receivedAt: string | null;
  dueAt: string | null;
  step: string | null;
  assignee: string | null;
  stepDueAt: string | null;
  late: boolean;
  /** Online: accepted, or still waiting, past the acceptance time ("chậm tiếp nhận"). */
  lateAcceptance?: boolean;
}

export interface Tracking {
  code: string;
  status: number;
  statusName: { vi: string; en: string };
  procedure: { code: string; name: string };
  agency: { code: string; name: string } | null;
  owner: string;
  receivedAt: string | null;
  dueAt: string | null;
  resultAt: string | null;
  returnedAt: string | null;
  timeline: { action: string; at: string | null }[];
}

export interface Page<T> {
  total: number;
  /** Dossier lists: more than `total` (the server counts up to a cap): shown as "1000+". */
  totalCapped?: boolean;
  items: T[];
}
