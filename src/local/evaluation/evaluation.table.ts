import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Criterion, GradeBand } from './evaluation.ts';

type Json<T> = ColumnType<T, string, string>;

export interface EvaluationCriteriaSetTable {
  id: Generated<string>;
  code: string;
  name: string;
  effectiveFrom: string;
  legalBasis: string;
  criteria: Json<Criterion[]>;
  gradeBands: Json<GradeBand[]>;
  createdAt: Generated<string>;
}

export interface DossierEvaluationTable {
  id: Generated<string>;
  dossierId: string;
  criteriaSetId: string;
  agencyId: string | null;
  /** [{ code, value }] — an array, not an object keyed by code: CamelCasePlugin would rewrite such keys. */
  scores: Json<{ code: string; value: number }[]>;
  total: number;
  maxTotal: number;
  grade: string;
  comments: Generated<string>;
  source: 'online' | 'counter_paper';
  recordedByKind: string;
  recordedById: string;
  createdAt: Generated<string>;
}

export interface EvaluationTables {
  evaluationCriteriaSets: EvaluationCriteriaSetTable;
  dossierEvaluations: DossierEvaluationTable;
}

export type CriteriaSetRow = Selectable<EvaluationCriteriaSetTable>;
export type DossierEvaluationRow = Selectable<DossierEvaluationTable>;
