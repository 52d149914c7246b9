/**
 * Once-only (and files) for a submission made on the national portal and forwarded to a connected system. Owners act on the
 * portal, where their warehouse is: the person picks documents of their own warehouse for components of the case;
 * each is checked here with the rule every reception applies (`checkReused`: stands for the component, valid for
 * the competent agency), and the person's consent for that agency is recorded here, naming the submission. The
 * consent travels with the submission; the competent system reads the documents under it as itself (each read in
 * the owner's access log on the portal) and binds it to the dossier it creates (src/local/reuse/reception-plan.ts).
 * Files the person uploaded here (documents of their warehouse) are named by the same consent and added by the
 * competent system as pages of their components (src/local/routing/attachments.ts).
 */
import { AppError } from '../../errors.ts';
import { caseOf, checkReused, requesterOf, type ReuseEntry } from '../../federation/reuse-rules.ts';
import type { Principal } from '../../platform/identity/principal.ts';
import type { NationalPort, PortAccess } from '../../federation/national-port.ts';
import type { ForwardedAttachment } from '../../federation/routing/submission.ts';

export interface ReuseRequest {
  procedureCode: string;
  resolvingAgencyCode: string;
  caseCode?: string | undefined;
  owner: { type?: unknown; idNumber?: unknown };
  components: unknown[];
  reuse?: ReuseEntry[] | undefined;
  /** Files the owner uploaded to their warehouse here, each for a component (position in `components`). */
  attachments?: ForwardedAttachment[] | undefined;
}

/**
 * Checks the reused documents and the uploaded files, and records the owner's consent for the competent agency
 * covering exactly those documents; undefined: neither.
 */
export async function consentForSubmission(
  port: NationalPort,
  principal: Principal,
  submissionId: string,
  input: ReuseRequest,
): Promise<{ consentId: string } | undefined> {
  const reuse = input.reuse ?? [];
  const attachments = input.attachments ?? [];
  if (!reuse.length && !attachments.length) return undefined;
  const me = requesterOf(principal, null);
  // only one's own warehouse: the dossier's owner must be the person logged in
  if (me.kind !== 'owner' || input.owner.idNumber !== me.id)
    throw new AppError('reuse-document-not-usable', { detail: 'Only the owner’s own documents can be reused', data: { reason: 'not-owner' } });
  const proc = await port.findPublishedProcedure(input.procedureCode);
  if (!proc) throw new AppError('procedure-not-found', { data: { code: input.procedureCode } });
  const access: PortAccess = { requester: me, dossierRef: null, dossierCode: null, purpose: 'online submission', consentId: null, legalBasis: null };
  const checked = await checkReused(port, access, caseOf(proc, input.caseCode)?.components ?? [], reuse, [input.resolvingAgencyCode]);
  const ids = new Set(checked.map((c) => c.doc.id));
  for (const [i, a] of attachments.entries()) {
    if (a.componentSeq > input.components.length)
      throw new AppError('component-not-found', { errors: [{ path: `/attachments/${i}/componentSeq`, message: 'no such component in the submission' }] });
    if (ids.has(a.documentId))
      throw new AppError('validation-failed', { errors: [{ path: `/attachments/${i}/documentId`, message: 'used twice' }] });
    await port.fetchDocument(access, a.documentId, 'metadata'); // the owner's own: another person's is 403 (logged)
    ids.add(a.documentId);
  }
  return port.recordConsent({
    owner: { kind: principal.kind === 'citizen' ? 'citizen' : 'organisation', id: me.id },
    channel: 'online',
    dossierRef: submissionId,
    dossierCode: null,
    agencyCode: input.resolvingAgencyCode,
    purpose: `Giải quyết thủ tục ${proc.code}`,
    documentIds: [...ids],
    recordedBy: me,
  });
}
