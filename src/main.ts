/** Start a node: load config → open (and migrate) the database → build the app → listen. */
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { demoBanner, seedDemo } from './demo/seed.ts';
import { seedCalendar } from './platform/calendar/calendar.service.ts';
import { startNotificationDispatcher } from './platform/notifications/dispatcher.ts';
import { startFederation } from './composition/federation.ts';
import { prewarmSandbox } from './platform/sandbox/pool.ts';
import { startNodeJobs } from './composition/jobs.ts';
import { clockSettable, createLawClock } from './platform/clock/law-clock.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  await seedCalendar(database.db); // the civil-service calendar this release knows; never overwrites edits
  const clock = createLawClock(clockSettable(config)); // the law's clock, shared by the routes and the jobs
  const app = await buildApp({ config, db: database.db, pool: database.pool, clock });
  if (database.applied.length) app.log.info({ migrations: database.applied }, 'migrations applied');
  if (database.sharedWith !== undefined)
    app.log.warn({ owner: database.sharedWith }, 'sharing the embedded PostgreSQL of another running process; it stops when that process stops');
  if (config.DEMO_MODE) {
    const demo = await seedDemo(database.db, (m) => app.log.warn(m), config.ROLE);
    if (demo === 'unchanged') app.log.info('demo data already in place');
    else app.log.info({ officers: demo.officers.length, citizens: demo.citizens.length, procedures: demo.procedures }, 'demo data ready');
  }

  // Sends the notifications that actions committed to the outbox (development: into the mail catcher) — on the
  // portal too, which sends the one-time codes of counter consents to the person's registered contact.
  const notifications = await startNotificationDispatcher(database.db, config, app.log);

  // Sends committed dossier changes to the national portal (src/local/sync) when this is a connected local system.
  const sync = startFederation(database.db, config, app.log);

  // Periodic jobs, once a day across every process on this database; a day missed while nothing ran is caught up now
  // (src/platform/jobs): every node's maintenance (outboxes, monthly partitions) and a local system's daily close of
  // unanswered supplement requests.
  const jobs = startNodeJobs(database.db, config, app.log, { clock });

  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close(); // stops accepting, lets in-flight requests finish
    await jobs?.stop();
    await notifications?.stop();
    await sync?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.HOST, port: config.PORT });
  void prewarmSandbox(config.DOCUMENT_WORK_HEAP_MB);
  if (config.DEMO_MODE) process.stdout.write(`${demoBanner(config.PUBLIC_URL, undefined, clock.settable)}\n`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : `start-up failed: ${String(err)}`);
  process.exit(1);
});
