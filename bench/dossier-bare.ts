/**
 * Baselines for the dossier benchmarks: a bare Fastify process (no auth, no validation, no database) answering
 * GET and POST on any path with a fixed JSON body, and a shared autocannon measurement.
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { freePort, sleep } from '../test/reliability/server-process.ts';

const BARE = `
import Fastify from 'fastify';
const app = Fastify({ logger: false });
const body = process.env.BARE_BODY;
app.get('/*', async (_req, reply) => reply.type('application/json').send(body));
app.post('/*', async (_req, reply) => reply.code(201).type('application/json').send(body));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
`;

export interface Bare {
  url: string;
  stop(): Promise<void>;
}

/** A bare Fastify process answering every GET/POST with `body` (a JSON text). */
export async function startBare(body: string): Promise<Bare> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', BARE], {
    env: { ...process.env, PORT: String(port), BARE_BODY: body },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('bare server exited');
    const ok = await fetch(`${url}/ping`).then((r) => r.ok, () => false);
    if (ok) break;
    await sleep(50);
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(t);
    },
  };
}

/** The parts of autocannon's options and result used here (its types in search-autocannon.d.ts are narrower). */
export interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: CannonRequest & { path: string }) => CannonRequest;
}
interface CannonResult {
  latency: Record<string, number>;
  '2xx': number;
  duration: number;
  errors: number;
  non2xx: number;
}

export interface Measured {
  rps: number;
  ok: number;
  p50: number;
  p97_5: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon for a fixed duration; `ok` counts 2xx answers and `rps` is 2xx per second. */
export async function measure(
  url: string,
  opts: { connections: number; duration: number; requests?: CannonRequest[]; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Measured> {
  const r = (await autocannon({ url, ...opts })) as unknown as CannonResult;
  return {
    rps: Math.round((r['2xx'] / r.duration) * 10) / 10,
    ok: r['2xx'],
    p50: r.latency.p50 ?? 0,
    p97_5: r.latency.p97_5 ?? 0,
    p99: r.latency.p99 ?? 0,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

/** Percentile of a sorted list of numbers (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
