/**
 * HTTP measurement for the dossier-read benchmark with exact percentiles: autocannon drives the load and every
 * response's latency is kept (its `response` event), so p50 / p95 / p99 are read from all samples (autocannon's own
 * summary has p97.5 but no p95).
 */
import autocannon from 'autocannon';
import { percentile, type CannonRequest } from './dossier-bare.ts';

export interface Timed {
  rps: number;
  ok: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

interface Result {
  '2xx': number;
  duration: number;
  errors: number;
  non2xx: number;
}

type Instance = { on(event: 'response', f: (client: unknown, status: number, bytes: number, ms: number) => void): void };
type Start = (opts: Record<string, unknown>, cb: (err: unknown, r: Result) => void) => Instance;

/** autocannon for `duration` seconds on `connections` connections; latencies of 2xx answers, ms (0.01 ms precision). */
export function timed(url: string, opts: { connections: number; duration: number; requests: CannonRequest[] }): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const ms: number[] = [];
    const inst = (autocannon as unknown as Start)({ url, ...opts }, (err, r) => {
      if (err) return reject(err instanceof Error ? err : new Error('autocannon failed'));
      ms.sort((a, b) => a - b);
      const at = (p: number) => +percentile(ms, p).toFixed(2);
      resolve({
        rps: Math.round((r['2xx'] / r.duration) * 10) / 10,
        ok: r['2xx'],
        p50: at(50),
        p95: at(95),
        p99: at(99),
        max: at(100),
        errors: r.errors,
        non2xx: r.non2xx,
      });
    });
    inst.on('response', (_c, status, _b, t) => {
      if (status >= 200 && status < 300) ms.push(t);
    });
  });
}

/** Each figure over the same-run baseline's (p50, p95, p99), and the baseline's throughput over this one's. */
export function ratios(m: Timed, base: Timed) {
  const r = (a: number, b: number) => +(a / Math.max(b, 0.01)).toFixed(1);
  return { p50: r(m.p50, base.p50), p95: r(m.p95, base.p95), p99: r(m.p99, base.p99), baselineRpsPerRps: r(base.rps, m.rps) };
}
