/**
 * Mẫu số 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ, Circular 03/2025/TT-VPCP: the dossier is refused, with
 * the reason(s) stated (domain-vn.md §3.3).
 */
import { drawSignatures } from './layout-blocks.ts';
import type { ApplicantInput, FormAgency, OfficerRef, ProcedureRef } from './forms.ts';
import { applicantLines, field, startForm, unitInSentence } from './render-common.ts';
import { InputChecker } from './validate.ts';
import { formatVnDateTime } from './vn-format.ts';

export interface RefusalInput {
  agency: FormAgency;
  dossierCode: string;
  applicant: ApplicantInput;
  procedure: ProcedureRef;
  /** When the dossier was submitted. */
  receivedAt: string;
  /** Date of the refusal. */
  issuedAt: string;
  /** One or more reasons (printed as a numbered list when more than one). */
  reasons: string[];
  officer: OfficerRef;
  /**
   * Handed over at the counter (the applicant signs it too) or sent for an online dossier (the officer alone signs;
   * the applicant downloads it). Default: counter.
   */
  channel?: 'counter' | 'online';
}

function validate(input: RefusalInput): void {
  const c = new InputChecker();
  const i = input as unknown as Record<string, unknown>;
  c.agency('agency', i.agency);
  c.dossierCode('dossierCode', i.dossierCode);
  c.applicant('applicant', i.applicant);
  c.procedure('procedure', i.procedure);
  const r = c.instant('receivedAt', i.receivedAt);
  if (c.instant('issuedAt', i.issuedAt) && r) c.order('issuedAt', input.receivedAt, input.issuedAt);
  if (c.list('reasons', i.reasons, 1, 20)) {
    input.reasons.forEach((reason, k) => c.text(`reasons[${k}]`, reason, { max: 2000 }));
  }
  c.officer('officer', i.officer);
  if (i.channel !== undefined) c.oneOf('channel', i.channel, ['counter', 'online']);
  c.done('03');
}

/** Render form 03. Throws AppError('validation-failed') on bad input (including no reason). */
export async function renderRefusal(input: RefusalInput): Promise<Uint8Array> {
  validate(input);
  const doc = await startForm('03', {
    agency: input.agency,
    dossierCode: input.dossierCode,
    issuedAt: input.issuedAt,
  });

  const online = input.channel === 'online';
  doc.paragraph(
    online
      ? `${unitInSentence(input.agency)} nhận được hồ sơ nộp trực tuyến của:`
      : `${unitInSentence(input.agency)} nhận được hồ sơ của:`,
  );
  applicantLines(doc, input.applicant);
  field(doc, 'Nội dung yêu cầu giải quyết', `${input.procedure.name} (mã thủ tục ${input.procedure.code})`);
  field(doc, 'Thời gian nộp hồ sơ', formatVnDateTime(input.receivedAt));
  doc.paragraph(
    `Qua xem xét, đối chiếu với quy định, ${unitInSentence(input.agency)} từ chối tiếp nhận, giải quyết hồ sơ ` +
      `này với ${input.reasons.length > 1 ? `${input.reasons.length} lý do sau` : 'lý do sau'}:`,
  );
  if (input.reasons.length === 1) {
    doc.paragraph([{ text: input.reasons[0] ?? '', style: 'bold' }], { indent: 14 });
  } else {
    input.reasons.forEach((reason, k) =>
      doc.paragraph([{ text: `${k + 1}. ${reason}`, style: 'bold' }], { indent: 14 }),
    );
  }
  doc.paragraph('Xin thông báo để Ông/Bà được biết và thực hiện./.', { spaceAfter: 10 });
  drawSignatures(
    doc,
    online
      ? [{ title: 'Người tiếp nhận hồ sơ', name: input.officer.name }]
      : [
          { title: 'Người nộp hồ sơ', name: input.applicant.name },
          { title: 'Người tiếp nhận hồ sơ', name: input.officer.name },
        ],
  );
  return doc.save();
}
