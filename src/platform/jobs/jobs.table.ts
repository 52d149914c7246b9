import type { ColumnType, Generated, Selectable } from 'kysely';

export type JobOutcome = 'running' | 'succeeded' | 'failed';

/** One occurrence of a periodic job (migration 1130). */
export interface ScheduledJobRunTable {
  id: Generated<number>;
  job: string;
  runKey: string;
  scheduledFor: string;
  evaluatedAt: string;
  startedAt: Generated<string>;
  finishedAt: string | null;
  outcome: JobOutcome;
  attempts: Generated<number>;
  /** jsonb: written as JSON text, read as an object. */
  counts: ColumnType<Record<string, number>, string | undefined, string>;
  error: string | null;
  runner: string;
}

export type ScheduledJobRun = Selectable<ScheduledJobRunTable>;

export interface JobTables {
  scheduledJobRuns: ScheduledJobRunTable;
}
