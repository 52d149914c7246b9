/**
 * Mẫu số 05 — Thông báo dừng giải quyết hồ sơ, Circular 03/2025/TT-VPCP Art. 7, Decree 118/2025/NĐ-CP Art. 21
 * (law-2025.md §5): on the applicant's request to stop (counter or post), issued by the receiving one-stop unit,
 * and only while no decision or result notice exists — that guard belongs to the dossier service.
 */
import { drawSignatures } from './layout-blocks.ts';
import type { ApplicantInput, FormAgency, ProcedureRef, SignerRef } from './forms.ts';
import { applicantLines, field, startForm, unitInSentence } from './render-common.ts';
import { InputChecker } from './validate.ts';
import { formatVnDateTime } from './vn-format.ts';

export type StopRequestChannel = 'counter' | 'post';

export interface StopNoticeInput {
  /** The one-stop unit where the dossier was received. */
  agency: FormAgency;
  dossierCode: string;
  applicant: ApplicantInput;
  procedure: ProcedureRef;
  receivedAt: string;
  /** When the applicant's stop request arrived. */
  requestedAt: string;
  channel: StopRequestChannel;
  /** The applicant's reason, as stated. */
  reason: string;
  /** Date of the notice. */
  issuedAt: string;
  signer: SignerRef;
  /** Competent agency that was processing the dossier, told to stop (added to "Nơi nhận"). */
  resolvingAgencyName?: string;
  /**
   * Results that were issued for the dossier and revoked before the stop: the notice names them (it must not say
   * that no result ever existed).
   */
  revokedResults?: RevokedResultRef[];
}

export interface RevokedResultRef {
  /** "Giấy khai sinh" */
  name: string;
  /** Số, ký hiệu. */
  numberSymbol: string;
  verificationCode: string;
  /** When it was revoked (ISO with offset). */
  revokedAt: string;
  reason: string;
}

const CHANNEL_TEXT: Record<StopRequestChannel, string> = {
  counter: 'trực tiếp tại Bộ phận Một cửa',
  post: 'qua dịch vụ bưu chính',
};

function validate(input: StopNoticeInput): void {
  const c = new InputChecker();
  const i = input as unknown as Record<string, unknown>;
  c.agency('agency', i.agency);
  c.dossierCode('dossierCode', i.dossierCode);
  c.applicant('applicant', i.applicant);
  c.procedure('procedure', i.procedure);
  const r = c.instant('receivedAt', i.receivedAt);
  const q = c.instant('requestedAt', i.requestedAt);
  const s = c.instant('issuedAt', i.issuedAt);
  if (r && q) c.order('requestedAt', input.receivedAt, input.requestedAt);
  if (q && s) c.order('issuedAt', input.requestedAt, input.issuedAt);
  c.oneOf('channel', i.channel, Object.keys(CHANNEL_TEXT));
  c.text('reason', i.reason, { max: 2000 });
  c.signer('signer', i.signer);
  c.text('resolvingAgencyName', i.resolvingAgencyName, { max: 200, optional: true });
  if (i.revokedResults !== undefined && c.list('revokedResults', i.revokedResults, 0, 20)) {
    (input.revokedResults ?? []).forEach((r, k) => {
      if (!c.object(`revokedResults[${k}]`, r)) return;
      c.text(`revokedResults[${k}].name`, r.name, { max: 300 });
      c.text(`revokedResults[${k}].numberSymbol`, r.numberSymbol, { max: 100 });
      c.text(`revokedResults[${k}].verificationCode`, r.verificationCode, { max: 40 });
      c.instant(`revokedResults[${k}].revokedAt`, r.revokedAt);
      c.text(`revokedResults[${k}].reason`, r.reason, { max: 2000 });
    });
  }
  c.done('05');
}

/** Render form 05. Throws AppError('validation-failed') on bad input. */
export async function renderStopNotice(input: StopNoticeInput): Promise<Uint8Array> {
  validate(input);
  const doc = await startForm('05', {
    agency: input.agency,
    dossierCode: input.dossierCode,
    issuedAt: input.issuedAt,
  });
  const unit = unitInSentence(input.agency);
  doc.paragraph([{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${input.applicant.name}`, style: 'bold' }], {
    align: 'center',
    spaceAfter: 8,
  });
  doc.paragraph(
    `Lúc ${formatVnDateTime(input.requestedAt)}, ${unit} nhận được yêu cầu dừng thực hiện thủ tục hành chính ` +
      `${CHANNEL_TEXT[input.channel]} của:`,
  );
  applicantLines(doc, input.applicant);
  field(doc, 'Mã hồ sơ', input.dossierCode, 'bold');
  field(doc, 'Nội dung yêu cầu giải quyết', `${input.procedure.name} (mã thủ tục ${input.procedure.code})`);
  field(doc, 'Thời gian tiếp nhận hồ sơ', formatVnDateTime(input.receivedAt));
  field(doc, 'Lý do dừng', input.reason);
  const revoked = input.revokedResults ?? [];
  if (revoked.length) {
    // A result was issued and then revoked: say so, then that none remains in force.
    doc.paragraph('Kết quả giải quyết thủ tục hành chính đã ban hành cho hồ sơ này và đã bị thu hồi:');
    for (const r of revoked) {
      doc.paragraph(
        `- ${r.name} số ${r.numberSymbol} (mã xác thực ${r.verificationCode}), thu hồi lúc ` +
          `${formatVnDateTime(r.revokedAt)}; lý do thu hồi: ${r.reason}`,
        { indent: 14 },
      );
    }
    doc.paragraph(
      `Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP, hồ sơ hiện không còn quyết định giải quyết hoặc văn bản ` +
        `thông báo kết quả giải quyết thủ tục hành chính có hiệu lực. ${unit} thông báo dừng giải quyết hồ sơ ` +
        `nêu trên kể từ ${formatVnDateTime(input.issuedAt)}.`,
    );
  } else {
    doc.paragraph(
      `Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP, hồ sơ chưa có quyết định giải quyết hoặc văn bản thông báo ` +
        `kết quả giải quyết thủ tục hành chính. ${unit} thông báo dừng giải quyết hồ sơ nêu trên ` +
        `kể từ ${formatVnDateTime(input.issuedAt)}.`,
    );
  }
  doc.paragraph('Xin thông báo để Ông/Bà được biết./.', { spaceAfter: 12 });
  const recipients = ['Như trên;'];
  if (input.resolvingAgencyName) recipients.push(`${input.resolvingAgencyName};`);
  recipients.push('Lưu: hồ sơ.');
  drawSignatures(
    doc,
    [
      {
        over: input.signer.positionLines.slice(0, -1),
        title: input.signer.positionLines.at(-1) ?? '',
        name: input.signer.name,
      },
    ],
    recipients,
  );
  return doc.save();
}
