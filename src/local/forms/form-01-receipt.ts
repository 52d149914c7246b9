/**
 * Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt and appointment), Circular 03/2025/TT-VPCP.
 * Content follows the observed receipt (domain-vn.md §3.2): dossier code, place and date, tracking QR,
 * applicant identity, requested procedure, owner, component table with originals / certified copies /
 * photocopies, processing time, reception instant, due date, fees with the collection mode and the amount in
 * words, the result delivery method, and the two signatures.
 */
import { drawSignatures, signaturesHeight } from './layout-blocks.ts';
import { drawTable } from './layout-table.ts';
import type { ApplicantInput, DossierComponent, FormAgency, OfficerRef, ProcedureRef } from './forms.ts';
import { applicantLines, field, startForm, unitInSentence } from './render-common.ts';
import { InputChecker } from './validate.ts';
import { formatCount, formatVnDateTime, formatVnd, vndInWords } from './vn-format.ts';

/** How the fee is collected: Thu trước / Thu khi trả kết quả / Đã thanh toán trực tuyến / Miễn phí, lệ phí. */
export type FeeCollectionMode = 'prepaid' | 'on-result' | 'online-paid' | 'exempt';

export const FEE_COLLECTION_LABELS: Record<FeeCollectionMode, string> = {
  prepaid: 'Thu trước',
  'on-result': 'Thu khi trả kết quả',
  'online-paid': 'Đã thanh toán trực tuyến',
  exempt: 'Miễn phí, lệ phí',
};

export interface FeeItem {
  /** e.g. "Lệ phí cấp bản sao trích lục khai sinh". */
  name: string;
  /** Whole đồng. */
  amount: number;
}

/** counter = at the one-stop unit (or `place`), post = public postal service to `address`, online = on the portal. */
export type ResultDelivery =
  { method: 'counter'; place?: string } | { method: 'post'; address: string } | { method: 'online' };

export type ProcessingTimeUnit = 'working-days' | 'days' | 'working-hours';

export interface ReceiptInput {
  agency: FormAgency;
  /** `000.00.06.H56-250424-0012`. */
  dossierCode: string;
  /** Người nộp hồ sơ. */
  applicant: ApplicantInput;
  /** Chủ hồ sơ, when not the applicant (name and address are printed). */
  owner?: ApplicantInput;
  procedure: ProcedureRef;
  /** At least one component. */
  components: DossierComponent[];
  /** Number of dossier sets received (default 1). */
  dossierSets?: number;
  /** Statutory processing time, e.g. { amount: 5, unit: 'working-days' }. */
  processingTime?: { amount: number; unit: ProcessingTimeUnit };
  /** Reception instant; also the date of the document. */
  receivedAt: string;
  /** Result due instant; null for an immediate-result procedure (no appointment). */
  dueAt: string | null;
  fees: { items: FeeItem[]; collection: FeeCollectionMode };
  resultDelivery: ResultDelivery;
  /** Receiving officer. */
  officer: OfficerRef;
  /** Public tracking page of this dossier (encoded in the QR code and printed). */
  trackingUrl: string;
  /**
   * The competent agency when another unit received the dossier (boundary-free reception, a centre receiving for
   * a department or a ward): printed apart from the receiving unit, which is `agency`.
   */
  resolvingAgencyName?: string;
  /** The main facts declared on the e-form (src/federation/eform.ts receiptFactsFrom), printed in a short section. */
  declaredFacts?: { label: string; value: string }[];
}

const UNIT_LABELS: Record<ProcessingTimeUnit, string> = {
  'working-days': 'ngày làm việc',
  days: 'ngày',
  'working-hours': 'giờ làm việc',
};

function validate(input: ReceiptInput): void {
  const c = new InputChecker();
  const i = input as unknown as Record<string, unknown>;
  c.agency('agency', i.agency);
  c.dossierCode('dossierCode', i.dossierCode);
  c.applicant('applicant', i.applicant);
  if (i.owner !== undefined) c.applicant('owner', i.owner);
  c.procedure('procedure', i.procedure);
  if (c.list('components', i.components, 1, 200)) {
    input.components.forEach((comp, k) => {
      const p = `components[${k}]`;
      if (!c.object(p, comp)) return;
      c.text(`${p}.name`, comp.name, { max: 1000 });
      c.int(`${p}.originals`, comp.originals, 0, 99);
      c.int(`${p}.certifiedCopies`, comp.certifiedCopies, 0, 99);
      c.int(`${p}.photocopies`, comp.photocopies, 0, 99);
    });
  }
  if (i.dossierSets !== undefined) c.int('dossierSets', i.dossierSets, 1, 99);
  if (i.processingTime !== undefined && c.object('processingTime', i.processingTime)) {
    c.int('processingTime.amount', input.processingTime?.amount, 1, 10_000);
    c.oneOf('processingTime.unit', input.processingTime?.unit, Object.keys(UNIT_LABELS));
  }
  const received = c.instant('receivedAt', i.receivedAt);
  if (i.dueAt !== null && c.instant('dueAt', i.dueAt) && received)
    c.order('dueAt', input.receivedAt, input.dueAt!);
  if (c.object('fees', i.fees)) {
    c.oneOf('fees.collection', input.fees.collection, Object.keys(FEE_COLLECTION_LABELS));
    if (c.list('fees.items', input.fees.items, 0, 50)) {
      input.fees.items.forEach((f, k) => {
        if (!c.object(`fees.items[${k}]`, f)) return;
        c.text(`fees.items[${k}].name`, f.name, { max: 300 });
        c.int(`fees.items[${k}].amount`, f.amount, 0, 1_000_000_000_000);
      });
    }
  }
  if (c.object('resultDelivery', i.resultDelivery)) {
    const d = input.resultDelivery;
    c.oneOf('resultDelivery.method', d.method, ['counter', 'post', 'online']);
    if (d.method === 'post') c.text('resultDelivery.address', d.address, { max: 500 });
    if (d.method === 'counter') c.text('resultDelivery.place', d.place, { max: 300, optional: true });
  }
  c.officer('officer', i.officer);
  c.url('trackingUrl', i.trackingUrl);
  c.text('resolvingAgencyName', i.resolvingAgencyName, { max: 300, optional: true });
  if (i.declaredFacts !== undefined && c.list('declaredFacts', i.declaredFacts, 0, 12)) {
    input.declaredFacts!.forEach((f, k) => {
      if (!c.object(`declaredFacts[${k}]`, f)) return;
      c.text(`declaredFacts[${k}].label`, f.label, { max: 300 });
      c.text(`declaredFacts[${k}].value`, f.value, { max: 300 });
    });
  }
  c.done('01');
}

function deliveryText(input: ReceiptInput): string {
  const d = input.resultDelivery;
  switch (d.method) {
    case 'counter':
      return `Nhận trực tiếp tại ${d.place ?? unitInSentence(input.agency)}.`;
    case 'post':
      return `Qua dịch vụ bưu chính công ích, gửi đến địa chỉ: ${d.address}.`;
    case 'online':
      return 'Nhận kết quả điện tử trên Cổng Dịch vụ công quốc gia (tài khoản của người nộp hồ sơ).';
  }
}

/**
 * Render form 01. Throws AppError('validation-failed') on bad input. The sections are numbered in order with no gap
 * (an absent one is left out, the next takes its number); the closing note stays on the page of the signatures, so
 * they are never alone on a page.
 */
export async function renderReceipt(input: ReceiptInput): Promise<Uint8Array> {
  validate(input);
  const doc = await startForm('01', {
    agency: input.agency,
    dossierCode: input.dossierCode,
    issuedAt: input.receivedAt,
    qr: { url: input.trackingUrl, caption: 'Quét mã QR để tra cứu tình hình giải quyết hồ sơ' },
  });
  // Body at 12 pt (tables and notes are smaller still): a receipt of a usual dossier fits on one A4 page.
  doc.bodySize = 12;
  let n = 0;
  const no = () => `${++n}. `;

  doc.paragraph(`${unitInSentence(input.agency)} tiếp nhận hồ sơ của:`);
  applicantLines(doc, input.applicant);
  field(doc, 'Nội dung yêu cầu giải quyết', `${input.procedure.name} (mã thủ tục ${input.procedure.code})`);
  if (input.resolvingAgencyName) field(doc, 'Cơ quan giải quyết hồ sơ', input.resolvingAgencyName);
  if (input.owner) {
    field(doc, 'Chủ hồ sơ', input.owner.name, 'bold');
    if (input.owner.address) field(doc, 'Địa chỉ chủ hồ sơ', input.owner.address);
  }

  // what the e-form declares, in one short paragraph beside the request (the receipt stays one page)
  const facts = input.declaredFacts ?? [];
  if (facts.length) {
    doc.paragraph(
      [
        { text: 'Thông tin kê khai trên tờ khai: ' },
        ...facts.flatMap((f, k) => [
          { text: `${f.label}: ` },
          { text: f.value, style: 'bold' as const },
          { text: k === facts.length - 1 ? '.' : '; ' },
        ]),
      ],
      { size: 11 },
    );
  }

  doc.paragraph(`${no()}Thành phần hồ sơ và số lượng mỗi loại giấy tờ:`, { spaceAfter: 4 });
  drawTable(doc, {
    columns: [
      { header: 'TT', weight: 4, align: 'center' },
      { header: 'Tên giấy tờ', weight: 30 },
      { header: 'Bản chính', weight: 7, align: 'center' },
      { header: 'Bản sao chứng thực', weight: 7, align: 'center' },
      { header: 'Bản photo', weight: 7, align: 'center' },
    ],
    groups: [{ label: 'Số lượng', from: 2, span: 3 }],
    rows: input.components.map((comp, k) => [
      String(k + 1),
      comp.name,
      String(comp.originals),
      String(comp.certifiedCopies),
      String(comp.photocopies),
    ]),
  });

  doc.paragraph(`${no()}Số lượng hồ sơ: ${formatCount(input.dossierSets ?? 1)} bộ.`);
  if (input.processingTime) {
    const t = input.processingTime;
    doc.paragraph(
      `${no()}Thời hạn giải quyết hồ sơ theo quy định: ${formatCount(t.amount)} ${UNIT_LABELS[t.unit]}.`,
    );
  }
  doc.paragraph(`${no()}Thời gian nhận hồ sơ: ${formatVnDateTime(input.receivedAt)}.`);
  if (input.dueAt) {
    doc.paragraph([
      { text: `${no()}Thời gian trả kết quả giải quyết hồ sơ: ` },
      { text: `${formatVnDateTime(input.dueAt)}.`, style: 'bold' },
    ]);
  } else {
    doc.paragraph(`${no()}Thời gian trả kết quả giải quyết hồ sơ: trả kết quả ngay, không hẹn ngày trả.`);
  }

  const { items, collection } = input.fees;
  const total = items.reduce((s, f) => s + f.amount, 0);
  if (collection === 'exempt' || items.length === 0) {
    doc.paragraph(`${no()}Phí, lệ phí: không thu (${FEE_COLLECTION_LABELS.exempt.toLowerCase()}).`);
  } else {
    // One fee line is written in the sentence; several are listed, then the total.
    const only = items.length === 1 ? items[0] : undefined;
    if (only) {
      doc.paragraph([
        { text: `${no()}Phí, lệ phí: ${only.name}: ` },
        { text: formatVnd(total), style: 'bold' },
        { text: ` (bằng chữ: ${vndInWords(total)}). Hình thức thu: ` },
        { text: FEE_COLLECTION_LABELS[collection], style: 'bold' },
        { text: '.' },
      ]);
    } else {
      doc.paragraph(`${no()}Phí, lệ phí:`);
      for (const f of items) doc.paragraph(`- ${f.name}: ${formatVnd(f.amount)};`, { indent: 14 });
      doc.paragraph([
        { text: 'Tổng cộng: ' },
        { text: formatVnd(total), style: 'bold' },
        { text: ` (bằng chữ: ${vndInWords(total)}). Hình thức thu phí, lệ phí: ` },
        { text: FEE_COLLECTION_LABELS[collection], style: 'bold' },
        { text: '.' },
      ]);
    }
  }
  doc.paragraph(`${no()}Nơi và hình thức nhận kết quả: ${deliveryText(input)}`);

  const signatures = [
    { title: 'Người nộp hồ sơ', name: input.applicant.name },
    { title: 'Người tiếp nhận hồ sơ', name: input.officer.name },
  ];
  const note = [
    {
      text:
        (input.resultDelivery.method === 'counter'
          ? 'Khi đến nhận kết quả, người nộp hồ sơ mang theo Giấy tiếp nhận này. '
          : '') +
        'Hồ sơ có thể được giải quyết xong trước thời hạn; tình hình giải quyết hồ sơ được tra cứu bằng mã hồ sơ ' +
        'hoặc mã QR tại: ',
      style: 'italic' as const,
    },
    { text: input.trackingUrl, style: 'italic' as const },
  ];
  const noteOpts = { size: 11, spaceAfter: 6 };
  // Keep the note and the signatures together: a page break, if any, comes before the note.
  doc.ensure(doc.measureParagraph(note, doc.width, noteOpts) + signaturesHeight(signatures));
  doc.paragraph(note, noteOpts);
  drawSignatures(doc, signatures);
  return doc.save();
}
