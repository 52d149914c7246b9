/**
 * The Decision 766/QĐ-TTg service index (100 points in six groups) as pure definitions, shared by the portal
 * (national view, from what the systems sync) and each local system (its own view, from its own data).
 *
 * Sources: domain-vn.md §6.4 and §8.1; the metric catalogue of `ChippedTopaz/qd766` (`docs/metrics.m0.json`, the
 * METRICS sheet of "Công thức 766.xlsx": names, maximum points, ratio definitions; `docs/FORMULA_MAXIMUMS_20261006.md`)
 * and its `docs/SCORING_ANALYSIS_M0.md`, which REVERSE-ENGINEERED the scoring from the national portal's answers.
 * No scoring function is published officially: every indicator says where its formula comes from (`source`), and
 * DVCQG's official score, when known, prevails over ours (it is an early warning, not the official result).
 *
 * Indicators whose facts this software does not hold (the publicity of procedures in the national procedure
 * database, commune-level e-certified copies, procedure-level payment and population-data integration) are listed
 * with `measured: false`: numerator and denominator 0, ratio null, 0 points — never a guess.
 */
import type { Counters } from './counters.ts';

export type GroupKey = 'publicity' | 'progress' | 'online' | 'payment' | 'satisfaction' | 'digitisation';
export type FormulaSource = 'official' | 'reverse-engineered';

export interface IndicatorDef {
  key: string;
  /** The metric code of the national portal where it has one (metrics.m0.json `metricCode`). */
  metricCode: string | null;
  group: GroupKey;
  name: string;
  max: number;
  /** `official`: the ratio definition and max are the published METRICS sheet and the score is max × ratio as
   * stated there; `reverse-engineered`: the scoring was reconstructed from the portal's answers (or assumed). */
  source: FormulaSource;
  /** How the score is derived, in words (shown on the page). */
  formula: string;
  measured: boolean;
  /** Numerator and denominator from the period's counters (only for measured indicators). */
  count?: (c: Counters) => { numerator: number; denominator: number };
  /** Points from the ratio (0..1) or from an empty denominator (`null`). */
  score: (ratio: number | null) => number;
}

export interface GroupDef {
  key: GroupKey;
  name: string;
  max: number;
}

export const GROUPS: readonly GroupDef[] = [
  { key: 'publicity', name: 'Công khai, minh bạch', max: 18 },
  { key: 'progress', name: 'Tiến độ giải quyết', max: 20 },
  { key: 'online', name: 'Dịch vụ công trực tuyến', max: 12 },
  { key: 'payment', name: 'Thanh toán trực tuyến', max: 10 },
  { key: 'satisfaction', name: 'Mức độ hài lòng', max: 18 },
  { key: 'digitisation', name: 'Số hóa hồ sơ', max: 22 },
];

/** Rounded to two decimals, as the national portal publishes points. */
export const round2 = (x: number) => Math.round(x * 100) / 100;
const linear = (max: number) => (r: number | null) => (r === null ? 0 : Math.min(max, max * r));
const unmeasured = () => 0;

export const INDICATORS: readonly IndicatorDef[] = [
  // Công khai, minh bạch (18): 6 / 4 / 2 / 6
  { key: 'publish-on-time', metricCode: 'PUBLISH_ON_TIME', group: 'publicity', name: 'Tỷ lệ thủ tục hành chính công bố đúng hạn', max: 6, source: 'official', formula: 'điểm = 6 × tỷ lệ (dữ liệu của Cơ sở dữ liệu quốc gia về TTHC, chưa đo trong hệ thống)', measured: false, score: unmeasured },
  { key: 'public-update-on-time', metricCode: 'PUBLIC_UPDATE_ON_TIME', group: 'publicity', name: 'Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn', max: 4, source: 'official', formula: 'điểm = 4 × tỷ lệ (chưa đo trong hệ thống)', measured: false, score: unmeasured },
  { key: 'public-content-full', metricCode: 'PUBLIC_CONTENT_FULL', group: 'publicity', name: 'Tỷ lệ thủ tục hành chính được công khai đầy đủ nội dung', max: 2, source: 'official', formula: 'điểm = 2 × tỷ lệ (chưa đo trong hệ thống)', measured: false, score: unmeasured },
  {
    key: 'dossier-sync', metricCode: 'DOSSIER_SYNC', group: 'publicity',
    name: 'Tỷ lệ hồ sơ được đồng bộ trạng thái theo thời gian thực với Cổng Dịch vụ công quốc gia', max: 6, source: 'official',
    formula: 'hồ sơ có mọi thay đổi đến Cổng trong thời hạn đồng bộ / hồ sơ tiếp nhận, đang giải quyết hoặc trả kết quả trong kỳ; điểm = 6 × tỷ lệ (thời hạn đồng bộ là giả định của hệ thống)',
    measured: true, count: (c) => ({ numerator: c.syncInTime, denominator: c.handled }), score: linear(6),
  },
  // Tiến độ giải quyết (20)
  {
    key: 'on-time', metricCode: null, group: 'progress', name: 'Tỷ lệ hồ sơ xử lý đúng hạn (trước hạn, đúng hạn)', max: 20, source: 'reverse-engineered',
    formula: '(hồ sơ đã giải quyết trước hạn, đúng hạn + đang giải quyết còn trong hạn ở cuối kỳ) / (hồ sơ đã giải quyết trong kỳ + đang giải quyết ở cuối kỳ); điểm = 20 × tỷ lệ',
    measured: true, count: (c) => ({ numerator: c.resolvedOnTime + c.pendingInTime, denominator: c.handled }), score: linear(20),
  },
  // Dịch vụ công trực tuyến (12)
  {
    key: 'online-full', metricCode: null, group: 'online', name: 'Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của TTHC đủ điều kiện toàn trình', max: 12, source: 'reverse-engineered',
    formula: 'hồ sơ nộp trực tuyến của TTHC toàn trình / hồ sơ tiếp nhận trong kỳ của TTHC toàn trình; điểm = 12 × tỷ lệ (cách quy đổi chưa được xác nhận)',
    measured: true, count: (c) => ({ numerator: c.fullOnline, denominator: c.fullEligible }), score: linear(12),
  },
  // Thanh toán trực tuyến (10): 6A + min(2, 2.5B) + 2.5C
  {
    key: 'payment-online', metricCode: null, group: 'payment', name: 'Tỷ lệ hồ sơ thanh toán trực tuyến (A)', max: 6, source: 'reverse-engineered',
    formula: 'A = hồ sơ thanh toán trực tuyến / hồ sơ có nghĩa vụ tài chính tiếp nhận trong kỳ; điểm = 6 × A',
    measured: true, count: (c) => ({ numerator: c.paidOnline, denominator: c.feeReceived }), score: linear(6),
  },
  { key: 'payment-procedures-online', metricCode: null, group: 'payment', name: 'Tỷ lệ TTHC có phí được thanh toán trực tuyến (B)', max: 2, source: 'reverse-engineered', formula: 'điểm = min(2; 2,5 × B) (cấp TTHC, chưa đo trong hệ thống)', measured: false, score: unmeasured },
  { key: 'payment-procedures-used', metricCode: null, group: 'payment', name: 'Tỷ lệ TTHC có phí phát sinh hồ sơ (C)', max: 2, source: 'reverse-engineered', formula: 'điểm = 2,5 × C, tổng nhóm không quá 10 (cấp TTHC, chưa đo trong hệ thống)', measured: false, score: unmeasured },
  // Mức độ hài lòng (18): 6 / 6 / 6
  { key: 'petition-on-time', metricCode: 'PETITION_PROCESSING_ON_TIME', group: 'satisfaction', name: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', max: 6, source: 'reverse-engineered', formula: 'điểm = 6 × tỷ lệ; không có phản ánh, kiến nghị: 6 điểm (hệ thống chưa tiếp nhận phản ánh, kiến nghị)', measured: true, count: () => ({ numerator: 0, denominator: 0 }), score: (r) => (r === null ? 6 : 6 * r) },
  { key: 'petition-satisfaction', metricCode: 'PETITION_HANDLING_SATISFACTION', group: 'satisfaction', name: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', max: 6, source: 'reverse-engineered', formula: 'điểm = 6 × tỷ lệ; không có phản ánh, kiến nghị: 6 điểm', measured: true, count: () => ({ numerator: 0, denominator: 0 }), score: (r) => (r === null ? 6 : 6 * r) },
  {
    key: 'dossier-satisfaction', metricCode: 'DOSSIER_RECEIVING_SATISFACTION', group: 'satisfaction', name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính', max: 6, source: 'reverse-engineered',
    formula: '(hồ sơ đã giải quyết − hồ sơ đánh giá không hài lòng − hồ sơ quá hạn) / hồ sơ đã giải quyết trong kỳ; điểm = min(6; 6 × tỷ lệ / 0,9)',
    measured: true, count: (c) => ({ numerator: c.satisfied, denominator: c.resolved }), score: (r) => (r === null ? 0 : Math.min(6, (6 * r) / 0.9)),
  },
  // Số hóa hồ sơ (22): 6 / 4 / 2 / 2 / 4 / 2 / 2
  {
    key: 'e-result', metricCode: 'ORIGINAL_RESULT_AVAILABLE', group: 'digitisation', name: 'Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử', max: 6, source: 'reverse-engineered',
    formula: 'hồ sơ có kết quả điện tử / hồ sơ có kết quả trong kỳ; điểm = min(6; 6 × tỷ lệ)',
    measured: true, count: (c) => ({ numerator: c.eResult, denominator: c.withResult }), score: linear(6),
  },
  {
    key: 'digitised', metricCode: 'SO_HOA_GIAY_TO_GIAI_QUYET', group: 'digitisation', name: 'Tỷ lệ hồ sơ thủ tục hành chính thực hiện số hóa thành phần hồ sơ', max: 4, source: 'reverse-engineered',
    formula: 'hồ sơ có mọi thành phần được số hóa hoặc thay bằng dữ liệu / hồ sơ tiếp nhận trong kỳ; điểm = min(4; 4 × tỷ lệ)',
    measured: true, count: (c) => ({ numerator: c.digitisedAll, denominator: c.received }), score: linear(4),
  },
  { key: 'e-certified-copy', metricCode: 'ELECTRONIC_CERTIFIED_COPY', group: 'digitisation', name: 'Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính', max: 2, source: 'reverse-engineered', formula: 'điểm = min(2; 2 × tỷ lệ) (cấp xã, chưa đo trong hệ thống)', measured: false, score: unmeasured },
  {
    key: 'reused', metricCode: 'REUSED_DIGITIZED_DATA', group: 'digitisation', name: 'Tỷ lệ hồ sơ có thành phần được cắt giảm, thay thế dựa trên dữ liệu', max: 2, source: 'reverse-engineered',
    formula: 'hồ sơ có thành phần được thay bằng dữ liệu / hồ sơ tiếp nhận của TTHC có thành phần thay thế được; điểm = min(2; 2 × tỷ lệ / 0,8)',
    measured: true, count: (c) => ({ numerator: c.reused, denominator: c.reuseEligible }), score: (r) => (r === null ? 0 : Math.min(2, (2 * r) / 0.8)),
  },
  {
    key: 'digitised-shared', metricCode: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', group: 'digitisation', name: 'Tỷ lệ hồ sơ TTHC được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng', max: 4, source: 'reverse-engineered',
    formula: 'hồ sơ có bản số hóa đưa vào kho dữ liệu của cá nhân, tổ chức hoặc dùng lại dữ liệu / hồ sơ tiếp nhận trong kỳ; điểm = min(4; 4 × tỷ lệ) (hệ số chưa xác nhận)',
    measured: true, count: (c) => ({ numerator: c.digitisedAny, denominator: c.received }), score: linear(4),
  },
  { key: 'citizen-data-dossier', metricCode: 'CITIZEN_DATA_CONNECTED_DOSSIER', group: 'digitisation', name: 'Tỷ lệ hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư', max: 2, source: 'reverse-engineered', formula: 'điểm = min(2; 2 × tỷ lệ) (chưa đo trong hệ thống)', measured: false, score: unmeasured },
  { key: 'citizen-data-formality', metricCode: 'CITIZEN_DATA_CONNECTED_FORMALITY', group: 'digitisation', name: 'Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết TTHC', max: 2, source: 'reverse-engineered', formula: 'điểm = min(2; 2 × tỷ lệ) (cấp TTHC, chưa đo trong hệ thống)', measured: false, score: unmeasured },
];

export function indicatorDef(key: string): IndicatorDef | undefined {
  return INDICATORS.find((i) => i.key === key);
}

export interface IndicatorScore {
  key: string;
  name: string;
  max: number;
  points: number;
  numerator: number;
  denominator: number;
  ratio: number | null;
  source: FormulaSource;
  measured: boolean;
  metricCode: string | null;
  formula: string;
}

export interface GroupScore {
  key: GroupKey;
  name: string;
  max: number;
  points: number;
  indicators: IndicatorScore[];
}

export function scoreIndicator(def: IndicatorDef, c: Counters): IndicatorScore {
  const { numerator, denominator } = def.measured && def.count ? def.count(c) : { numerator: 0, denominator: 0 };
  const ratio = denominator > 0 ? numerator / denominator : null;
  return {
    key: def.key,
    name: def.name,
    max: def.max,
    points: def.measured ? round2(def.score(ratio)) : 0,
    numerator,
    denominator,
    ratio: ratio === null ? null : Math.round(ratio * 10_000) / 10_000,
    source: def.source,
    measured: def.measured,
    metricCode: def.metricCode,
    formula: def.formula,
  };
}

/** The six groups with their indicators and points (a group never exceeds its maximum). */
export function scoreIndex(c: Counters): { points: number; groups: GroupScore[] } {
  const groups = GROUPS.map((g) => {
    const indicators = INDICATORS.filter((i) => i.group === g.key).map((i) => scoreIndicator(i, c));
    const points = round2(Math.min(g.max, indicators.reduce((s, i) => s + i.points, 0)));
    return { key: g.key, name: g.name, max: g.max, points, indicators };
  });
  return { points: round2(groups.reduce((s, g) => s + g.points, 0)), groups };
}
