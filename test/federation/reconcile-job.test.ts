/**
 * The daily reconciliation is a job of the node's runner (src/local/sync/reconcile.job.ts), not a loop in every
 * process: a connected local system lists it among its jobs, and two processes' runners (each its own pool) ticking
 * at the same instant reconcile the day before once, repairing what the portal's mirror lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/connect.ts';
import { localJobs } from '../../src/local/jobs.ts';
import { vnDayOf } from '../../src/local/sync/payload.ts';
import { RECONCILE_JOB, reconcileJob } from '../../src/local/sync/reconcile.job.ts';
import { syncOnce } from '../../src/local/sync/sender.ts';
import { syncBacklog } from '../../src/local/sync/sync.repository.ts';
import { startJobRunner, type JobRunnerLog } from '../../src/platform/jobs/runner.ts';
import { receive, startLocal, startNational, type LocalNode, type Node } from './nodes.ts';

let national: Node;
let local: LocalNode;
let other: Db | undefined;
beforeAll(async () => {
  national = await startNational();
  local = await startLocal(national, 'H56');
});
afterAll(async () => {
  await other?.destroy();
  await local?.destroy();
  await national?.destroy();
});

const quiet: JobRunnerLog = { info: () => {}, error: () => {} };

async function drain(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await syncOnce({ db: local.db, self: local.identity, config: local.config });
    if (r.outcome === 'idle' && (await syncBacklog(local.db)).events === 0) return;
  }
  throw new Error('sync did not drain');
}

describe('daily reconciliation as a job of the node', () => {
  it('is a job of a connected local system only', () => {
    expect(localJobs(local.db, local.config).map((j) => j.name)).toContain(RECONCILE_JOB);
    expect(localJobs(local.db, { ...local.config, NATIONAL_URL: '' }).map((j) => j.name)).not.toContain(RECONCILE_JOB);
    expect(localJobs(local.db, { ...local.config, NATIONAL_PROTOCOL: 'dvcqg' }).map((j) => j.name)).not.toContain(RECONCILE_JOB);
    expect(localJobs(national.db, national.config).map((j) => j.name)).not.toContain(RECONCILE_JOB);
  });

  it('two processes ticking at the same instant reconcile the day before once', async () => {
    const a = await receive(local, 'Nguyễn Văn Một');
    await receive(local, 'Trần Thị Hai');
    await drain();
    const day = vnDayOf((await local.db.selectFrom('dossiers').select('createdAt').where('id', '=', a.id).executeTakeFirstOrThrow()).createdAt);
    await national.db.deleteFrom('nationalDossiers').where('sourceNode', '=', 'H56').where('sourceId', '=', a.id).execute();

    other = createDb(local.tdb.url, { max: 3 }).db;
    const runners = [local.db, other].map((db, i) =>
      startJobRunner({ db, jobs: [reconcileJob(db, local.config)], log: quiet, autoStart: false, runner: `p${i}` }),
    );
    try {
      // 01:30 in Vietnam on the next day (UTC+7): the occurrence that reconciles `day`
      const at = new Date(Date.parse(`${day}T18:30:00Z`));
      const results = (await Promise.all(runners.map((r) => r.tick(at)))).flat();
      expect(results.filter((r) => r.result === 'ran')).toHaveLength(1);
      expect(results.filter((r) => r.result !== 'ran').map((r) => r.result)).toEqual([expect.stringMatching(/^(busy|already-done)$/)]);
      const runs = await local.db.selectFrom('scheduledJobRuns').select(['runKey', 'outcome', 'attempts', 'counts']).where('job', '=', RECONCILE_JOB).execute();
      expect(runs).toEqual([{ runKey: vnDayOf(at.toISOString()), outcome: 'succeeded', attempts: 1, counts: { agencies: 1, differing: 1, resent: 1 } }]);
      await drain();
      expect(await national.db.selectFrom('nationalDossiers').select('sourceId').where('sourceNode', '=', 'H56').where('sourceId', '=', a.id).execute()).toHaveLength(1);
      // both again: the day is done
      expect((await Promise.all(runners.map((r) => r.tick(at)))).flat().map((r) => r.result)).toEqual(['already-done', 'already-done']);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
  });
});
