/**
 * How the portal presents mirrored dossiers to their owner ("hồ sơ của tôi") and to the public (tracking, personal
 * data masked) on a portal-only node. Statuses are the DVCQG codes 1–10 (domain-vn.md §3.5; the same names as the
 * local systems' src/local/dossiers/status.ts, which the national role may not import); dates in the snapshot are
 * DVCQG wire dates (`yyyyMMddHHmmss`, Vietnam time) and are given out as ISO instants with +07:00.
 */
import { maskName } from '../../lib/mask.ts';
import { formatVn } from '../../platform/calendar/engine.ts';
import { statusOf, wireDateIso } from '../dvcqg/dvcqg.ts';
import type { MirrorDossier, MirrorProgress, PendingSubmission } from './citizen.repository.ts';

export const statusNames: Record<number, { vi: string; en: string }> = {
  1: { vi: 'Mới đăng ký', en: 'Submitted online, awaiting reception' },
  2: { vi: 'Được tiếp nhận', en: 'Accepted' },
  3: { vi: 'Không được tiếp nhận', en: 'Refused at reception' },
  4: { vi: 'Đang xử lý', en: 'Being processed' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Waiting for a supplement' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Waiting for fees or taxes' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Result ready' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

/** The mirror's status column first (a DVCQG progress row moves it without rewriting the snapshot), else the snapshot's. */
function statusInfo(v: unknown, column: number) {
  const s = statusOf(column) ?? statusOf(v) ?? column;
  return { status: s, statusName: statusNames[s] ?? { vi: String(s), en: String(s) } };
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A wire date as `YYYY-MM-DDTHH:mm:ss+07:00`, or null when empty or not a date. */
export function wireToVn(v: unknown): string | null {
  const iso = typeof v === 'string' && v ? wireDateIso(v) : undefined;
  return iso ? formatVn(new Date(iso)) : null;
}

function agencyOf(d: MirrorDossier) {
  const name = text(d.payload.DonViXuLy);
  return d.agencyCode || name ? { code: d.agencyCode ?? '', name } : null;
}

export function progressView(p: MirrorProgress) {
  return {
    at: wireToVn(p.payload.ThoiDiemXuLy),
    handler: text(p.payload.NguoiXuLy),
    department: text(p.payload.PhongBanXuLy),
    content: text(p.payload.NoiDungXuLy),
    ...statusInfo(p.payload.TrangThai, p.trangThai),
  };
}

/** The owner's view: compatible with the local `GET /api/v1/my/dossiers` rows, plus system, agency and progress. */
export function ownerView(d: MirrorDossier, progress: MirrorProgress[], systemName?: string) {
  return {
    id: d.sourceId,
    code: d.maHoSo,
    ...statusInfo(d.payload.TrangThaiHoSo, d.trangThai),
    procedureCode: text(d.payload.MaTTHC),
    procedureName: text(d.payload.TenTTHC),
    node: d.sourceNode,
    /** The competent system by its name (issue 13.11: citizens do not meet node codes). */
    system: { code: d.sourceNode, name: systemName ?? d.sourceNode },
    agency: agencyOf(d),
    createdAt: wireToVn(d.payload.NgayNopHoSo) ?? wireToVn(d.payload.NgayTiepNhan),
    receivedAt: wireToVn(d.payload.NgayTiepNhan),
    dueAt: wireToVn(d.payload.NgayHenTra),
    resultAt: wireToVn(d.payload.NgayKetThucXuLy),
    returnedAt: wireToVn(d.payload.NgayTra),
    changedAt: d.changedAt,
    progress: progress.map(progressView),
  };
}

/** Public tracking: the local tracking route's shape (owner masked, no personal IDs or contacts). */
export function publicView(d: MirrorDossier, progress: MirrorProgress[]) {
  return {
    code: d.maHoSo ?? '',
    ...statusInfo(d.payload.TrangThaiHoSo, d.trangThai),
    procedure: { code: text(d.payload.MaTTHC), name: text(d.payload.TenTTHC) },
    agency: agencyOf(d),
    node: d.sourceNode,
    owner: maskName(text(d.payload.ChuHoSo)),
    receivedAt: wireToVn(d.payload.NgayTiepNhan),
    dueAt: wireToVn(d.payload.NgayHenTra),
    resultAt: wireToVn(d.payload.NgayKetThucXuLy),
    returnedAt: wireToVn(d.payload.NgayTra),
    // the progress content is in Vietnamese already ("Tiếp nhận hồ sơ"); handlers' names are not public
    timeline: progress.map((p) => ({ action: text(p.payload.NoiDungXuLy), at: wireToVn(p.payload.ThoiDiemXuLy) })),
  };
}

/** A submission still travelling to its system ("đang chuyển đến {system}"), with its short reference. */
export function pendingView(s: PendingSubmission, extra: { systemName?: string; reference: string; expectedAt: string | null }) {
  const name = extra.systemName ?? s.recipient;
  return {
    submissionId: s.id,
    reference: extra.reference,
    node: s.recipient,
    system: { code: s.recipient, name },
    procedureCode: s.procedureCode,
    procedureName: s.procedureName,
    submittedAt: formatVn(new Date(s.createdAt)),
    expectedAt: extra.expectedAt,
    message: { vi: `Đang chuyển đến ${name}`, en: `Being forwarded to ${name}` },
    delayed: s.lastError !== null,
  };
}
