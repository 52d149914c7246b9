/**
 * Biểu số II.06a/VPCP/KSTT — Tình hình, kết quả giải quyết thủ tục hành chính tại cơ quan, đơn vị trực tiếp giải
 * quyết (domain-vn.md §8.2), on A4 landscape with the national heading: one row per sector and a total row.
 */
import { drawHeading, drawTitle } from './layout-blocks.ts';
import { FormDocument } from './layout.ts';
import { drawTable } from './layout-table.ts';
import type { FormAgency } from './forms.ts';
import { formatPlaceDate } from './vn-format.ts';

export const II06A_TEMPLATE = {
  number: 'II.06a',
  nameVi: 'Tình hình, kết quả giải quyết thủ tục hành chính tại cơ quan, đơn vị trực tiếp giải quyết thủ tục hành chính',
  version: 'VPCP-KSTT/II.06a@1',
} as const;

export interface Ii06aPdfRow {
  sectorName: string;
  /** In column order: received total, online, direct, postal, carried over; resolved total, early, on time, late;
   * pending total, within the deadline, late. */
  counts: number[];
}

export interface Ii06aPdfInput {
  agency: FormAgency;
  periodLabel: string;
  from: string;
  to: string;
  issuedAt: string;
  rows: Ii06aPdfRow[];
  total: Ii06aPdfRow;
}

const dmy = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

export async function renderIi06a(input: Ii06aPdfInput): Promise<Uint8Array> {
  const id = `${input.agency.agencyName} ${input.from}–${input.to}`;
  const doc = await FormDocument.create({
    template: II06A_TEMPLATE,
    footer: `Biểu số II.06a/VPCP/KSTT — ${II06A_TEMPLATE.version}`,
    title: `${II06A_TEMPLATE.nameVi} — ${id}`,
    dossierCode: id,
    issuedAt: input.issuedAt,
    landscape: true,
  });
  await drawHeading(doc, {
    agencyName: input.agency.agencyName,
    unitName: input.agency.unitName,
    leftLines: [[{ text: 'Biểu số II.06a/VPCP/KSTT', style: 'italic' }]],
    placeDate: formatPlaceDate(input.agency.place, input.issuedAt),
  });
  drawTitle(doc, II06A_TEMPLATE.nameVi, [
    [{ text: `Kỳ báo cáo: ${input.periodLabel} (từ ngày ${dmy(input.from)} đến ngày ${dmy(input.to)})`, style: 'italic' }],
    [{ text: 'Đơn vị tính: hồ sơ', style: 'italic' }],
  ]);
  const n = (h: string, weight = 40) => ({ header: h, weight, align: 'center' as const });
  drawTable(doc, {
    size: 9,
    padding: 2,
    columns: [
      { header: 'STT', weight: 24, align: 'center' },
      { header: 'Lĩnh vực giải quyết', weight: 150 },
      n('Tổng số'),
      n('Trực tuyến (trong kỳ)'),
      n('Trực tiếp (trong kỳ)'),
      n('Dịch vụ bưu chính (trong kỳ)'),
      n('Từ kỳ trước chuyển qua'),
      n('Tổng số'),
      n('Trước hạn'),
      n('Đúng hạn'),
      n('Quá hạn'),
      n('Tổng số'),
      n('Trong hạn'),
      n('Quá hạn'),
    ],
    groups: [
      { label: 'Số hồ sơ nhận giải quyết', from: 2, span: 5 },
      { label: 'Số hồ sơ đã giải quyết', from: 7, span: 4 },
      { label: 'Số hồ sơ đang giải quyết', from: 11, span: 3 },
    ],
    rows: [
      ...input.rows.map((r, k) => [String(k + 1), r.sectorName, ...r.counts.map(String)]),
      ['', input.total.sectorName, ...input.total.counts.map(String)],
    ],
  });
  return doc.save();
}
