import type { ColumnType, Generated, Selectable } from 'kysely';
import type { StepDef } from './template.ts';

type Json<T> = ColumnType<T, string, string>;

export interface WorkflowTemplateTable {
  id: Generated<string>;
  code: string;
  version: number;
  name: string;
  status: 'draft' | 'published';
  steps: Json<StepDef[]>;
  effectiveFrom: string | null;
  createdBy: string;
  createdAt: Generated<string>;
  publishedAt: string | null;
}

/** The column migration 0900 adds to dossiers: the template version in force at reception. */
export interface DossierWorkflowColumns {
  workflowTemplateId: string | null;
}

export interface WorkflowTables {
  workflowTemplates: WorkflowTemplateTable;
  dossiers: DossierWorkflowColumns;
}

export type WorkflowTemplateRow = Selectable<WorkflowTemplateTable>;
