/**
 * CLI: `motcua monitoring rebuild` (the portal): drop the monitoring read models (facts per dossier, month
 * buckets) and rebuild them from the sync log (national_monitoring_events), in one transaction.
 */
import type { Command } from 'commander';
import type { OpenDatabase } from '../../db/open.ts';
import { rebuildMonitoring } from './apply.ts';

type OpenDb = (opts?: { migrate?: boolean }) => Promise<OpenDatabase>;

export function registerMonitoringCommands(program: Command, open: OpenDb): void {
  program
    .command('monitoring')
    .description('national monitoring (Decision 766 index) on the portal')
    .command('rebuild')
    .description('drop the monitoring read models and rebuild them from the sync log (the same numbers)')
    .action(async () => {
      const d = await open();
      try {
        const t0 = performance.now();
        const r = await d.db.transaction().execute((trx) => rebuildMonitoring(trx));
        console.log(`rebuilt ${r.dossiers} dossier(s), ${r.buckets} month bucket(s) in ${Math.round(performance.now() - t0)} ms`);
      } finally {
        await d.close();
      }
    });
}
