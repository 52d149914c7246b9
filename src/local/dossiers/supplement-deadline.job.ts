/**
 * The daily job of a local system that closes unanswered supplement requests (`supplement-deadline.ts`), run by the
 * job runner (src/platform/jobs) at JOB_SUPPLEMENT_DEADLINE_AT, Vietnam time; the CLI command runs the same close.
 */
import type { Db } from '../../db/connect.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { closeExpiredSupplements } from './supplement-deadline.ts';

export const SUPPLEMENT_DEADLINE_JOB = 'supplement-deadline';

export function supplementDeadlineJob(db: Db, at: string): JobDefinition {
  return {
    name: SUPPLEMENT_DEADLINE_JOB,
    at,
    async run(now) {
      const closed = await closeExpiredSupplements(db, now);
      return {
        closed: closed.length,
        stopped: closed.filter((c) => c.action === 'stop').length,
        refused: closed.filter((c) => c.action === 'refuse').length,
      };
    },
  };
}
