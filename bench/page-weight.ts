/**
 * Page weight (issue 13.17): the citizen home page's first load in Debian's Chromium (playwright-core, never a
 * downloaded browser) under network throttling (CDP Network.emulateNetworkConditions), with an empty cache —
 * bytes transferred (every response's encoded length, headers included) and the time until the page is usable
 * (its search field is shown and enabled). Baseline, same run, same server: the same load with the browser
 * refusing compression (Accept-Encoding: identity), i.e. what was sent before precompression.
 *
 * The server is the real one in demo mode on a fresh embedded PostgreSQL, serving dist/web as built
 * (`npm run build:web` first). `npm run bench -- page-weight`, or `node --import tsx bench/page-weight.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Throttling profiles: throughput in bytes per second, latency in ms (round trip added per request). */
export const PROFILES = {
  // The profile of the measurement (1.6 Mbps): Lighthouse's mobile throttling (1.6 Mbps down, 750 kbps up,
  // 150 ms RTT), which the issue calls slow 3G.
  'slow-3g': { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  // Chrome DevTools' own "Slow 3G" preset (400 kbps, 400 ms × 5), harsher, reported for comparison.
  'devtools-slow-3g': { latency: 2000, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 },
} as const;
type Profile = keyof typeof PROFILES;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.PAGE_WEIGHT_RUNS ?? 3);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web is not built: run `npm run build:web` first');
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-bench-web-'));
  chmodSync(dataDir, 0o755);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DEMO_MODE: 'true', NODE_ENV: 'development', DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('server exited before it answered');
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('server not healthy after 240 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await done;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface Load {
  bytes: number;
  requests: number;
  usableMs: number;
  /** Bytes per resource type (Document, Script, Stylesheet, Fetch, …). */
  byType: Record<string, number>;
}

async function firstLoad(browser: Browser, url: string, profile: Profile, compressed: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILES[profile] });
  if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  const types = new Map<string, string>();
  const byType: Record<string, number> = {};
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests++;
    const type = types.get(e.requestId) ?? 'Other';
    byType[type] = (byType[type] ?? 0) + e.encodedDataLength;
  });
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  // usable: the search field (the page's first task) is on screen and takes input
  const search = page.getByRole('searchbox', { name: 'Tên thủ tục' });
  await search.waitFor({ state: 'visible', timeout: 60_000 });
  while (!(await search.isEditable())) await page.waitForTimeout(10);
  const usableMs = Math.round(performance.now() - t0);
  // count what the page still fetches for its first view (API answers, lazy chunks) before closing
  await page.waitForLoadState('networkidle');
  await context.close();
  return { bytes, requests, usableMs, byType };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchPageWeight(): Promise<Record<string, unknown>> {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    // warm the server (first requests compile routes, fill caches) so that the runs compare the transfer
    await (await fetch(`${server.url}/`, { headers: { accept: 'text/html' } })).text();
    const out: Record<string, unknown> = { page: '/', runs: RUNS, target: { maxKB: 150, maxUsableMs: 2500, profile: 'slow-3g' } };
    for (const profile of Object.keys(PROFILES) as Profile[]) {
      const result: Record<string, unknown> = { ...PROFILES[profile] };
      for (const [name, compressed] of [['baseline-uncompressed', false], ['compressed', true]] as const) {
        const loads: Load[] = [];
        for (let i = 0; i < RUNS; i++) loads.push(await firstLoad(browser, server.url, profile, compressed));
        result[name] = {
          transferredKB: Math.round(median(loads.map((l) => l.bytes)) / 102.4) / 10,
          usableMs: median(loads.map((l) => l.usableMs)),
          requests: median(loads.map((l) => l.requests)),
          byTypeKB: Object.fromEntries(Object.entries(loads[0]!.byType).map(([k, v]) => [k, Math.round(v / 102.4) / 10])),
          allUsableMs: loads.map((l) => l.usableMs),
        };
      }
      out[profile] = result;
    }
    return out;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchPageWeight();
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/page-weight.json', `${JSON.stringify({ at: new Date().toISOString(), result }, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}
