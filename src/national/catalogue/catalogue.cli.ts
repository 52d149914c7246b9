/** CLI: `import-catalogue --format laythutuc|csv|dvcqg-crawl <file>`, `seed-catalogue`, `generate-procedures`. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { OpenDatabase } from '../../db/open.ts';
import { progress } from '../../cli/progress.ts';
import { importCandidates, importFormats, type ImportFormat } from './import/import.ts';
import { readCrawlFile } from './import/dvcqg-crawl.ts';
import { parseImport } from './import/run.ts';
import { seedCatalogue } from './seed/seed.ts';
import { generateSyntheticProcedures, insertSyntheticProcedures } from './synthetic.ts';

type OpenDb = (opts?: { migrate?: boolean }) => Promise<OpenDatabase>;

export function registerCatalogueCommands(program: Command, open: OpenDb): void {
  program
    .command('import-catalogue')
    .description('import procedures and publish them (LayThuTuc JSON, catalogue CSV, or the DVCQG crawl JSONL[.gz])')
    .requiredOption('--format <format>', `one of ${importFormats.join(', ')}`)
    .argument('<file>', 'file to import')
    .action(async (file: string, opts: { format: string }) => {
      if (!importFormats.includes(opts.format as ImportFormat)) throw new Error(`unknown format ${opts.format}`);
      const format = opts.format as ImportFormat;
      const candidates = format === 'dvcqg-crawl' ? readCrawlFile(file) : parseImport(format, readFileSync(file, 'utf8'));
      const d = await open();
      try {
        const bar = progress('import', candidates.length);
        const report = await importCandidates(d.db, 'system', candidates, () => bar.tick());
        bar.stop();
        console.log(JSON.stringify({ ...report, rejected: report.rejected.length, rejections: report.rejected.slice(0, 50) }, null, 2));
      } finally {
        await d.close();
      }
    });

  program
    .command('seed-catalogue')
    .description('seed the real sectors and procedures of the product (idempotent)')
    .action(async () => {
      const d = await open();
      try {
        console.log(JSON.stringify(await seedCatalogue(d.db)));
      } finally {
        await d.close();
      }
    });

  program
    .command('generate-procedures')
    .description('insert synthetic published procedures (codes 9.xxxxxx) for benchmarks')
    .option('--count <n>', 'how many', '6400')
    .option('--seed <n>', 'PRNG seed', '1')
    .action(async (opts: { count: string; seed: string }) => {
      const procs = generateSyntheticProcedures(Number(opts.count), Number(opts.seed));
      const d = await open();
      try {
        const bar = progress('generate', procs.length);
        const n = await insertSyntheticProcedures(d.db, procs, (k) => bar.tick(k));
        bar.stop();
        console.log(JSON.stringify({ inserted: n }));
      } finally {
        await d.close();
      }
    });
}
