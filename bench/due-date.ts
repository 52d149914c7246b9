/**
 * Due-date benchmark: computations per second of the pure engine (`dueDate` of src/platform/calendar/engine.ts
 * with the seeded civil-service calendar, loaded once), and GET /api/v1/calendar/due-date through HTTP on the
 * real server process against a bare Fastify process answering the same JSON, in the same run.
 * Run alone: `node --import tsx bench/due-date.ts`.
 */
import { createDb } from '../src/db/connect.ts';
import { loadSchedule } from '../src/platform/calendar/calendar.service.ts';
import { dueDate, type DurationUnit } from '../src/platform/calendar/engine.ts';
import { measure, startBare, type Bare } from './dossier-bare.ts';
import {
  cleanUp,
  embeddedDatabaseUrl,
  freePort,
  startServer,
  tempDataDir,
  type ServerProcess,
} from '../test/reliability/server-process.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;

interface Case {
  start: Date;
  duration: number;
  unit: DurationUnit;
}

/** Deterministic mix: starts over 2025–2026 at any minute, 1–30 working days, 1–40 working hours, 1–60 calendar days. */
function cases(n: number): Case[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const from = Date.parse('2025-01-01T00:00:00+07:00');
  const span = 730 * 86_400_000;
  return Array.from({ length: n }, (_, i) => {
    const unit: DurationUnit = i % 10 < 7 ? 'working_day' : i % 10 < 9 ? 'working_hour' : 'calendar_day';
    const max = unit === 'working_day' ? 30 : unit === 'working_hour' ? 40 : 60;
    return { start: new Date(from + Math.floor(rnd() * span / 60_000) * 60_000), duration: 1 + Math.floor(rnd() * max), unit };
  });
}

function vnIso(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';
}

export async function benchDueDate(): Promise<Record<string, unknown>> {
  const dataDir = tempDataDir('bench-due');
  const servers: ServerProcess[] = [];
  let bare: Bare | undefined;
  try {
    const pgPort = await freePort();
    const server = await startServer({ port: await freePort(), pgPort, dataDir, extra: { DEMO_MODE: 'false' } });
    servers.push(server);
    const { db } = createDb(embeddedDatabaseUrl(dataDir, pgPort), { max: 1 });
    const { schedule } = await loadSchedule(db);
    await db.destroy();

    const mix = cases(10_000);
    // pure engine, single thread, for the fixed duration (after a short warm-up)
    for (const c of mix.slice(0, 2000)) dueDate(c.start, c.duration, c.unit, schedule);
    let n = 0;
    const t0 = performance.now();
    const end = t0 + DURATION_S * 1000;
    while (performance.now() < end) {
      for (let i = 0; i < 1000; i++, n++) {
        const c = mix[n % mix.length]!;
        dueDate(c.start, c.duration, c.unit, schedule);
      }
    }
    const engineSeconds = (performance.now() - t0) / 1000;
    const enginePerSecond = Math.round(n / engineSeconds);

    const paths = mix.map(
      (c) => `/api/v1/calendar/due-date?start=${encodeURIComponent(vnIso(c.start))}&duration=${c.duration}&unit=${c.unit}`,
    );
    const sample = await fetch(`${server.url}${paths[0]!}`);
    if (!sample.ok) throw new Error(`due-date route answered ${sample.status}: ${await sample.text()}`);
    bare = await startBare(await sample.text());
    let i = 0;
    let j = 0;
    const requests = (k: () => number) => [{ setupRequest: (req: { path: string }) => ({ ...req, path: paths[k() % paths.length]! }) }];
    await measure(server.url, { connections: 2, duration: 2, requests: requests(() => i++) }); // warm-up
    const baseline = await measure(bare.url, { connections: CONNECTIONS, duration: DURATION_S, requests: requests(() => j++) });
    const http = await measure(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests: requests(() => i++) });
    return {
      benchmark: 'due-date',
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      mix: '70% working days (1–30), 20% working hours (1–40), 10% calendar days (1–60); starts over 2025–2026',
      engine: { computationsPerSecond: enginePerSecond, microsecondsEach: +(1e6 / enginePerSecond).toFixed(2) },
      http,
      baselineBareRoute: baseline,
      ratio: {
        bareRpsPerHttpRps: +(baseline.rps / Math.max(http.rps, 1e-3)).toFixed(2),
        p99VsBare: +(http.p99 / Math.max(baseline.p99, 1e-3)).toFixed(1),
        enginePerHttpRequest: +(enginePerSecond / Math.max(http.rps, 1e-3)).toFixed(0),
      },
    };
  } finally {
    await bare?.stop();
    await cleanUp(servers, dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDueDate(), null, 2));
}
