/**
 * The flat catalogue list of the national portal (shared/data/tthc-dvcqg-2026/tthc_catalogue_2642.csv: one row per
 * procedure with ma_thu_tuc, ten_thu_tuc, bo_nganh_folder, cap_thuc_hien, linh_vuc, hinh_thuc_nop ("Dịch vụ bưu
 * chính|Trực tiếp|Trực tuyến"), thoi_han_truc_tiep / thoi_han_truc_tuyen ("60 Ngày làm việc", "1"), mien_phi
 * ("yes" or empty), ma_ket_qua / ten_ket_qua ("|"-separated)), read by the CSV importer when its header names
 * `ma_thu_tuc`. It lists no components nor legal bases (the quality report says so per procedure).
 */
import type { Level, ProcedureContent, ProcessingTime } from '../catalogue.ts';
import { MINISTRY_BY_FOLDER } from './dvcqg-crawl.ts';
import { parseChannels } from './crawl-cells.ts';
import { mapLevel, sectorCodeFor, type Candidate } from './import.ts';

/** "60 Ngày làm việc" / "1" / "" read as the crawl's time cell. */
function time(raw: string | undefined): { time: ProcessingTime | null; noUnit: boolean } {
  const s = (raw ?? '').trim();
  if (!s) return { time: null, noUnit: false };
  const row = parseChannels(`Trực tiếp${s}Miễn phí`)[0];
  return { time: row?.time ?? null, noUnit: !!row?.timeUnitMissing };
}

export function dvcqgListRowToCandidate(r: Record<string, string>, row: number): Candidate {
  const reasons: string[] = [];
  const quality: string[] = [];
  const levels = [...new Set((r.cap_thuc_hien ?? '').split(',').map(mapLevel).filter((l): l is Level => !!l))];
  if (!levels.length) reasons.push(`no implementing level in '${r.cap_thuc_hien ?? ''}' (only "Cơ quan khác")`);
  const codes = (r.ma_ket_qua ?? '').split('|').map((x) => x.trim()).filter(Boolean);
  const names = (r.ten_ket_qua ?? '').split(' | ').map((x) => x.trim()).filter(Boolean);
  if (codes.length !== names.length) quality.push(`results: ${codes.length} codes but ${names.length} names (names left out)`);
  const kqMinistry = /^KQ[.-](G\d{2})\./.exec(codes[0] ?? '')?.[1];
  const ministry = MINISTRY_BY_FOLDER[r.bo_nganh_folder ?? ''] ?? (kqMinistry ? `000.00.00.${kqMinistry}` : undefined);
  if (!ministry) reasons.push(`unknown competent ministry (folder '${r.bo_nganh_folder ?? ''}', no KQ.Gxx result code)`);
  const sectorName = (r.linh_vuc ?? '').trim();
  if (!sectorName) reasons.push('missing sector (linh_vuc)');
  const channels = (r.hinh_thuc_nop ?? '').split('|').map((x) => x.trim());
  const online = channels.includes('Trực tuyến');
  const counter = time(r.thoi_han_truc_tiep);
  const onl = time(r.thoi_han_truc_tuyen);
  if (channels.includes('Trực tiếp') && !counter.time) quality.push('time: not stated for trực tiếp');
  if (online && !onl.time) quality.push('time: not stated for trực tuyến');
  if (counter.noUnit || onl.noUnit) quality.push('time: no unit (read as working days)');
  const free = (r.mien_phi ?? '').trim() === 'yes';
  if (!free) quality.push('fee: no channel states whether there is a fee');
  quality.push(`components: the list gives only their number (${(r.so_thanh_phan_ho_so ?? '').trim() || 0})`);
  const content: ProcedureContent = {
    name: (r.ten_thu_tuc ?? '').trim(),
    sectorCode: sectorCodeFor(sectorName),
    levels,
    agencyCodes: ministry ? [ministry] : [],
    onlineLevel: online ? 'partial' : 'none',
    processing: { counter: counter.time, online: online ? onl.time : null },
    cases: [],
    fees: [],
    results: codes.length === names.length ? codes.map((code, i) => ({ code, name: names[i]! })) : [],
    legalBasis: [],
    workflowTemplateRef: null,
  };
  return {
    row,
    code: (r.ma_thu_tuc ?? '').trim() || undefined,
    sector: sectorName ? { code: sectorCodeFor(sectorName), name: sectorName, ministryCode: ministry ?? null } : undefined,
    content,
    reasons,
    quality,
    feeStatus: free ? 'free' : 'unknown',
  };
}
