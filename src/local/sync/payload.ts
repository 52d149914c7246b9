/**
 * The body of a local → national sync event (domain-vn.md §6.2, §6.3): the dossier as DVCQG's `DongBoHoSoMC`
 * (real field names, statuses 1–10, dates `yyyyMMddHHmmss` in Vietnam time) and the new `CapNhatTienDoHoSoMC`
 * progress row of the change, with the per-dossier sequence number (the dossier's action seq).
 */
import type { DossierRow } from '../dossiers/dossier.table.ts';
import type { MonitoringFacts } from '../../federation/monitoring/counters.ts';

/** `yyyyMMddHHmmss` in Vietnam time (UTC+7, no daylight saving); '' for no date. */
export function dvcDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return '';
  return new Date(t + 7 * 3600_000).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

const channelCode = { counter: '1', online: '2', post: '3' } as const;
const ownerTypeCode = { citizen: '1', business: '2', agency: '3', other: '4' } as const;

/** NoiDungXuLy of each action (Vietnamese). */
const actionText: Record<string, string> = {
  submit: 'Nộp hồ sơ trực tuyến',
  receive: 'Tiếp nhận hồ sơ',
  refuse: 'Từ chối tiếp nhận hồ sơ',
  start: 'Bắt đầu xử lý hồ sơ',
  forward: 'Chuyển xử lý',
  return_to_step: 'Trả lại bước trước',
  approve: 'Phê duyệt',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  supplement_received: 'Nhận hồ sơ bổ sung',
  request_payment: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  payment_fulfilled: 'Đã thực hiện nghĩa vụ tài chính',
  apologize: 'Xin lỗi và hẹn lại ngày trả kết quả',
  record_result: 'Có kết quả giải quyết',
  return_result: 'Trả kết quả',
  withdraw: 'Công dân rút hồ sơ',
  stop: 'Dừng xử lý hồ sơ',
  recall: 'Thu hồi kết quả để xử lý lại',
  dispatch: 'Chuyển hồ sơ đến cơ quan có thẩm quyền',
  hand_over_paper: 'Chuyển hồ sơ giấy đến cơ quan có thẩm quyền',
};

export interface SyncAction {
  seq: number;
  kind: string;
  at: string;
  actorName: string;
}

export interface SyncEvent {
  /** The dossier's id on the local system and the change's per-dossier sequence number. */
  dossierId: string;
  seq: number;
  changedAt: string;
  DongBoHoSoMC: Record<string, unknown>;
  CapNhatTienDoHoSoMC: Record<string, unknown>[];
  /** Reconciliation keys: the resolving agency's code ('' while awaiting dispatch) and the creation day (Vietnam time). */
  agencyCode?: string;
  day?: string;
  /** Set on a snapshot re-sent by the daily reconciliation (its run id): the portal applies it even at an equal seq. */
  repair?: string;
  /**
   * The e-mails and SMS this change sent the owner, by check code (no full address): the portal registers them so
   * its "Kiểm tra tin nhắn" page answers for this system's messages (src/national/sync/message-register.ts).
   */
  messages?: SyncMessage[];
  /** The dossier's monitoring facts after the change (Decision 766 index; src/federation/monitoring/counters.ts). */
  monitoring?: MonitoringFacts;
}

export interface SyncMessage {
  checkCode: string;
  channel: 'email' | 'sms';
  template: string;
  recipientMasked: string;
  issuedAt: string;
}

/** The creation day of a dossier in Vietnam time (UTC+7), 'YYYY-MM-DD'. */
export function vnDayOf(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * `DinhDanhCHS` of the owner. A person: "1" for the 12-digit personal ID, "2" for the 9-digit old ID card, as both
 * production clients send it (HuanVu201/DichVuCong_KhoaLuan_PASETO SyncLocalDataToDVCQGService.cs: length 9 → "2",
 * 12 → "1"). An organisation is identified by its tax code, which neither client sends: "3" keeps it apart from the
 * personal-ID types (a tax code sent as "1" would be read as a personal ID).
 */
export function dinhDanhOf(ownerType: DossierRow['ownerType'], idNumber: string): { LoaiDinhDanh: string; SoDinhDanh: string } {
  if (ownerType !== 'citizen') return { LoaiDinhDanh: '3', SoDinhDanh: idNumber };
  return { LoaiDinhDanh: idNumber.length === 9 ? '2' : '1', SoDinhDanh: idNumber };
}

export function buildSyncEvent(d: DossierRow, action: SyncAction, agencyName: string, agencyCode = ''): SyncEvent {
  const contact = d.ownerContact ?? {};
  const state = d.state;
  const maHoSo = d.code ?? '';
  const dossier = {
    MaHoSo: maHoSo,
    MaTTHC: d.procedureCode,
    TenTTHC: d.procedureName,
    KenhThucHien: channelCode[d.channel],
    ChuHoSo: d.ownerName,
    SoGiayToChuHoSo: d.ownerIdNumber,
    DinhDanhCHS: [dinhDanhOf(d.ownerType, d.ownerIdNumber)],
    LoaiDoiTuong: ownerTypeCode[d.ownerType],
    Email: contact.email ?? '',
    SoDienThoai: contact.phone ?? '',
    TrichYeuHoSo: `${d.procedureName} — ${d.ownerName}`.slice(0, 1000),
    NgayNopHoSo: dvcDate(state.submittedAt ?? state.receivedAt ?? d.createdAt),
    NgayTiepNhan: dvcDate(state.receivedAt),
    NgayHenTra: dvcDate(state.dueAt),
    NgayTra: dvcDate(state.returnedAt),
    NgayKetThucXuLy: dvcDate(state.resultAt ?? (state.status === 3 || state.status === 7 || state.status === 8 ? state.closedAt : null)),
    NgayTuChoi: state.status === 3 ? dvcDate(state.closedAt ?? action.at) : '',
    TrangThaiHoSo: String(d.status),
    DonViXuLy: agencyName,
  };
  const progress = {
    MaHoSo: maHoSo,
    NguoiXuLy: action.actorName.slice(0, 50),
    ChucDanh: '',
    ThoiDiemXuLy: dvcDate(action.at),
    PhongBanXuLy: agencyName,
    NoiDungXuLy: actionText[action.kind] ?? action.kind,
    TrangThai: String(d.status),
    NgayBatDau: dvcDate(action.at),
    NgayKetThucTheoQuyDinh: dvcDate(state.dueAt),
  };
  return {
    dossierId: d.id,
    seq: action.seq,
    changedAt: action.at,
    DongBoHoSoMC: dossier,
    CapNhatTienDoHoSoMC: [progress],
    agencyCode,
    day: vnDayOf(d.createdAt),
  };
}
