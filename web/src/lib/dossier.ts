/** What the citizen pages derive from a dossier: lateness, the standard forms it has to download. */
import type { Dossier } from '../api/types.ts';

/** Statuses in which the legal clock no longer runs against the agency. */
const settled = new Set([3, 7, 8, 9, 10]);

export function isOverdue(status: number, dueAt: string | null | undefined, now: number = Date.now()): boolean {
  return !settled.has(status) && !!dueAt && Date.parse(dueAt) < now;
}

export type FormName = 'receipt' | 'supplement-request' | 'refusal' | 'apology' | 'stop-notice';

/** The forms the API can render for this dossier (GET /api/v1/dossiers/{id}/forms/{form}.pdf). */
export function availableForms(d: Dossier): FormName[] {
  const did = new Set(d.history.map((h) => h.action));
  const forms: FormName[] = [];
  if (d.code && d.receivedAt) forms.push('receipt');
  if (did.has('request_supplement')) forms.push('supplement-request');
  if (did.has('refuse')) forms.push('refusal');
  if (did.has('apologize')) forms.push('apology');
  // Form 05 answers the applicant's request to stop: the withdrawal (src/local/dossiers/dossier.documents.ts)
  if (did.has('withdraw')) forms.push('stop-notice');
  return forms;
}
