/**
 * Mẫu số 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ, Circular 03/2025/TT-VPCP (Mẫu 05 under Circular
 * 01/2018): the hand-over log that travels with the dossier — for each step who gave it, who received it,
 * when, the step's due time and whether the step finished early, on time or late.
 */
import { drawTable } from './layout-table.ts';
import type { ApplicantInput, FormAgency, ProcedureRef } from './forms.ts';
import { field, startForm } from './render-common.ts';
import { InputChecker } from './validate.ts';
import { formatVnDateTime, formatVnShortDateTime, parseVnInstant } from './vn-format.ts';

export type StepTimeliness = 'early' | 'on-time' | 'late';

export const TIMELINESS_LABELS: Record<StepTimeliness, string> = {
  early: 'Trước hạn',
  'on-time': 'Đúng hạn',
  late: 'Quá hạn',
};

/** A person of a unit in a hand-over. */
export interface HandoverParty {
  name: string;
  unit: string;
}

export interface HandoverInput {
  /** What the step is, e.g. "Tiếp nhận và chuyển hồ sơ", "Thẩm định hồ sơ". */
  step: string;
  giver: HandoverParty;
  receiver: HandoverParty;
  givenAt: string;
  /** When the receiver acknowledged; blank when not yet. */
  receivedAt?: string;
  /** Due instant of the step. */
  dueAt?: string;
  /** Result of the step; blank while it is running. See classifyTimeliness. */
  result?: StepTimeliness;
  note?: string;
}

export interface ControlSlipInput {
  agency: FormAgency;
  dossierCode: string;
  applicant: ApplicantInput;
  procedure: ProcedureRef;
  receivedAt: string;
  /** Result due instant of the dossier (null for an immediate-result procedure). */
  dueAt: string | null;
  /** Date printed on the slip (usually the reception date). */
  issuedAt: string;
  /** Hand-overs in order (1–200). */
  handovers: HandoverInput[];
}

/**
 * Step result as the statistics count it: finished before the due calendar day (Vietnam time) = early, on the
 * due day and not after the due instant = on time, after the due instant = late.
 */
export function classifyTimeliness(doneAt: string, dueAt: string): StepTimeliness {
  if (Date.parse(doneAt) > Date.parse(dueAt)) return 'late';
  const d = parseVnInstant(doneAt);
  const u = parseVnInstant(dueAt);
  if (!d || !u) throw new RangeError('classifyTimeliness needs ISO instants with an offset');
  const sameDay = d.year === u.year && d.month === u.month && d.day === u.day;
  return sameDay ? 'on-time' : 'early';
}

function validate(input: ControlSlipInput): void {
  const c = new InputChecker();
  const i = input as unknown as Record<string, unknown>;
  c.agency('agency', i.agency);
  c.dossierCode('dossierCode', i.dossierCode);
  c.applicant('applicant', i.applicant);
  c.procedure('procedure', i.procedure);
  const r = c.instant('receivedAt', i.receivedAt);
  if (i.dueAt !== null && c.instant('dueAt', i.dueAt) && r) c.order('dueAt', input.receivedAt, input.dueAt!);
  c.instant('issuedAt', i.issuedAt);
  if (c.list('handovers', i.handovers, 1, 200)) {
    input.handovers.forEach((h, k) => {
      const p = `handovers[${k}]`;
      if (!c.object(p, h)) return;
      c.text(`${p}.step`, h.step, { max: 300 });
      for (const side of ['giver', 'receiver'] as const) {
        if (!c.object(`${p}.${side}`, h[side])) continue;
        c.text(`${p}.${side}.name`, h[side].name, { max: 200 });
        c.text(`${p}.${side}.unit`, h[side].unit, { max: 200 });
      }
      const g = c.instant(`${p}.givenAt`, h.givenAt);
      if (c.instant(`${p}.receivedAt`, h.receivedAt, { optional: true }) && g) {
        c.order(`${p}.receivedAt`, h.givenAt, h.receivedAt);
      }
      c.instant(`${p}.dueAt`, h.dueAt, { optional: true });
      if (h.result !== undefined) c.oneOf(`${p}.result`, h.result, Object.keys(TIMELINESS_LABELS));
      c.text(`${p}.note`, h.note, { max: 500, optional: true });
    });
  }
  c.done('06');
}

/** Render form 06; the hand-over table flows over as many pages as needed. */
export async function renderControlSlip(input: ControlSlipInput): Promise<Uint8Array> {
  validate(input);
  const doc = await startForm('06', {
    agency: input.agency,
    dossierCode: input.dossierCode,
    issuedAt: input.issuedAt,
  });
  field(doc, 'Kèm theo hồ sơ của', input.applicant.name, 'bold');
  field(doc, 'Nội dung yêu cầu giải quyết', `${input.procedure.name} (mã thủ tục ${input.procedure.code})`);
  field(doc, 'Thời gian nhận hồ sơ', formatVnDateTime(input.receivedAt));
  field(
    doc,
    'Thời gian hẹn trả kết quả',
    input.dueAt ? formatVnDateTime(input.dueAt) : 'trả kết quả ngay',
    'bold',
  );
  doc.gap(4);
  const party = (p: HandoverParty): string => `${p.name}\n(${p.unit})`;
  drawTable(doc, {
    size: 9,
    padding: 2.5,
    columns: [
      { header: 'Bước xử lý', weight: 10 },
      { header: 'Bên giao', weight: 11 },
      { header: 'Bên nhận', weight: 11 },
      { header: 'Thời điểm giao', weight: 9, align: 'center' },
      { header: 'Thời điểm nhận', weight: 9, align: 'center' },
      { header: 'Hạn xử lý', weight: 9, align: 'center' },
      { header: 'Kết quả', weight: 7, align: 'center' },
      { header: 'Ghi chú', weight: 7 },
    ],
    rows: input.handovers.map((h, k) => [
      `${k + 1}. ${h.step}`,
      party(h.giver),
      party(h.receiver),
      formatVnShortDateTime(h.givenAt),
      h.receivedAt ? formatVnShortDateTime(h.receivedAt) : '',
      h.dueAt ? formatVnShortDateTime(h.dueAt) : '',
      h.result ? TIMELINESS_LABELS[h.result] : '',
      h.note ?? '',
    ]),
  });
  doc.paragraph(
    [
      {
        text:
          'Ghi chú: mỗi lần giao, nhận hồ sơ, bên giao và bên nhận ghi thời điểm và ký xác nhận trên hệ thống. ' +
          'Kết quả của mỗi bước được ghi: Trước hạn, Đúng hạn hoặc Quá hạn so với hạn xử lý của bước đó.',
        style: 'italic',
      },
    ],
    { size: 11 },
  );
  return doc.save();
}
