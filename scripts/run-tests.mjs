#!/usr/bin/env node
// Runs the whole Vitest suite — and, with --with-e2e, the Playwright end-to-end suite after it (the web app is
// built first) — and ends with ONE plain line `N passed, N failed` that CI reads, counting both.
// Other arguments are passed to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const withE2e = args.includes('--with-e2e');
const vitestArgs = args.filter((a) => a !== '--with-e2e');

// Every child runs on the Node that runs this script (CI runs the suite on a second Node, see .ci/run): vitest is
// started with process.execPath, and that Node's folder goes first on PATH for anything that calls `node`.
process.env.PATH = [path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter);
console.log(`Node ${process.version} (${process.execPath})`);

mkdirSync('.test-results', { recursive: true });
const out = `.test-results/vitest-${process.pid}.json`;
const r = spawnSync(
  process.execPath,
  [
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...vitestArgs,
  ],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
let ok = r.status === 0;
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, 'utf8'));
  passed = j.numPassedTests ?? 0;
  // Skipped and todo tests are failures here: a test that did not run (its beforeAll failed, or it was skipped) proves nothing.
  failed = (j.numFailedTests ?? 0) + (j.numTodoTests ?? 0) + (j.numPendingTests ?? 0);
  // A suite that failed (to load, or in a hook) without a failed test counts as one failure.
  failed += (j.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  rmSync(out);
} else {
  failed = 1;
}
if (r.status !== 0 && failed === 0) failed = 1;

if (withE2e) {
  // Playwright: the list reporter on the console, the JSON reporter into a file for the counts.
  const e2eOut = `.test-results/playwright-${process.pid}.json`;
  const build = spawnSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit' });
  let e2ePassed = 0;
  let e2eFailed = 0;
  let e2eOk = false;
  if (build.status === 0) {
    const e = spawnSync('npx', ['playwright', 'test', '--reporter=list,json'], {
      stdio: 'inherit',
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eOut },
    });
    e2eOk = e.status === 0;
    if (existsSync(e2eOut)) {
      const s = JSON.parse(readFileSync(e2eOut, 'utf8')).stats ?? {};
      e2ePassed = (s.expected ?? 0) + (s.flaky ?? 0);
      e2eFailed = s.unexpected ?? 0;
      // Playwright's global errors (the server did not start…) fail the run without a failed test.
      if (!e2eOk && e2eFailed === 0) e2eFailed = 1;
      rmSync(e2eOut);
    } else {
      e2eFailed = 1;
    }
  } else {
    e2eFailed = 1;
  }
  console.log(`end-to-end: ${e2ePassed} passed, ${e2eFailed} failed`);
  passed += e2ePassed;
  failed += e2eFailed;
  ok = ok && e2eOk;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
