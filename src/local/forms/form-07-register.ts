/**
 * Mẫu số 07 — Sổ theo dõi hồ sơ (the register of dossiers), Circular 03/2025/TT-VPCP (law-2025.md §7): one book per
 * counter (reception unit) and period, on A4 landscape. Its columns are those of the register of Circular 01/2018
 * (Mẫu số 06, which Circular 03 renumbered as 07): the Circular 03 text of the form itself was not available to
 * check (law-2025.md names the form only), so `REGISTER_COLUMNS` is the one place to change them.
 */
import { drawHeading, drawTitle } from './layout-blocks.ts';
import { FormDocument } from './layout.ts';
import { drawTable } from './layout-table.ts';
import type { FormAgency } from './forms.ts';
import { FORM_TEMPLATES } from './templates.ts';
import { formatPlaceDate, formatVnShortDateTime } from './vn-format.ts';

/** One dossier received (or refused) at the counter in the period. Instants are ISO strings with an offset. */
export interface RegisterRow {
  code: string;
  procedureName: string;
  /** Số lượng hồ sơ (bộ). */
  sets: number;
  applicantName: string;
  /** Địa chỉ, số điện thoại. */
  applicantContact: string;
  /** Cơ quan chủ trì giải quyết. */
  resolvingAgencyName: string;
  receivedAt: string;
  dueAt: string | null;
  /** Chuyển hồ sơ đến cơ quan giải quyết: when, and who took it over. */
  transferred: { at: string; by: string } | null;
  /** Nhận kết quả từ cơ quan giải quyết. */
  resultReceived: { at: string; by: string } | null;
  /** Trả kết quả cho cá nhân, tổ chức. */
  returned: { at: string; by: string } | null;
  note: string;
}

export interface RegisterInput {
  /** The counter: its agency and one-stop unit. */
  agency: FormAgency;
  /** The period, Vietnam days, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** When the register was printed. */
  issuedAt: string;
  rows: RegisterRow[];
}

/** Column headings as printed (the groups span the date and signature pairs). */
export const REGISTER_COLUMNS = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Số lượng hồ sơ (bộ)',
  'Tên cá nhân, tổ chức',
  'Địa chỉ, số điện thoại',
  'Cơ quan chủ trì giải quyết',
  'Nhận hồ sơ (ngày, tháng, năm)',
  'Hẹn trả kết quả (ngày, tháng, năm)',
  'Chuyển hồ sơ đến cơ quan giải quyết: ngày, tháng, năm',
  'Chuyển hồ sơ đến cơ quan giải quyết: ký nhận',
  'Nhận kết quả từ cơ quan giải quyết: ngày, tháng, năm',
  'Nhận kết quả từ cơ quan giải quyết: ký nhận',
  'Trả kết quả cho cá nhân, tổ chức: ngày, tháng, năm',
  'Trả kết quả cho cá nhân, tổ chức: ký nhận',
  'Ghi chú',
] as const;

const dmy = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const when = (iso: string | null | undefined): string => (iso ? formatVnShortDateTime(iso) : '');

/** The cells of one row, in the order of REGISTER_COLUMNS (also the XLSX row). */
export function registerCells(r: RegisterRow, k: number): string[] {
  return [
    String(k + 1),
    r.code,
    r.procedureName,
    String(r.sets),
    r.applicantName,
    r.applicantContact,
    r.resolvingAgencyName,
    when(r.receivedAt),
    when(r.dueAt),
    when(r.transferred?.at),
    r.transferred?.by ?? '',
    when(r.resultReceived?.at),
    r.resultReceived?.by ?? '',
    when(r.returned?.at),
    r.returned?.by ?? '',
    r.note,
  ];
}

/** "Từ ngày 01/03/2026 đến ngày 31/03/2026". */
export function registerPeriod(from: string, to: string): string {
  return `Từ ngày ${dmy(from)} đến ngày ${dmy(to)}`;
}

export async function renderRegister(input: RegisterInput): Promise<Uint8Array> {
  const template = FORM_TEMPLATES['07'];
  const id = `${input.agency.unitName} ${input.from}–${input.to}`;
  const doc = await FormDocument.create({
    template,
    footer: `Mẫu số 07 — ${template.version} — ${input.agency.unitName}`,
    title: `${template.nameVi} — ${id}`,
    dossierCode: id,
    issuedAt: input.issuedAt,
    landscape: true,
  });
  await drawHeading(doc, {
    agencyName: input.agency.agencyName,
    unitName: input.agency.unitName,
    placeDate: formatPlaceDate(input.agency.place, input.issuedAt),
  });
  drawTitle(doc, template.nameVi, [
    [{ text: registerPeriod(input.from, input.to), style: 'italic' }],
    [{ text: `Số hồ sơ: ${input.rows.length}`, style: 'italic' }],
  ]);
  const short = (h: string) => h.replace(/^.*: /, '');
  drawTable(doc, {
    size: 7.5,
    padding: 2,
    // widths in points of A4 landscape (714 pt between the margins) at 7.5 pt: a code and a date fit on one line
    columns: [
      { header: 'STT', weight: 22, align: 'center' },
      { header: 'Mã hồ sơ', weight: 93 },
      { header: 'Tên thủ tục hành chính', weight: 58 },
      { header: 'Số lượng hồ sơ (bộ)', weight: 26, align: 'center' },
      { header: 'Tên cá nhân, tổ chức', weight: 44 },
      { header: 'Địa chỉ, số điện thoại', weight: 48 },
      { header: 'Cơ quan chủ trì giải quyết', weight: 46 },
      { header: 'Nhận hồ sơ (ngày, tháng, năm)', weight: 42, align: 'center' },
      { header: 'Hẹn trả kết quả (ngày, tháng, năm)', weight: 42, align: 'center' },
      { header: short(REGISTER_COLUMNS[9]), weight: 42, align: 'center' },
      { header: short(REGISTER_COLUMNS[10]), weight: 44, align: 'center' },
      { header: short(REGISTER_COLUMNS[11]), weight: 42, align: 'center' },
      { header: short(REGISTER_COLUMNS[12]), weight: 44, align: 'center' },
      { header: short(REGISTER_COLUMNS[13]), weight: 42, align: 'center' },
      { header: short(REGISTER_COLUMNS[14]), weight: 44, align: 'center' },
      { header: 'Ghi chú', weight: 39 },
    ],
    groups: [
      { label: 'Chuyển hồ sơ đến cơ quan giải quyết', from: 9, span: 2 },
      { label: 'Nhận kết quả từ cơ quan giải quyết', from: 11, span: 2 },
      { label: 'Trả kết quả cho cá nhân, tổ chức', from: 13, span: 2 },
    ],
    // narrow cells: a date above its time
    rows: input.rows.length
      ? input.rows.map((r, k) =>
          registerCells(r, k).map((cell) => (/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/.test(cell) ? cell.replace(' ', '\n') : cell)),
        )
      : [['', '', 'Không có hồ sơ trong kỳ', '', '', '', '', '', '', '', '', '', '', '', '', '']],
  });
  return doc.save();
}
