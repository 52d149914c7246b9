/**
 * The shapes of the monitoring API (tasks contract, issue 17), built from a period's counters: the same on the
 * portal (per system, from the synced facts) and on a local system (its own, from its data).
 */
import { countersOf, type BucketSums } from './counters.ts';
import { scoreIndex, type GroupScore } from './indicators.ts';

export type SystemKind = 'province' | 'ministry';

/** Ministries' electronic codes are G…, provinces' H… (Decision 20/2020/QĐ-TTg); a node is named by its code. */
export function systemKind(code: string): SystemKind {
  return code.startsWith('G') ? 'ministry' : 'province';
}

export interface SystemIndexAnswer {
  period: string;
  system: { code: string; name: string; kind: SystemKind };
  agency?: { code: string; name: string } | null;
  points: number;
  officialPoints: number | null;
  groups: GroupScore[];
  trend: { period: string; points: number }[];
  /** The limits of the computation, in Vietnamese, for the page. */
  notes: string[];
}

export const INDEX_NOTES = [
  'Điểm do hệ thống tự tính để cảnh báo sớm; điểm chính thức do Cổng Dịch vụ công quốc gia công bố được ưu tiên.',
  'Công thức quy đổi điểm của các chỉ tiêu ghi "reverse-engineered" được suy ngược từ số liệu công bố (ChippedTopaz/qd766, docs/SCORING_ANALYSIS_M0.md), chưa phải công thức chính thức.',
  'Chỉ tiêu "chưa đo" là dữ liệu hệ thống không nắm giữ (công khai TTHC, chứng thực điện tử cấp xã, chỉ tiêu cấp TTHC): tính 0 điểm.',
  'Hồ sơ đang giải quyết được xét trong hạn hay quá hạn tại thời điểm cuối kỳ.',
];

export function systemAnswer(a: {
  period: string;
  system: { code: string; name: string };
  agency?: { code: string; name: string } | null;
  sums: BucketSums;
  trend: { period: string; sums: BucketSums }[];
  officialPoints: number | null;
}): SystemIndexAnswer {
  const idx = scoreIndex(countersOf(a.sums));
  return {
    period: a.period,
    system: { code: a.system.code, name: a.system.name, kind: systemKind(a.system.code) },
    ...(a.agency !== undefined ? { agency: a.agency } : {}),
    points: idx.points,
    officialPoints: a.officialPoints,
    groups: idx.groups,
    trend: a.trend.map((t) => ({ period: t.period, points: scoreIndex(countersOf(t.sums)).points })),
    notes: INDEX_NOTES,
  };
}

export interface DossierListAnswer {
  total: number;
  items: {
    code: string;
    procedureName: string;
    agencyName: string;
    receivedAt: string | null;
    status: number;
    counted: 'numerator' | 'denominator-only';
  }[];
}

export const DRILL_PAGE_SIZE = 50;
