/** How a dossier is presented: to officers in full, to the public (tracking) with personal data masked. */
import { maskName } from '../../lib/mask.ts';
import { formatVn } from '../../platform/calendar/engine.ts';
import type { DossierActionRow, DossierComponentRow, DossierFeeRow, DossierRow } from './dossier.table.ts';
import { allowedActions, isStatus, statuses } from './status.ts';
import { lawClocksView, type RuleVersionInfo } from './dossier.clocks.ts';

const vn = (iso: string | null | undefined): string | null => (iso ? formatVn(new Date(iso)) : null);

export function maskId(id: string): string {
  return id.length <= 4 ? '****' : `${'*'.repeat(id.length - 4)}${id.slice(-4)}`;
}

function statusInfo(row: DossierRow) {
  const s = isStatus(row.status) ? row.status : 1;
  return {
    status: s,
    statusName: { vi: statuses[s].vi, en: statuses[s].en },
    allowedActions: allowedActions(s),
  };
}

/**
 * Where a component's paper came from, as the officer should read it: a `submitted` paper of an online dossier was
 * uploaded by the applicant (`uploaded_online`) or not uploaded at all (`not_uploaded`); at the counter the applicant
 * brought it (`submitted`). Digitised and reused papers keep their source.
 */
export function componentSource(channel: string, source: string, uploaded: boolean): string {
  if (source !== 'submitted') return source;
  if (uploaded) return 'uploaded_online';
  return channel === 'online' ? 'not_uploaded' : 'submitted';
}

export function officerView(
  row: DossierRow,
  extra: {
    agencyCode: string | null;
    /** The receiving counter's agency, when known. */
    receivedAtAgency?: { code: string; name: string } | null;
    components: DossierComponentRow[];
    fees: DossierFeeRow[];
    actions: DossierActionRow[];
    /** The rule version kept at reception (proof for an inspector). */
    ruleVersion?: RuleVersionInfo | null;
    /** Seqs of the components with a file the applicant uploaded online (componentsUploadedOnline). */
    uploadedOnline?: readonly number[];
  },
  now: Date = new Date(),
) {
  const st = row.state;
  return {
    id: row.id,
    code: row.code,
    legacyCode: row.legacyCode,
    version: row.version,
    channel: row.channel,
    ...statusInfo(row),
    subState: row.subState,
    procedure: {
      code: row.procedureCode,
      name: row.procedureName,
      versionId: row.procedureVersionId,
      caseCode: row.caseCode,
    },
    resolvingAgencyCode: extra.agencyCode,
    nodeCode: row.nodeCode,
    /** Where it was received ("nơi tiếp nhận") and whether the result goes back to that counter. */
    receivedAtAgencyId: row.receivedAtAgencyId ?? null,
    receivedAtAgency: extra.receivedAtAgency ?? null,
    returnAtReception: row.returnAtReception ?? false,
    owner: { type: row.ownerType, idNumber: row.ownerIdNumber, name: row.ownerName, ...row.ownerContact },
    submitter: row.submitter,
    /** The answers to the e-form (GET …/declaration gives the form, labels and corrections). */
    declaration: row.declaration ?? null,
    submittedAt: vn(st.submittedAt),
    receivedAt: vn(row.receivedAt),
    countedFrom: vn(st.countedFrom),
    dueAt: vn(row.dueAt),
    originalDueAt: vn(st.originalDueAt),
    apologized: st.apologized,
    timeliness: st.timeliness,
    pauses: st.pauses.map((p) => ({ kind: p.kind, from: vn(p.from), to: vn(p.to) })),
    ...lawClocksView(row, extra.ruleVersion ?? null, now),
    workflow: st.workflow
      ? { step: st.workflow.step, assignee: st.workflow.assignee, stepDueAt: vn(st.workflow.stepDueAt) }
      : null,
    components: extra.components.map((c) => ({
      seq: c.seq,
      name: c.name,
      documentTypeCode: c.documentTypeCode,
      originals: c.originals,
      certifiedCopies: c.certifiedCopies,
      photocopies: c.photocopies,
      source: componentSource(row.channel, c.source, extra.uploadedOnline?.includes(c.seq) ?? false),
    })),
    fees: extra.fees.map((f) => ({ code: f.code, name: f.name, amount: f.amount })),
    history: extra.actions.map((a) => ({
      seq: a.seq,
      action: a.kind,
      at: vn(a.at),
      actor: a.actorName,
      data: a.data,
    })),
  };
}

export function publicView(
  row: DossierRow,
  agency: { code: string; name: string } | null,
  actions: DossierActionRow[],
) {
  return {
    code: row.code,
    ...statusInfo(row),
    procedure: { code: row.procedureCode, name: row.procedureName },
    agency,
    owner: maskName(row.ownerName),
    receivedAt: vn(row.receivedAt),
    dueAt: vn(row.dueAt),
    resultAt: vn(row.state.resultAt),
    returnedAt: vn(row.state.returnedAt),
    timeline: actions.map((a) => ({ action: a.kind, at: vn(a.at) })),
  };
}
