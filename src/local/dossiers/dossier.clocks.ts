/**
 * Proof for an operator (issue 14.12): the rules that governed a dossier and its legal clocks as they stand at the
 * law's now — the rule version kept at reception, the processing due date and whether it is late, the online
 * acceptance clock ("chậm tiếp nhận", law-2025.md §6), the counter transfer and the paper hand-over (§1). Pure.
 */
import { formatVn } from '../../platform/calendar/engine.ts';
import { acceptanceLate, type DossierState, type RuleSettings } from './lifecycle.ts';

const vn = (iso: string | null | undefined): string | null => (iso ? formatVn(new Date(iso)) : null);

/** Statuses whose processing clock runs or is paused: a due date before now makes them late. */
export const LATE_STATUSES = [2, 4, 5, 6] as const;

export interface RuleVersionInfo {
  code: string;
  effectiveFrom: string;
  legalBasis: string;
  settings: RuleSettings;
}

export function processingLate(status: number, dueAt: string | null, now: Date): boolean {
  return dueAt !== null && dueAt < now.toISOString() && (LATE_STATUSES as readonly number[]).includes(status);
}

export function lawClocksView(
  row: { status: number; dueAt: string | null; state: DossierState },
  rule: RuleVersionInfo | null,
  now: Date,
) {
  const st = row.state;
  const nowIso = now.toISOString();
  const closedAt = st.closedAt ?? st.returnedAt ?? null;
  const acc = st.acceptance ?? null;
  const lateAcceptance = acceptanceLate(acc, now);
  const reception = st.workflow?.handovers.find((h) => h.via === 'receive') ?? null;
  const transferredAt = st.transfer ? (reception?.doneAt ?? null) : null;
  const paper = st.paperHandover ?? null;
  const paperLate = !!paper?.dueAt && (paper.at ?? closedAt ?? nowIso) > paper.dueAt;
  return {
    /** The rule version in force at reception, kept for the dossier's whole life. */
    ruleVersion: rule
      ? { code: rule.code, effectiveFrom: rule.effectiveFrom, legalBasis: rule.legalBasis, settings: rule.settings }
      : null,
    /** The law's now the flags below were computed at (a test or demo node may run at a chosen instant). */
    evaluatedAt: formatVn(now),
    /** Processing late: past the due date and still in progress or paused. */
    late: processingLate(row.status, row.dueAt, now) || (row.status === 1 && lateAcceptance),
    lateProcessing: processingLate(row.status, row.dueAt, now),
    /** Online: accepted, refused or asked for a supplement within the working hours of the rule ("chậm tiếp nhận"). */
    acceptance: acc
      ? {
          countsFrom: vn(acc.countsFrom),
          dueAt: vn(acc.dueAt),
          answeredAt: vn(acc.answeredAt),
          late: lateAcceptance,
          label: lateAcceptance ? { vi: 'Chậm tiếp nhận', en: 'Accepted late' } : null,
        }
      : null,
    lateAcceptance,
    /** Counter or post: the electronic transfer, due the same working day or at the next opening after the cut-off. */
    transfer: st.transfer
      ? {
          dueAt: vn(st.transfer.dueAt),
          nextDay: st.transfer.nextDay,
          cutoff: st.transfer.cutoff,
          transferredAt: vn(transferredAt),
          late: (transferredAt ?? closedAt ?? nowIso) > st.transfer.dueAt,
        }
      : null,
    /** Counter or post: the paper file handed to the resolving agency (action hand_over_paper). */
    paperHandover: paper ? { dueAt: vn(paper.dueAt), at: vn(paper.at), late: paperLate } : null,
  };
}
