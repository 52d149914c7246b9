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

/** Who runs a job now (migration 1510): held until `leaseUntil`, renewed while the job runs, deleted at its end. */
export interface JobLeaseTable {
  job: string;
  holder: string;
  token: string;
  takenAt: Generated<string>;
  leaseUntil: string;
}

export interface JobTables {
  scheduledJobRuns: ScheduledJobRunTable;
  jobLeases: JobLeaseTable;
}
