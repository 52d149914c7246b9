/**
 * CLI: `motcua federation reconcile [--day YYYY-MM-DD]` (a local system connected with NATIONAL_URL): compare this
 * system's dossiers of that day (default yesterday, Vietnam time) with the portal's mirror per agency, re-send
 * what differs into the sync outbox (the running sender delivers it) and print one line per agency.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import type { OpenDatabase } from '../../db/open.ts';
import { primeNodeIdentity } from '../../federation/transport/node-identity.ts';
import { formatReconcileReport, previousVnDay, reconcileDay } from './reconcile.ts';

type OpenDb = (opts?: { migrate?: boolean }) => Promise<OpenDatabase>;

/** Adds `reconcile` to the `federation` command group (created by the registry's commands, or here). */
export function registerReconcileCommand(program: Command, open: OpenDb): void {
  const fed = program.commands.find((c) => c.name() === 'federation') ?? program.command('federation');
  fed
    .command('reconcile')
    .description('compare count and digest of this system’s dossiers per agency and day with the national mirror; re-send what differs')
    .option('--day <YYYY-MM-DD>', 'the day (Vietnam time) to reconcile; default yesterday')
    .action(async (o: { day?: string }) => {
      const config = loadConfig();
      if (config.ROLE !== 'local' || !config.NATIONAL_URL) throw new Error('reconcile runs on a local system with NATIONAL_URL set');
      const day = o.day ?? previousVnDay();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !Number.isFinite(Date.parse(day))) throw new Error(`--day ${day}: expected YYYY-MM-DD`);
      const d = await open();
      try {
        const report = await reconcileDay({ db: d.db, self: await primeNodeIdentity(config, d.db), config }, day);
        console.log(formatReconcileReport(report));
      } finally {
        await d.close();
      }
    });
}
