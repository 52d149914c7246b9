/**
 * `npm run bench`: every benchmark, each measured against a baseline taken in the same run (the machine is
 * shared and noisy, so ratios matter more than absolute numbers). Results go to bench/results/latest.json (the
 * last result of each benchmark, with its time and the machine's load). Pass names to run a subset:
 * `npm run bench -- search`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchSearch } from './search.ts';
import { benchStartup } from './startup.ts';

const all: Record<string, () => Promise<Record<string, unknown>>> = {
  search: benchSearch,
  startup: benchStartup,
  intake: async () => (await import('./intake.ts')).benchIntake(),
  'dossier-read': async () => (await import('./dossier-read.ts')).benchDossierRead(),
  'due-date': async () => (await import('./due-date.ts')).benchDueDate(),
  warehouse: async () => (await import('./warehouse.ts')).benchWarehouse(),
  sync: async () => (await import('./sync.ts')).benchSync(),
  'sync-e2e': async () => (await import('./sync-e2e.ts')).benchSyncE2e(),
  growth: async () => (await import('./growth.ts')).benchGrowth(),
  signing: async () => (await import('./signing.ts')).benchSigning(),
  'page-weight': async () => (await import('./page-weight.ts')).benchPageWeight(),
  'monitoring-rebuild': async () => (await import('./monitoring.ts')).benchMonitoringRebuild(),
  'national-index': async () => (await import('./monitoring.ts')).benchNationalIndex(),
  soak: async () => (await import('./soak.ts')).benchSoak(),
};

// Other arguments (`--backlog 1000000`) are read by the benchmarks themselves.
const wanted = process.argv.slice(2).filter((a) => a in all);
const names = wanted.length ? wanted : Object.keys(all);
const machine = {
  cpus: os.cpus().length,
  model: os.cpus()[0]?.model,
  memGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
};
const file = 'bench/results/latest.json';
mkdirSync('bench/results', { recursive: true });
// latest.json keeps the last result of every benchmark (each with its own time); a run updates the ones it ran.
const latest = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, unknown>;
let failed = false;
for (const name of names) {
  process.stderr.write(`bench ${name}…\n`);
  const at = new Date().toISOString();
  try {
    latest[name] = { at, machine, loadAverage: os.loadavg(), result: await all[name]!() };
  } catch (err) {
    failed = true;
    latest[name] = { at, machine, error: err instanceof Error ? err.message : String(err) };
  }
  process.stderr.write(`${JSON.stringify(latest[name])}\n`);
  writeFileSync(file, `${JSON.stringify(latest, null, 2)}\n`);
}
console.log(JSON.stringify(latest, null, 2));
process.exit(failed ? 1 : 0);
