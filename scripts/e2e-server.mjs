#!/usr/bin/env node
// The server of the end-to-end tests (playwright.config.ts): the REAL server in demo mode on a fresh embedded
// PostgreSQL in a temporary DATA_DIR, removed when Playwright stops it.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuilt } from './web-build.mjs';

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
};
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { stdio: 'inherit', env });
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
