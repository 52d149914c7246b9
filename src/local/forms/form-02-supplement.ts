/**
 * Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, Circular 03/2025/TT-VPCP. The rule (domain-vn.md §3.3,
 * law-2025.md §2): the applicant is guided ONCE, fully, in writing — so one request lists EVERY missing or
 * defective item with its reason. Used at reception and during appraisal.
 */
import { drawSignatures } from './layout-blocks.ts';
import { drawTable } from './layout-table.ts';
import type { ApplicantInput, FormAgency, OfficerRef, ProcedureRef } from './forms.ts';
import { applicantLines, field, startForm, unitInSentence } from './render-common.ts';
import { InputChecker } from './validate.ts';
import { formatVnDateTime } from './vn-format.ts';

export interface SupplementItem {
  /** The paper or the content to supply or correct, e.g. "Giấy chứng sinh". */
  name: string;
  /** Why: missing, expired, wrong data … e.g. "Chưa có bản chính; bản photo không có chứng thực". */
  reason: string;
}

export interface SupplementRequestInput {
  agency: FormAgency;
  dossierCode: string;
  applicant: ApplicantInput;
  procedure: ProcedureRef;
  /** When the dossier was submitted or received. */
  receivedAt: string;
  /** Date of this request. */
  issuedAt: string;
  /** At reception (one-stop unit) or during appraisal (the competent agency). */
  stage: 'reception' | 'appraisal';
  /** Every item to supplement or complete (1–100): one request lists them all. */
  items: SupplementItem[];
  /** Officer who checked the dossier and gives the guidance. */
  officer: OfficerRef;
  /** Where to ask for help, e.g. "Bộ phận Một cửa, số điện thoại 0237 3 852 000". */
  contact?: string;
}

function validate(input: SupplementRequestInput): void {
  const c = new InputChecker();
  const i = input as unknown as Record<string, unknown>;
  c.agency('agency', i.agency);
  c.dossierCode('dossierCode', i.dossierCode);
  c.applicant('applicant', i.applicant);
  c.procedure('procedure', i.procedure);
  const r = c.instant('receivedAt', i.receivedAt);
  if (c.instant('issuedAt', i.issuedAt) && r) c.order('issuedAt', input.receivedAt, input.issuedAt);
  c.oneOf('stage', i.stage, ['reception', 'appraisal']);
  if (c.list('items', i.items, 1, 100)) {
    input.items.forEach((it, k) => {
      if (!c.object(`items[${k}]`, it)) return;
      c.text(`items[${k}].name`, it.name, { max: 1000 });
      c.text(`items[${k}].reason`, it.reason, { max: 2000 });
    });
  }
  c.officer('officer', i.officer);
  c.text('contact', i.contact, { max: 300, optional: true });
  c.done('02');
}

/** Render form 02. Throws AppError('validation-failed') on bad input (including an empty item list). */
export async function renderSupplementRequest(input: SupplementRequestInput): Promise<Uint8Array> {
  validate(input);
  const doc = await startForm('02', {
    agency: input.agency,
    dossierCode: input.dossierCode,
    issuedAt: input.issuedAt,
  });

  doc.paragraph('Hồ sơ của:');
  applicantLines(doc, input.applicant);
  field(doc, 'Nội dung yêu cầu giải quyết', `${input.procedure.name} (mã thủ tục ${input.procedure.code})`);
  field(doc, 'Thời gian nộp hồ sơ', formatVnDateTime(input.receivedAt));
  const when = input.stage === 'reception' ? 'kiểm tra hồ sơ khi tiếp nhận' : 'thẩm định hồ sơ';
  doc.paragraph(
    `Qua ${when}, ${unitInSentence(input.agency)} đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ ` +
      `với ${input.items.length} nội dung sau:`,
    { spaceAfter: 4 },
  );
  drawTable(doc, {
    columns: [
      { header: 'TT', weight: 4, align: 'center' },
      { header: 'Giấy tờ, nội dung cần bổ sung, hoàn thiện', weight: 24 },
      { header: 'Lý do', weight: 24 },
    ],
    rows: input.items.map((it, k) => [String(k + 1), it.name, it.reason]),
  });
  doc.paragraph(
    'Phiếu này nêu đầy đủ các nội dung cần bổ sung, hoàn thiện trong một lần. Sau khi bổ sung, hoàn thiện, ' +
      `Ông/Bà nộp lại hồ sơ theo mã hồ sơ ${input.dossierCode}.`,
  );
  const help = input.contact ?? unitInSentence(input.agency);
  doc.paragraph(
    `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ${help} để được hướng dẫn.`,
    {
      spaceAfter: 10,
    },
  );
  drawSignatures(doc, [
    { title: 'Người nộp hồ sơ', name: input.applicant.name },
    { title: 'Người hướng dẫn', name: input.officer.name },
  ]);
  return doc.save();
}
