/** The monitoring API contract (issue 17, tasks/contract17.md): the shapes the pages read. */
export type SystemKind = 'province' | 'ministry';

export interface GroupPoints {
  key: string;
  name: string;
  max: number;
  points: number;
}

export interface NationalIndex {
  period: string;
  previousPeriod: string;
  systems: {
    code: string;
    name: string;
    kind: SystemKind;
    points: number;
    previousPoints: number | null;
    rank: number;
    groups: GroupPoints[];
  }[];
}

export interface Indicator {
  key: string;
  name: string;
  max: number;
  points: number;
  numerator: number;
  denominator: number;
  ratio: number | null;
  source: 'official' | 'reverse-engineered';
  /** False: the system does not measure it yet (no points counted from data). */
  measured?: boolean;
  /** How the points are computed, in Vietnamese. */
  formula?: string;
}

export interface SystemIndex {
  period: string;
  system: { code: string; name: string; kind: SystemKind };
  points: number;
  officialPoints: number | null;
  groups: (GroupPoints & { indicators: Indicator[] })[];
  trend: { period: string; points: number }[];
}

export interface IndicatorDossiers {
  total: number;
  items: {
    code: string;
    procedureName: string;
    agencyName: string;
    receivedAt: string;
    status: number | string;
    counted: 'numerator' | 'denominator-only';
  }[];
}
