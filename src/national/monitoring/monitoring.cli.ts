/**
 * CLI: `motcua monitoring rebuild` (the portal): rebuild the monitoring read models (facts per dossier, month
 * buckets) from the sync log (national_monitoring_events), in one transaction. Months of the log removed by retention
 * (RETENTION_NATIONAL_MONITORING_EVENTS_MONTHS) are not lost: the facts of dossiers whose events are gone are kept,
 * and the month buckets are recomputed from every dossier's facts (apply.ts, rebuildMonitoring).
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
    .description('rebuild the monitoring read models from the sync log (the same numbers); dossiers whose events are past retention keep their facts')
    .action(async () => {
      const d = await open();
      try {
        const t0 = performance.now();
        const r = await d.db.transaction().execute((trx) => rebuildMonitoring(trx));
        console.log(
          `rebuilt ${r.dossiers} dossier(s), ${r.buckets} month bucket(s) in ${Math.round(performance.now() - t0)} ms; ` +
            `${r.kept} dossier(s) with no event left in the log (past retention) kept their facts`,
        );
      } finally {
        await d.close();
      }
    });
}
