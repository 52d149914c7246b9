/**
 * `npm run bench`: every benchmark, each measured against a baseline taken in the same run (the machine is
 * shared and noisy, so ratios matter more than absolute numbers). Results go to bench/results/latest.json and
 * a dated copy. Pass names to run a subset: `npm run bench -- search`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchSearch } from './search.ts';
import { benchStartup } from './startup.ts';

const all: Record<string, () => Promise<Record<string, unknown>>> = {
  search: benchSearch,
  startup: benchStartup,
  intake: async () => (await import('./intake.ts')).benchIntake(),
  'dossier-read': async () => (await import('./dossier-read.ts')).benchDossierRead(),
  'due-date': async () => (await import('./due-date.ts')).benchDueDate(),
};

const wanted = process.argv.slice(2).filter((a) => a in all);
const names = wanted.length ? wanted : Object.keys(all);
const results: Record<string, unknown> = {
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};
for (const name of names) {
  process.stderr.write(`bench ${name}…\n`);
  results[name] = await all[name]!();
  process.stderr.write(`${JSON.stringify(results[name])}\n`);
}
mkdirSync('bench/results', { recursive: true });
const json = JSON.stringify(results, null, 2);
writeFileSync('bench/results/latest.json', `${json}\n`);
writeFileSync(`bench/results/${results.at as string}.json`.replace(/:/g, '-'), `${json}\n`);
console.log(json);
