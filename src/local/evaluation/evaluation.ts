/**
 * Per-dossier satisfaction evaluation: the domain types and the pure rules (validate the answers against the
 * criteria set in force, compute the total and the grade). See criteria-tt01-2018.ts for the seeded set and why
 * its grade bands are lower-inclusive.
 */
import { AppError, type FieldError } from '../../errors.ts';

export interface CriterionOption {
  value: number;
  vi: string;
  en: string;
}

export interface Criterion {
  code: string;
  /** Indicators count in the total; satisfaction items are reported apart. */
  kind: 'indicator' | 'satisfaction';
  vi: string;
  en: string;
  options: CriterionOption[];
}

export interface GradeBand {
  code: string;
  vi: string;
  en: string;
  /** Lowest total in the band, inclusive. */
  minScore: number;
}

export interface CriteriaSetDefinition {
  code: string;
  name: string;
  effectiveFrom: string;
  legalBasis: string;
  criteria: Criterion[];
  gradeBands: GradeBand[];
}

export interface Scored {
  total: number;
  maxTotal: number;
  grade: GradeBand;
}

/** The band of a total: the highest band whose minScore it reaches; the lowest band below every minScore. */
export function gradeFor(total: number, bands: readonly GradeBand[]): GradeBand {
  const sorted = [...bands].sort((a, b) => b.minScore - a.minScore);
  const lowest = sorted[sorted.length - 1];
  if (!lowest) throw new Error('criteria set without grade bands');
  return sorted.find((b) => total >= b.minScore) ?? lowest;
}

/**
 * Check that `scores` answers every criterion of the set exactly, with an allowed value; unknown codes → 400
 * evaluation-criteria-unknown, missing or out-of-range → 400 evaluation-score-invalid. Returns total and grade.
 */
export function scoreEvaluation(set: Pick<CriteriaSetDefinition, 'criteria' | 'gradeBands'>, scores: Record<string, number>): Scored {
  const byCode = new Map(set.criteria.map((c) => [c.code, c]));
  const unknown = Object.keys(scores).filter((k) => !byCode.has(k));
  if (unknown.length) {
    throw new AppError('evaluation-criteria-unknown', {
      detail: `Unknown criteria: ${unknown.join(', ')}`,
      errors: unknown.map((k) => ({ path: `/scores/${k}`, message: 'unknown criterion' })),
    });
  }
  const errors: FieldError[] = [];
  for (const c of set.criteria) {
    const v = scores[c.code];
    if (v === undefined) errors.push({ path: `/scores/${c.code}`, message: 'missing' });
    else if (!c.options.some((o) => o.value === v)) {
      errors.push({ path: `/scores/${c.code}`, message: `must be one of ${c.options.map((o) => o.value).join(', ')}` });
    }
  }
  if (errors.length) throw new AppError('evaluation-score-invalid', { errors });
  const indicators = set.criteria.filter((c) => c.kind === 'indicator');
  const total = indicators.reduce((s, c) => s + (scores[c.code] ?? 0), 0);
  const maxTotal = indicators.reduce((s, c) => s + Math.max(...c.options.map((o) => o.value)), 0);
  return { total, maxTotal, grade: gradeFor(total, set.gradeBands) };
}
