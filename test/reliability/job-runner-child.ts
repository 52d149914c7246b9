/**
 * One process running one periodic job, for pgbouncer-jobs.test.ts (which SIGKILLs it mid-run). The job marks
 * `job_marks` and then never ends. Environment: DATABASE_URL (through PgBouncer), HOLDER, LEASE_MS, JOB, AT
 * (the job's Vietnam time), NOW (the instant to tick at, ISO).
 */
import { createDb } from '../../src/db/connect.ts';
import { startJobRunner } from '../../src/platform/jobs/runner.ts';
import { sql } from 'kysely';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
setInterval(() => {}, 1 << 30); // alive until killed, whatever the job's promise does
const { db } = createDb(env('DATABASE_URL'), { max: 2, applicationName: 'job-runner-child' });
const holder = env('HOLDER');
const runner = startJobRunner({
  db,
  jobs: [
    {
      name: env('JOB'),
      at: env('AT'),
      run: async () => {
        await sql`insert into job_marks (runner, what) values (${holder}, 'started')`.execute(db);
        process.stdout.write('started\n');
        return new Promise<never>(() => {}); // killed before it ends
      },
    },
  ],
  log: { info() {}, error: (o, m) => process.stderr.write(`${m} ${JSON.stringify(o)}\n`) },
  autoStart: false,
  runner: holder,
  leaseMs: Number(env('LEASE_MS')),
});
await runner.tick(new Date(env('NOW')));
