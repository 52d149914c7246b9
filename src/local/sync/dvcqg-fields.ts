/**
 * The fields of an outgoing DVCQG `DongBoHoSoMC` beyond the sync snapshot (payload.ts), computed from the dossier's
 * stored facts (dvcqg-fields.repository.ts). Key names and value conventions ("1"/"0" strings, lists of objects) are
 * those of the two production clients:
 * - VietOpenCPS/opencps-v2, modules/backend-dossiermgt/backend-dossiermgt-service/src/main/java/org/opencps/
 *   dossiermgt/action/impl/DVCQGIntegrationActionImpl.java (createSyncDossierBodyRequest: MaLinhVuc, TenLinhVuc,
 *   MaDoiTuong, HinhThuc "0"/"1" = result by post, DanhSachLePhi, DanhSachTepDinhKemKhac, DanhSachHoSoBoSung,
 *   TaiLieuNop, DanhSachGiayToKetQua with file URLs the portal downloads);
 * - HuanVu201/DichVuCong_KhoaLuan_PASETO, SyncLocalDataToDVCQGService.cs and its DTOs (SyncDataToDVCQG.HoSoDongBoDVC:
 *   NoiNopHoSo, HoSoCoThanhPhanSoHoa, TaiKhoanDuocXacThucVoiVNeID, DuocThanhToanTrucTuyen "1" when paid online,
 *   DSKetNoiCSDL [{MaCSDL}], TaiLieuNop items with DuocSoHoa / DuocTaiSuDung / DuocLayTuKhoDMQG, DanhSachLePhi items
 *   with HinhThucThu "1" and LoaiPhiLePhi "1", MaDoiTuong only for online dossiers).
 * File addresses are the public verification addresses of the registered signed documents (digitised copies and
 * results), on this node's PUBLIC_URL.
 */
import type { DvcqgFacts } from './dvcqg-fields.repository.ts';

/**
 * MaCSDL of a dossier that reused documents from the national data warehouse. The Thanh Hóa client sends "7" for
 * every dossier (DSKetNoiCSDL.Add(new DSKetNoiCSDL { MaCSDL = "7" })); motcua sends it only when a component was
 * actually taken from the warehouse.
 */
export const WAREHOUSE_CSDL_CODE = '7';

const flag = (b: boolean) => (b ? '1' : '0');
const reused = (s: DvcqgFacts['components'][number]['source']) => s === 'reused_document' || s === 'reused_result';

export function dvcqgFields(f: DvcqgFacts, fileUrl: (verificationCode: string) => string): Record<string, unknown> {
  const online = f.dossier.channel === 'online';
  const taiLieuNop = f.components
    .filter((c) => c.copy || reused(c.source))
    .map((c) => ({
      TepDinhKemId: c.copy?.id ?? `${f.dossier.id}-${c.seq}`,
      TenTepDinhKem: c.name,
      IsDeleted: '0',
      MaThanhPhanHoSo: c.typeCode ?? '',
      DuongDanTaiTepTin: c.copy ? fileUrl(c.copy.verificationCode) : '',
      DuocSoHoa: '1',
      DuocTaiSuDung: flag(reused(c.source)),
      DuocLayTuKhoDMQG: flag(reused(c.source)),
      MaKetQuaThayThe: '',
    }));
  return {
    MaLinhVuc: f.sector?.code ?? '',
    TenLinhVuc: f.sector?.name ?? '',
    // OpenCPS: HinhThuc 1 when the result goes by post, else 0.
    HinhThuc: flag(f.returnMethod === 'post'),
    // 1: submitted on the national portal (an online dossier routed here from it); 2: on this system (counter, post,
    // or its own online service) — the Thanh Hóa client, whose dossiers are all its own, always sends "2".
    NoiNopHoSo: online && f.dossier.sourceRef ? '1' : '2',
    HoSoCoThanhPhanSoHoa: flag(f.components.some((c) => c.source !== 'submitted' || c.copy !== null)),
    TaiKhoanDuocXacThucVoiVNeID: flag(f.account !== null && f.account.loa >= 2),
    DuocThanhToanTrucTuyen: flag(f.paidOnline),
    DSKetNoiCSDL: f.components.some((c) => reused(c.source)) ? [{ MaCSDL: WAREHOUSE_CSDL_CODE }] : [],
    MaDoiTuong: online ? (f.account?.eidSubject ?? '') : '',
    TaiLieuNop: taiLieuNop,
    DanhSachGiayToKetQua: f.results.map((r) => ({
      TenGiayTo: r.typeName,
      MaThanhPhanHoSo: '',
      GiayToId: r.id,
      DuongDanTepTinKetQua: fileUrl(r.verificationCode),
      MaGiayToKetQua: r.typeCode,
    })),
    DanhSachLePhi: f.fees
      .filter((x) => x.amount > 0)
      .map((x) => ({ TenPhiLePhi: x.name, MaPhiLePhi: x.code ?? '', HinhThucThu: '1', Gia: String(x.amount), LoaiPhiLePhi: '1' })),
    DanhSachTepDinhKemKhac: [],
    DanhSachHoSoBoSung: [],
  };
}
