/**
 * A published procedure as a `LayThuTuc` package (domain-vn.md §4.3, the field names the catalogue importer
 * reads in src/national/catalogue/import/laythutuc.ts, so a package read here imports back unchanged).
 */
import type { ProcedureVersion, ProcessingTime } from '../catalogue/catalogue.ts';

const levelName = { central: 'Cấp Bộ', province: 'Cấp Tỉnh', district: 'Cấp Huyện', commune: 'Cấp Xã' } as const;
const unitName = { working_day: 'Ngày làm việc', working_hour: 'Giờ làm việc', calendar_day: 'Ngày' } as const;
const mucDo = { full: '4', partial: '3', none: '2' } as const;

function time(t: ProcessingTime | null, v: ProcedureVersion) {
  return t
    ? [{ THOIGIANGIAIQUYET: String(t.duration), DONVITINH: unitName[t.unit], PHILEPHI: v.fees.map((f) => ({ MAPHILEPHI: f.code ?? '', SOTIEN: String(f.amount), DONVI: 'VNĐ', MOTA: f.description })) }]
    : [];
}

export function toLayThuTuc(v: ProcedureVersion): Record<string, unknown> {
  const channels = [
    ...(v.processing.counter ? [{ KENH: '1', THOIGIAN: time(v.processing.counter, v) }] : []),
    ...(v.processing.online ? [{ KENH: '2', THOIGIAN: time(v.processing.online, v) }] : []),
  ];
  return {
    MATTHC: v.code,
    TENTTHC: v.name,
    MUCDO: mucDo[v.onlineLevel],
    NGAYHIEULUC: v.effectiveFrom ?? '',
    LINHVUCTHUCHIEN: [{ MALINHVUC: v.sectorCode, TENLINHVUC: v.sectorName }],
    CAPTHUCHIEN: v.levels.map((l) => ({ TENCAP: levelName[l] })),
    COQUANCOTHAMQUYEN: v.agencyCodes.map((c) => ({ MACOQUAN: c })),
    CACHTHUCTHUCHIEN: channels,
    THANHPHANHOSO: v.cases.map((c) => ({
      TRUONGHOP: c.name,
      GIAYTO: c.components.map((g) => ({
        MAGIAYTO: g.documentTypeCode ?? '',
        TENGIAYTO: g.name,
        SOBANCHINH: String(g.originals),
        SOBANSAO: String(g.copies),
        TENMAUDON: g.formTemplate ?? '',
        MA_KQ_THAYTHE: g.replacingResultCode ?? '',
      })),
    })),
    KETQUATHUCHIEN: v.results.map((r) => ({ MAKETQUA: r.code, TENKETQUA: r.name })),
    CANCUPHAPLY: v.legalBasis.map((t) => ({ TENVANBAN: t })),
    MAQUYTRINH: v.workflowTemplateRef ?? '',
  };
}
