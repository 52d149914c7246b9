// Builds the web app (web/ → dist/web) when dist/web is missing or older than any source under web/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when dist/web/index.html is missing or older than the newest file of web/ (or package.json). */
export function webBuildStale(root = process.cwd()) {
  const index = path.join(root, 'dist/web/index.html');
  if (!existsSync(path.join(root, 'web'))) return false;
  if (!existsSync(index)) return true;
  const sources = Math.max(newestMtime(path.join(root, 'web')), statSync(path.join(root, 'package.json')).mtimeMs);
  return statSync(index).mtimeMs < sources;
}

/** Runs `npm run build:web` when needed; returns false if the build failed. */
export function ensureWebBuilt(root = process.cwd()) {
  if (!webBuildStale(root)) return true;
  console.log('building the web app (npm run build:web)…');
  const r = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}
