import type { ColumnType, Generated, Selectable } from 'kysely';

/** An account's unsent online dossier (migration 1260). */
export interface SubmissionDraftTable {
  id: Generated<string>;
  accountId: string;
  procedureCode: string;
  procedureVersionId: string | null;
  procedureName: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
}

export type SubmissionDraftRow = Selectable<SubmissionDraftTable>;

export interface DraftTables {
  submissionDrafts: SubmissionDraftTable;
}
