#!/usr/bin/env node
// The server of the end-to-end tests (playwright.config.ts): the REAL server in demo mode on a fresh embedded
// PostgreSQL in a temporary DATA_DIR, removed when Playwright stops it. With `--federation`, the demo federation
// (src/demo/federation.ts: the national portal on PORT and the local systems H56, H49, G15 on PORT+1…PORT+3, one
// database each on the one embedded PostgreSQL) instead of the single ROLE=all server.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuilt } from './web-build.mjs';

const federation = process.argv.slice(2).includes('--federation');
if (!ensureWebBuilt()) process.exit(1);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
chmodSync(dataDir, 0o755); // run as root, the embedded PostgreSQL drops to its own user, which must enter it
const env = {
  ...process.env,
  DEMO_MODE: 'true',
  NODE_ENV: 'development',
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  // every browser of the suite tracks codes from this one address: the per-IP limit is tested in test/tracking.test.ts
  TRACKING_RATE_LIMIT: process.env.TRACKING_RATE_LIMIT ?? '1000',
};
const entry = federation ? 'src/demo/federation.ts' : 'src/main.ts';
const child = spawn(process.execPath, ['--import', 'tsx', entry], { stdio: 'inherit', env });
let stopping = false;
function stop(sig) {
  if (stopping) return;
  stopping = true;
  child.kill(sig);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(sig));
child.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? 1));
});
