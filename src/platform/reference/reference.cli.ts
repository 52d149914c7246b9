/** CLI: `motcua import-admin-units --dir ../shared/data` (all three importers, one transaction each). */
import path from 'node:path';
import type { Command } from 'commander';
import type { OpenDatabase } from '../../db/open.ts';
import { progress } from '../../cli/progress.ts';
import { isAppError } from '../../errors.ts';
import { importAllAdminUnits } from './admin-unit.import.ts';
import type { RejectedRow } from './admin-unit.ts';
import { seedDemoAgencies } from './demo-agencies.ts';
import { seedAdminUnits } from './seed/seed.ts';

/** The CLI's database opener (src/cli/main.ts), typed here to avoid importing main. */
type OpenDb = (opts?: { migrate?: boolean }) => Promise<OpenDatabase>;

export function registerReferenceCommands(program: Command, open: OpenDb): void {
  program
    .command('import-admin-units')
    .description(
      'import administrative units (34 provinces / 3,321 communes, the pre-2025 units and the links between them)',
    )
    .requiredOption(
      '--dir <path>',
      'the shared data folder holding admin-units-2025-current, admin-units-pre2025, admin-units-mapping-2025',
    )
    .option('--province <codes...>', 'keep only these post-2025 province codes')
    .option('--strict', 'write nothing if any row is rejected')
    .action(async (o: { dir: string; province?: string[]; strict?: boolean }) => {
      const d = await open();
      try {
        const started = Date.now();
        const r = await importAllAdminUnits(d.db, path.resolve(o.dir), {
          progress,
          strict: o.strict,
          provinces: o.province,
        });
        for (const [name, rep] of Object.entries(r)) {
          console.log(
            `${name}: inserted ${rep.inserted}, updated ${rep.updated}, unchanged ${rep.unchanged}, removed ${rep.removed}, rejected ${rep.rejected.length}, corrected ${rep.corrected.length}`,
          );
          for (const x of rep.rejected.slice(0, 20))
            console.log(`  rejected ${x.file}:${x.row}: ${x.reasons.join('; ')}`);
          for (const x of rep.corrected) console.log(`  corrected ${x.file}:${x.row}: ${x.note}`);
        }
        console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (err) {
        if (!isAppError(err)) throw err;
        console.error(`${err.code}: ${err.message}`);
        const rejected = (err.data?.rejected ?? []) as RejectedRow[];
        for (const x of rejected.slice(0, 20))
          console.error(`  rejected ${x.file}:${x.row}: ${x.reasons.join('; ')}`);
        process.exitCode = 1;
      } finally {
        await d.close();
      }
    });

  program
    .command('seed-reference')
    .description(
      "load the committed seed: 34 provinces, the demo provinces' communes (Thanh Hóa, Quảng Ninh) and the demo agencies",
    )
    .action(async () => {
      const d = await open();
      try {
        const u = await seedAdminUnits(d.db);
        const a = await seedDemoAgencies(d.db);
        console.log(
          `units: inserted ${u.inserted}, unchanged ${u.unchanged}; agencies: inserted ${a.agencies}, one-stop units: inserted ${a.oneStopUnits}`,
        );
      } finally {
        await d.close();
      }
    });
}
