/**
 * CLI: `motcua close-expired-supplements [--at <iso>]` — close dossiers whose supplement window ran out, now. A running
 * local node does the same every day on its own (the `supplement-deadline` job, supplement-deadline.job.ts).
 */
import type { Command } from 'commander';
import type { OpenDatabase } from '../../db/open.ts';
import { closeExpiredSupplements } from './supplement-deadline.ts';

/** The CLI's database opener (src/cli/main.ts), typed here to avoid importing main. */
type OpenDb = (opts?: { migrate?: boolean }) => Promise<OpenDatabase>;

export function registerSupplementDeadlineCommands(program: Command, open: OpenDb): void {
  program
    .command('close-expired-supplements')
    .description(
      'close dossiers waiting for a supplement longer than the rule window (15 working days by default); ' +
        'a running local node does this daily at JOB_SUPPLEMENT_DEADLINE_AT',
    )
    .option('--at <iso>', 'the instant to evaluate at (default: now)')
    .action(async (o: { at?: string }) => {
      const now = o.at ? new Date(o.at) : new Date();
      if (Number.isNaN(now.getTime())) {
        console.error(`--at: not a date-time: ${o.at}`);
        process.exitCode = 2;
        return;
      }
      const d = await open();
      try {
        const closed = await closeExpiredSupplements(d.db, now);
        for (const c of closed) console.log(`${c.action}\t${c.code ?? c.id}\trequested ${c.requestedAt}`);
        console.log(`closed ${closed.length} dossier(s)`);
      } finally {
        await d.close();
      }
    });
}
