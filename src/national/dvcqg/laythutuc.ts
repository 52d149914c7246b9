/**
 * A published procedure as a `LayThuTuc` package (domain-vn.md §4.3, the field names the catalogue importer
 * reads in src/national/catalogue/import/laythutuc.ts, so a package read here imports back unchanged), with the
 * field sets the real clients read (issue 15 §2): OpenCPS (DVCQGIntegrationActionImpl.syncServiceInfo) reads
 * MACOQUANCONGBO, TRINHTUTHUCHIEN[].TRINHTU, DOITUONGTHUCHIEN[].TENDOITUONG, YEUCAU, TRANGTHAI (≠ 1: not public),
 * CANCUPHAPLY[].SOVANBAN, THANHPHANHOSO[].GIAYTO[].URL, CACHTHUCTHUCHIEN[].THOIGIAN[].MOTA and COQUANTHUCHIEN[]
 * {MADONVI, TENDONVI}; the Thanh Hóa client (AddThuTucTypes.cs, ThuTucApp/Service.cs) reads ID, LOAITTHC,
 * TRANGTHAI, COQUANTHUCHIEN and COQUANCOTHAMQUYEN as lists of {MADONVI, TENDONVI}, and fails when a field it
 * reads is absent. What the catalogue does not hold (steps, target groups, requirements) is sent empty.
 */
import type { ProcedureVersion, ProcessingTime } from '../catalogue/catalogue.ts';

const levelName = { central: 'Cấp Bộ', province: 'Cấp Tỉnh', district: 'Cấp Huyện', commune: 'Cấp Xã' } as const;
const unitName = { working_day: 'Ngày làm việc', working_hour: 'Giờ làm việc', calendar_day: 'Ngày' } as const;
const mucDo = { full: '4', partial: '3', none: '2' } as const;

function time(t: ProcessingTime | null, v: ProcedureVersion) {
  return t
    ? [{
        THOIGIANGIAIQUYET: String(t.duration),
        DONVITINH: unitName[t.unit],
        MOTA: '',
        PHILEPHI: v.fees.map((f) => ({ MAPHILEPHI: f.code ?? '', SOTIEN: String(f.amount), DONVI: 'VNĐ', MOTA: f.description, TENTEP: '', URL: '' })),
      }]
    : [];
}

/** A document number such as `60/2014/QH13`, `123/2015/NĐ-CP` or `15/QĐ-UBND`. */
const DOC_NUMBER_RE = /\d+\/(?:\d{4}\/)?[\p{Lu}\d][\p{Lu}\d-]*/u;

/** A legal basis line as {SOVANBAN, TENVANBAN}: a leading number is split off (so it imports back unchanged). */
export function legalBasisEntry(text: string): { SOVANBAN: string; TENVANBAN: string } {
  const m = DOC_NUMBER_RE.exec(text);
  if (!m) return { SOVANBAN: '', TENVANBAN: text };
  if (m.index === 0 && text.length > m[0].length && text[m[0].length] === ' ') return { SOVANBAN: m[0], TENVANBAN: text.slice(m[0].length + 1) };
  return { SOVANBAN: m[0], TENVANBAN: text };
}

const isUrl = (s: string | undefined) => typeof s === 'string' && /^https?:\/\//i.test(s);

export interface LayThuTucContext {
  /** The competent agencies with their names (codes without a known agency keep an empty name). */
  agencies: readonly { code: string; name: string }[];
  /** MACOQUANCONGBO: the ministry of the sector, else the first competent agency. */
  publisher: string;
}

/** The short form of a procedure in `LayDanhSachTTHC` (OpenCPS and the Thanh Hóa client read MATTHC, TENTTHC). */
export function toDanhSachItem(p: { id: string; code: string; name: string; sectorCode: string; sectorName: string | null; onlineLevel: keyof typeof mucDo }) {
  return { ID: p.id, MATTHC: p.code, TENTTHC: p.name, MALINHVUC: p.sectorCode, TENLINHVUC: p.sectorName ?? '', MUCDO: mucDo[p.onlineLevel], TRANGTHAI: '1' };
}

export function toLayThuTuc(v: ProcedureVersion, ctx: LayThuTucContext = { agencies: v.agencyCodes.map((code) => ({ code, name: '' })), publisher: v.agencyCodes[0] ?? '' }): Record<string, unknown> {
  const units = ctx.agencies.map((a) => ({ MADONVI: a.code, TENDONVI: a.name }));
  const channels = [
    ...(v.processing.counter ? [{ KENH: '1', THOIGIAN: time(v.processing.counter, v) }] : []),
    ...(v.processing.online ? [{ KENH: '2', THOIGIAN: time(v.processing.online, v) }] : []),
  ];
  return {
    ID: v.id,
    MATTHC: v.code,
    TENTTHC: v.name,
    MUCDO: mucDo[v.onlineLevel],
    NGAYHIEULUC: v.effectiveFrom ?? '',
    LOAITTHC: '1',
    TRANGTHAI: '1',
    MACOQUANCONGBO: ctx.publisher,
    IDQUYETDINHCONGBO: '',
    YEUCAU: '',
    MOTADOITUONGTHUCHIEN: '',
    MOTACOQUANTHUCHIEN: ctx.agencies.map((a) => a.name).filter(Boolean).join('; '),
    DIACHITIEPNHAN: '',
    TRINHTUTHUCHIEN: [],
    DOITUONGTHUCHIEN: [],
    LINHVUCTHUCHIEN: [{ MALINHVUC: v.sectorCode, TENLINHVUC: v.sectorName }],
    CAPTHUCHIEN: v.levels.map((l) => ({ CAPTHUCHIEN: levelName[l], TENCAP: levelName[l] })),
    COQUANTHUCHIEN: units,
    COQUANCOTHAMQUYEN: units.map((u) => ({ ...u, MACOQUAN: u.MADONVI })),
    COQUANDUOCUYQUYEN: [],
    COQUANPHOIHOP: [],
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
        URL: isUrl(g.formTemplate) ? g.formTemplate : '',
      })),
    })),
    KETQUATHUCHIEN: v.results.map((r) => ({ MAKETQUA: r.code, TENKETQUA: r.name, TENTEP: '', URL: '' })),
    CANCUPHAPLY: v.legalBasis.map((t) =>
      typeof t === 'string'
        ? { ...legalBasisEntry(t), NGAYBANHANH: '', COQUANBANHANH: '', NGAYHIEULUC: '', DIACHITRUYCAP: '' }
        : { SOVANBAN: t.number, TENVANBAN: t.name ?? [t.type, t.number].filter(Boolean).join(' '), NGAYBANHANH: t.date ? `${t.date.slice(8, 10)}/${t.date.slice(5, 7)}/${t.date.slice(0, 4)}` : '', COQUANBANHANH: t.issuer ?? '', NGAYHIEULUC: '', DIACHITRUYCAP: '' },
    ),
    TTHCLIENQUAN: [],
    TTHCLIENTHONG: [],
    MAQUYTRINH: v.workflowTemplateRef ?? '',
  };
}
