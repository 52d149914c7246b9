/**
 * Mẫu số 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết, Circular 03/2025/TT-VPCP (law-2025.md
 * §4): the competent agency apologises for a dossier that will be late, states the reason, the original due
 * date and the new appointment. The new date may be set only once — that rule belongs to the dossier
 * service; this renderer only requires the new date to be after the old one. The signer is configurable
 * (who signs is not settled by the texts found).
 */
import { drawSignatures } from './layout-blocks.ts';
import type { ApplicantInput, FormAgency, ProcedureRef, SignerRef } from './forms.ts';
import { startForm, unitInSentence } from './render-common.ts';
import { InputChecker } from './validate.ts';
import { formatVnDateTime } from './vn-format.ts';

export interface ApologyInput {
  /** The competent agency that writes the letter. */
  agency: FormAgency;
  /** Document number, e.g. "125/UBND-VP"; printed as "Số: ……" when absent. */
  documentNumber?: string;
  dossierCode: string;
  applicant: ApplicantInput;
  procedure: ProcedureRef;
  receivedAt: string;
  /** The original due instant. */
  oldDueAt: string;
  /** The new appointment; must be after `oldDueAt`. */
  newDueAt: string;
  /** Why the dossier is late. */
  reason: string;
  /** Date of the letter. */
  issuedAt: string;
  signer: SignerRef;
  /** "Nơi nhận" lines; default: the applicant, the one-stop unit, the archive. */
  recipients?: string[];
}

function validate(input: ApologyInput): void {
  const c = new InputChecker();
  const i = input as unknown as Record<string, unknown>;
  c.agency('agency', i.agency);
  c.text('documentNumber', i.documentNumber, { max: 50, optional: true });
  c.dossierCode('dossierCode', i.dossierCode);
  c.applicant('applicant', i.applicant);
  c.procedure('procedure', i.procedure);
  const r = c.instant('receivedAt', i.receivedAt);
  const o = c.instant('oldDueAt', i.oldDueAt);
  const n = c.instant('newDueAt', i.newDueAt);
  c.instant('issuedAt', i.issuedAt);
  if (r && o) c.order('oldDueAt', input.receivedAt, input.oldDueAt);
  if (o && n && Date.parse(input.newDueAt) <= Date.parse(input.oldDueAt)) {
    c.fail('newDueAt', 'must be after oldDueAt');
  }
  c.text('reason', i.reason, { max: 2000 });
  c.signer('signer', i.signer);
  if (i.recipients !== undefined && c.list('recipients', i.recipients, 1, 10)) {
    input.recipients!.forEach((x, k) => c.text(`recipients[${k}]`, x, { max: 200 }));
  }
  c.done('04');
}

/** Render form 04. Throws AppError('validation-failed') on bad input. */
export async function renderApology(input: ApologyInput): Promise<Uint8Array> {
  validate(input);
  const doc = await startForm('04', {
    agency: input.agency,
    dossierCode: input.dossierCode,
    issuedAt: input.issuedAt,
    leftLines: [
      [{ text: `Số: ${input.documentNumber ?? '……/……'}` }],
      [{ text: 'V/v xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ', style: 'regular' }],
    ],
    title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  });
  const { agency, applicant } = input;
  doc.paragraph([{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${applicant.name}`, style: 'bold' }], {
    align: 'center',
    spaceAfter: 8,
  });
  const indent = 28;
  doc.paragraph(
    `Lúc ${formatVnDateTime(input.receivedAt)}, ${agency.agencyName} tiếp nhận hồ sơ ` +
      `của Ông/Bà đề nghị giải quyết thủ tục “${input.procedure.name}” (mã hồ sơ ${input.dossierCode}); ` +
      `thời gian hẹn trả kết quả là ${formatVnDateTime(input.oldDueAt)}.`,
    { indent },
  );
  doc.paragraph(
    [
      { text: `Tuy nhiên, đến nay hồ sơ của Ông/Bà chưa được giải quyết xong, lý do: ` },
      { text: input.reason, style: 'bold' },
      { text: '.' },
    ],
    { indent },
  );
  doc.paragraph(
    [
      {
        text: `Việc chậm trễ này đã gây phiền hà cho Ông/Bà. ${agency.agencyName} xin lỗi Ông/Bà và đề nghị gia `,
      },
      { text: 'hạn thời gian giải quyết; thời gian hẹn trả kết quả mới là ' },
      { text: formatVnDateTime(input.newDueAt), style: 'bold' },
      { text: '.' },
    ],
    { indent },
  );
  doc.paragraph(`Mong Ông/Bà thông cảm. Trân trọng./.`, { indent, spaceAfter: 12 });
  const recipients = input.recipients ?? [
    'Như trên;',
    `${unitInSentence({ ...agency, unitName: 'Bộ phận Một cửa' })};`,
    'Lưu: VT.',
  ];
  drawSignatures(
    doc,
    [
      {
        over: input.signer.positionLines.slice(0, -1),
        title: input.signer.positionLines.at(-1) ?? '',
        note: '(Ký, ghi rõ họ tên, đóng dấu)',
        name: input.signer.name,
      },
    ],
    recipients,
  );
  return doc.save();
}
