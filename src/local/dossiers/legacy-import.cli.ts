/**
 * CLI: `motcua dossiers import-legacy --target <url> --token-file <file> --file <dossiers.json> [--batch 200]` —
 * moves an older one-stop system's dossiers into a running local system through its import route
 * (`POST /api/v1/dossiers/import`, legacy-import.routes.ts) in batches. Each batch is all or nothing and the route is
 * idempotent on (agency, legacy code), so a run stopped by a refused item can be run again after the fix: the batches
 * already imported come back as `existing`. Legacy codes of an accepted shape are kept verbatim (docs/dossier-codes.md).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';

export interface ImportProgress {
  batches: number;
  created: number;
  existing: number;
  /** Each imported item: its legacy code and the dossier code it has now. */
  codes: { legacyCode: string; code: string | null }[];
}

export class ImportRefused extends Error {
  constructor(
    readonly status: number,
    readonly problem: Record<string, unknown>,
    readonly done: ImportProgress,
    readonly firstItem: number,
  ) {
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    super(`HTTP ${status} ${text(problem.code)}: ${text(problem.detail) || text(problem.title)}`);
  }
}

/** The items of a file: a JSON array of dossiers, or `{ "dossiers": [...] }`. */
export function readLegacyFile(path: string): unknown[] {
  const v: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const items = Array.isArray(v) ? v : (v as { dossiers?: unknown } | null)?.dossiers;
  if (!Array.isArray(items) || items.length === 0) throw new Error(`${path}: expected a non-empty JSON array of dossiers or {"dossiers": [...]}`);
  return items;
}

/** POST the items in batches; throws ImportRefused at the first refused batch (earlier batches stay imported). */
export async function importLegacyItems(
  o: { target: string; token: string; items: readonly unknown[]; batch?: number },
  onBatch: (p: ImportProgress) => void = () => {},
): Promise<ImportProgress> {
  const size = Math.min(Math.max(o.batch ?? 200, 1), 200);
  const done: ImportProgress = { batches: 0, created: 0, existing: 0, codes: [] };
  for (let i = 0; i < o.items.length; i += size) {
    const res = await fetch(`${o.target.replace(/\/$/, '')}/api/v1/dossiers/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${o.token}`, 'accept-language': 'vi' },
      body: JSON.stringify({ dossiers: o.items.slice(i, i + size) }),
      signal: AbortSignal.timeout(120_000),
    });
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (res.status !== 200 && res.status !== 201) throw new ImportRefused(res.status, body, done, i);
    const items = (body.items ?? []) as { legacyCode: string; code: string | null; created: boolean }[];
    done.batches += 1;
    for (const it of items) {
      if (it.created) done.created += 1;
      else done.existing += 1;
      done.codes.push({ legacyCode: it.legacyCode, code: it.code });
    }
    onBatch(done);
  }
  return done;
}

export function registerLegacyImportCommands(program: Command): void {
  const dossiers = program.commands.find((c) => c.name() === 'dossiers') ?? program.command('dossiers').description('dossiers of this local system');
  dossiers
    .command('import-legacy')
    .description('import an older system\'s dossiers into a running local system (POST /api/v1/dossiers/import, in batches, idempotent)')
    .requiredOption('--target <url>', 'base URL of the local system')
    .requiredOption('--token-file <file>', 'file holding an API token of an officer allowed to import (dossier:import)')
    .requiredOption('--file <file>', 'JSON: an array of dossiers, or {"dossiers": [...]}, as the import route takes them')
    .option('--batch <n>', 'dossiers per request (1–200)', '200')
    .action(async (o: { target: string; tokenFile: string; file: string; batch: string }) => {
      const items = readLegacyFile(o.file);
      const token = readFileSync(o.tokenFile, 'utf8').trim();
      try {
        const r = await importLegacyItems({ target: o.target, token, items, batch: Number(o.batch) }, (p) =>
          console.log(`batch ${p.batches}: ${p.created} created, ${p.existing} already there`),
        );
        for (const c of r.codes) console.log(`${c.legacyCode}\t${c.code ?? ''}`);
        console.log(`imported ${r.created + r.existing} dossier(s): ${r.created} created, ${r.existing} already there`);
      } catch (err) {
        if (!(err instanceof ImportRefused)) throw err;
        console.error(`refused at dossiers ${err.firstItem + 1}…: ${err.message}`);
        for (const e of (err.problem.errors ?? []) as { path?: string; message?: string }[]) console.error(`  ${e.path ?? ''}: ${e.message ?? ''}`);
        console.error(`${err.done.batches} earlier batch(es) imported (${err.done.created} created); fix the file and run again`);
        process.exitCode = 1;
      }
    });
}
