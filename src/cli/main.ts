/**
 * The admin CLI: `npm run motcua -- <command>`. Each feature contributes its commands through a
 * `register*Commands(program, open)` function; this file only wires them.
 */
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openDatabase, type OpenDatabase } from '../db/open.ts';
import { registerCatalogueCommands } from '../national/catalogue/catalogue.cli.ts';
import { registerIdentityCommands } from '../platform/identity/identity.cli.ts';
import { registerReferenceCommands } from '../platform/reference/reference.cli.ts';
import { registerSupplementDeadlineCommands } from '../local/dossiers/supplement-deadline.cli.ts';
import { registerFederationCommands } from '../national/registry/registry.cli.ts';
import { registerReconcileCommand } from '../local/sync/reconcile.cli.ts';
import { registerLegacyImportCommands } from '../local/dossiers/legacy-import.cli.ts';
import { registerMonitoringCommands } from '../national/monitoring/monitoring.cli.ts';

export type OpenDb = (opts?: { migrate?: boolean }) => Promise<OpenDatabase>;

const program = new Command('motcua').description('motcua administration').showHelpAfterError();
const config = loadConfig();
const open: OpenDb = async (opts) => {
  const d = await openDatabase(config, opts);
  // the node runs on this data folder: use its database, and leave it running afterwards
  if (d.sharedWith !== undefined)
    console.error(`using the embedded PostgreSQL of the running process ${d.sharedWith} (left running)`);
  return d;
};

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const d = await open();
    console.log(d.applied.length ? `applied: ${d.applied.join(', ')}` : 'schema is up to date');
    await d.close();
  });

registerCatalogueCommands(program, open);
registerIdentityCommands(program, open);
registerReferenceCommands(program, open);
registerSupplementDeadlineCommands(program, open);
registerFederationCommands(program, open);
registerReconcileCommand(program, open);
registerLegacyImportCommands(program);
registerMonitoringCommands(program, open);

await program.parseAsync(process.argv);
