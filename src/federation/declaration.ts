/**
 * The dossier's declaration (tờ khai điện tử) and required papers at an online submission: the answers are validated
 * against the e-form of the procedure version in force (422 `declaration-invalid` listing each field), the owner
 * must be an applicant the e-form accepts, and every required component must come from the warehouse or be
 * uploaded (422 `required-paper-missing`). Checked on the portal before forwarding and again at reception.
 */
import { AppError, type FieldError } from '../errors.ts';
import type { PortProcedure } from './national-port.ts';
import { validDeclaration, type Declaration } from './eform.ts';

export interface OnlinePapers {
  caseCode?: string | undefined;
  owner: { type: string; idNumber: string };
  components: { name: string }[];
  reuse?: { componentSeq?: number | undefined; documentTypeCode?: string | undefined }[] | undefined;
  /** Uploads, each a page of a component by its position in `components`. */
  attachments?: { componentSeq: number }[] | undefined;
  declaration?: Declaration | undefined;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 300);

/** The checked declaration (null when the version has no e-form); throws 422 on a missing paper or a bad answer. */
export function checkOnlineSubmission(
  proc: PortProcedure,
  input: OnlinePapers,
  self: { personalId?: string | null | undefined; taxCode?: string | null | undefined },
): Declaration | null {
  const applicants = proc.eform?.applicants ?? ['self', 'other'];
  const kind =
    input.owner.type === 'citizen'
      ? input.owner.idNumber === self.personalId
        ? 'self'
        : 'other'
      : input.owner.idNumber === self.taxCode
        ? 'self'
        : 'organisation';
  if (!applicants.includes(kind))
    throw new AppError('applicant-not-allowed', { data: { applicants }, errors: [{ path: '/owner', message: kind }] });
  const cas = input.caseCode ? proc.cases.find((c) => c.code === input.caseCode) : proc.cases[0];
  const missing: FieldError[] = [];
  (cas?.components ?? []).forEach((k, i) => {
    if (!k.required) return;
    const seq = i + 1;
    const reused = (input.reuse ?? []).some(
      (r) => r.componentSeq === seq || (!!r.documentTypeCode && r.documentTypeCode === k.documentTypeCode),
    );
    const uploaded = (input.attachments ?? []).some((a) => {
      const sent = input.components[a.componentSeq - 1];
      return !!sent && norm(sent.name) === norm(k.name);
    });
    if (!reused && !uploaded) missing.push({ path: `/components/${seq}`, message: k.name.slice(0, 200) });
  });
  if (missing.length)
    throw new AppError('required-paper-missing', { detail: missing.map((m) => m.message).join('; '), errors: missing });
  return proc.eform ? validDeclaration(proc.eform, input.declaration) : null;
}
