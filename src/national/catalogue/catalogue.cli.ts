/** CLI: `import-catalogue --format laythutuc|csv|dvcqg-crawl <file>`, `seed-catalogue`, `generate-procedures`. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { OpenDatabase } from '../../db/open.ts';
import { progress } from '../../cli/progress.ts';
import { importCandidates, importFormats, type ImportFormat, type ImportReport } from './import/import.ts';
import { readCrawlFile } from './import/dvcqg-crawl.ts';
import { parseImport } from './import/run.ts';
import { seedCatalogue } from './seed/seed.ts';
import { generateSyntheticProcedures, insertSyntheticProcedures } from './synthetic.ts';

/** How many procedures have each kind of note ("time: not stated for trực tiếp" → "time"), and a few examples. */
function qualitySummary(rows: ImportReport['quality']): { procedures: number; byKind: Record<string, number>; examples: ImportReport['quality'] } {
  const byKind: Record<string, number> = {};
  for (const r of rows) for (const k of new Set(r.notes.map((n) => n.split(':')[0]!))) byKind[k] = (byKind[k] ?? 0) + 1;
  return { procedures: rows.length, byKind, examples: rows.slice(0, 10) };
}

type OpenDb = (opts?: { migrate?: boolean }) => Promise<OpenDatabase>;

export function registerCatalogueCommands(program: Command, open: OpenDb): void {
  program
    .command('import-catalogue')
    .description('import procedures and publish them (LayThuTuc JSON, catalogue CSV, or the DVCQG crawl JSONL[.gz])')
    .requiredOption('--format <format>', `one of ${importFormats.join(', ')}`)
    .argument('<file>', 'file to import')
    .option('--report <file>', 'write the whole report (rejections and the quality report per procedure) as JSON')
    .action(async (file: string, opts: { format: string; report?: string }) => {
      if (!importFormats.includes(opts.format as ImportFormat)) throw new Error(`unknown format ${opts.format}`);
      const format = opts.format as ImportFormat;
      const candidates = format === 'dvcqg-crawl' ? readCrawlFile(file) : parseImport(format, readFileSync(file, 'utf8'));
      const d = await open();
      try {
        const bar = progress('import', candidates.length);
        const report = await importCandidates(d.db, 'system', candidates, () => bar.tick());
        bar.stop();
        if (opts.report) writeFileSync(opts.report, JSON.stringify(report, null, 2));
        console.log(JSON.stringify({ ...report, rejected: report.rejected.length, rejections: report.rejected.slice(0, 50), quality: qualitySummary(report.quality), ...(opts.report ? { reportFile: opts.report } : {}) }, null, 2));
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
