/**
 * Start-up benchmark: time from spawning the server (fresh data folder, as after a fresh clone and install) to
 * GET /healthz answering ok, then a warm restart on the same data folder; a bare Fastify process is timed in
 * the same run as the baseline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`process exited before ${url} answered`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await done;
  clearTimeout(t);
}

async function timeStart(args: string[], env: NodeJS.ProcessEnv, healthPath: string, port: number): Promise<{ ms: number; child: ChildProcess }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitHealthy(`http://127.0.0.1:${port}${healthPath}`, child, 120_000);
  return { ms: Math.round(performance.now() - t0), child };
}

const BARE = `
import Fastify from 'fastify';
const app = Fastify();
app.get('/healthz', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
`;

export async function benchStartup(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-bench-start-'));
  chmodSync(dir, 0o755);
  try {
    const port = await freePort();
    const pgPort = await freePort();
    const env = {
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dir,
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    };
    const bare = await timeStart(['--input-type=module', '-e', BARE], { PORT: String(port) }, '/healthz', port);
    await stop(bare.child);
    const cold = await timeStart(['--import', 'tsx', 'src/main.ts'], env, '/healthz', port);
    await stop(cold.child);
    const warm = await timeStart(['--import', 'tsx', 'src/main.ts'], env, '/healthz', port);
    await stop(warm.child);
    return {
      bareFastifyMs: bare.ms,
      freshStartMs: cold.ms,
      warmRestartMs: warm.ms,
      freshToBareRatio: +(cold.ms / bare.ms).toFixed(1),
      warmToBareRatio: +(warm.ms / bare.ms).toFixed(1),
      target: 'fresh start ≤ 15000 ms after install',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchStartup(), null, 2));
}
