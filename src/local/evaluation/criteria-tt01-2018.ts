/**
 * The per-dossier evaluation questionnaire of Circular 01/2018/TT-VPCP as seeded by migration 0810 (version
 * 'TT01-2018'), domain-vn.md §8.3: nine indicators scored 2, 1 or 0, and two satisfaction items.
 *
 * law-2025.md §10: no successor to this set was found, and its grade bands are not to be applied as a legal rule,
 * so criteria and bands are data (evaluation_criteria_sets), versioned by effective date; a new set is a new row.
 *
 * Grade bands. The reporting tool we surveyed uses "Xuất sắc > 15; Tốt 12 to < 15; Khá 9 to < 12; Trung bình 6 to
 * < 9; Yếu < 6", which leaves a total of exactly 15 in no band (it fell through to "Yếu"). Every other band is
 * lower-inclusive, so we make all of them lower-inclusive and contiguous: Xuất sắc 15–18, Tốt 12–14, Khá 9–11,
 * Trung bình 6–8, Yếu 0–5. A band is the highest whose `minScore` the total reaches, so no total can fall between
 * bands. The total counts the nine indicators only (maximum 18); the two satisfaction items are reported apart.
 */
import type { CriteriaSetDefinition } from './evaluation.ts';

const points = [
  { value: 2, vi: '2 điểm', en: '2 points' },
  { value: 1, vi: '1 điểm', en: '1 point' },
  { value: 0, vi: '0 điểm', en: '0 points' },
];
const satisfaction = [
  { value: 2, vi: 'Rất hài lòng', en: 'Very satisfied' },
  { value: 1, vi: 'Hài lòng', en: 'Satisfied' },
  { value: 0, vi: 'Không hài lòng', en: 'Dissatisfied' },
];

export const TT01_2018: CriteriaSetDefinition = {
  code: 'TT01-2018',
  name: 'Bộ tiêu chí đánh giá việc giải quyết thủ tục hành chính (Thông tư 01/2018/TT-VPCP)',
  effectiveFrom: '2019-01-06',
  legalBasis:
    'Nghị định 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP. Chưa tìm thấy văn bản thay thế (law-2025.md §10); thang xếp loại chỉ dùng cho báo cáo.',
  criteria: [
    { code: 'TC01', kind: 'indicator', vi: 'Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định', en: 'Total processing time against the legal limit', options: points },
    { code: 'TC02', kind: 'indicator', vi: 'Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết', en: 'Time taken by each participating agency', options: points },
    { code: 'TC03', kind: 'indicator', vi: 'Số lần liên hệ với cơ quan, đơn vị để hoàn thiện hồ sơ', en: 'Number of contacts needed to complete the dossier', options: points },
    { code: 'TC04', kind: 'indicator', vi: 'Số cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ', en: 'Number of agencies the applicant had to contact', options: points },
    { code: 'TC05', kind: 'indicator', vi: 'Thực hiện tiếp nhận, giải quyết và trả kết quả tại Bộ phận Một cửa', en: 'Received, processed and returned at the one-stop unit', options: points },
    { code: 'TC06', kind: 'indicator', vi: 'Công khai thủ tục hành chính', en: 'Publicity of the procedure', options: points },
    { code: 'TC07', kind: 'indicator', vi: 'Thái độ của cán bộ, công chức, viên chức', en: 'Staff attitude', options: points },
    { code: 'TC08', kind: 'indicator', vi: 'Tiếp nhận và xử lý phản ánh, kiến nghị', en: 'Handling of feedback and petitions', options: points },
    { code: 'TC09', kind: 'indicator', vi: 'Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến', en: 'Progress and quality of online services', options: points },
    { code: 'HL10', kind: 'satisfaction', vi: 'Mức độ thuận tiện khi thực hiện thủ tục', en: 'Ease of use', options: satisfaction },
    { code: 'HL11', kind: 'satisfaction', vi: 'Mức độ hài lòng chung', en: 'Overall satisfaction', options: satisfaction },
  ],
  gradeBands: [
    { code: 'xuat_sac', vi: 'Xuất sắc', en: 'Excellent', minScore: 15 },
    { code: 'tot', vi: 'Tốt', en: 'Good', minScore: 12 },
    { code: 'kha', vi: 'Khá', en: 'Fair', minScore: 9 },
    { code: 'trung_binh', vi: 'Trung bình', en: 'Average', minScore: 6 },
    { code: 'yeu', vi: 'Yếu', en: 'Weak', minScore: 0 },
  ],
};
