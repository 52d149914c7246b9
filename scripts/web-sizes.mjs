#!/usr/bin/env node
// JavaScript a browser downloads per route (gzip): the entry with its static imports plus the route's lazy page
// chunk with its own, counted once. Reads dist/web/.vite/manifest.json (npm run build:web). Usage: npm run web:sizes
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = 'dist/web';
const manifest = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'));
const gz = (file) => gzipSync(readFileSync(`${dir}/${file}`)).length;

function closure(key, seen = new Set()) {
  const m = manifest[key];
  if (!m || seen.has(m.file)) return seen;
  seen.add(m.file);
  for (const i of m.imports ?? []) closure(i, seen);
  return seen;
}
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = closure(entryKey);
const css = (manifest[entryKey].css ?? []).reduce((s, f) => s + gz(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const entrySize = [...entry].reduce((s, f) => s + gz(f), 0);
console.log(`shell (entry + shared, every route): ${kb(entrySize)} JS gzip, ${kb(css)} CSS gzip`);
for (const key of manifest[entryKey].dynamicImports ?? []) {
  const files = [...closure(key)].filter((f) => !entry.has(f));
  const own = files.reduce((s, f) => s + gz(f), 0);
  console.log(`${key.replace(/^src\//, '').padEnd(32)} +${kb(own).padStart(9)}  total ${kb(entrySize + own)}`);
}
