/**
 * Two server processes on one database: the first starts the embedded PostgreSQL, the second connects to the
 * same `motcua` database with DATABASE_URL. Several hundred counter receptions for ONE agency, in parallel through
 * both processes, must get distinct codes forming a gap-free sequence for the day. Then receptions for every demo
 * agency at once through both: each process writes agencies that share a lane in one statement, taking their
 * counters in one order (src/local/dossiers/reception.batch.ts), so no deadlock, and each agency's codes gap-free.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { codeReport, receive } from './checks.ts';
import {
  cleanUp,
  DEMO_AGENCY,
  DEMO_OFFICER,
  demoToken,
  embeddedDatabaseUrl,
  freePort,
  pgPool,
  receptionBody,
  startServer,
  tempDataDir,
  type ServerProcess,
} from './server-process.ts';

const TOTAL = 400;
const CLIENTS = 16;

const dataDir = tempDataDir('two-proc');
const dataDirB = tempDataDir('two-proc-b'); // the second process's own keys and files; its database is A's
const servers: ServerProcess[] = [];
let shared: { a: ServerProcess; b: ServerProcess; dbUrl: string } | undefined;
afterAll(async () => {
  await cleanUp(servers.reverse(), dataDir);
  await cleanUp([], dataDirB);
}, 60_000);

describe('two server processes sharing one database', () => {
  it('number receptions of one agency without a duplicate or a gap', async () => {
    const pgPort = await freePort();
    // one node: both processes are given its master secret (the keys in the database are sealed with it)
    const extra = { MASTER_KEY: randomBytes(32).toString('base64') };
    const a = await startServer({ port: await freePort(), pgPort, dataDir, extra });
    servers.push(a);
    const dbUrl = embeddedDatabaseUrl(dataDir, pgPort);
    const b = await startServer({ port: await freePort(), pgPort, dataDir: dataDirB, databaseUrl: dbUrl, extra });
    servers.push(b);
    shared = { a, b, dbUrl };
    const token = await demoToken(a.url, DEMO_OFFICER); // sessions live in the shared database

    let next = 0;
    const results: { via: string; status: number; code?: string }[] = [];
    const client = async (c: number) => {
      const url = c % 2 === 0 ? a.url : b.url;
      for (let i = next++; i < TOTAL; i = next++) {
        const r = await receive(url, token, receptionBody(`Trần Thị Song Song ${i}`, 1));
        results.push({ via: url, status: r.status, code: r.dossier?.code as string | undefined });
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

    expect(results).toHaveLength(TOTAL);
    expect(results.filter((r) => r.status !== 201)).toEqual([]);
    expect(results.filter((r) => r.via === a.url).length).toBeGreaterThan(TOTAL / 4);
    expect(results.filter((r) => r.via === b.url).length).toBeGreaterThan(TOTAL / 4);
    const codes = results.map((r) => r.code!);
    expect(new Set(codes).size).toBe(TOTAL);
    const byDay = new Map<string, number[]>();
    for (const c of codes) {
      const [agency, day, seq] = c.split('-');
      expect(agency).toBe(DEMO_AGENCY);
      byDay.set(day!, [...(byDay.get(day!) ?? []), Number(seq)]);
    }
    for (const seqs of byDay.values()) {
      seqs.sort((x, y) => x - y);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1)); // fresh database: 1, 2, 3 … n for the day
    }

    const pool = pgPool(dbUrl);
    try {
      const report = await codeReport(pool);
      expect(report.dossiersWithCode).toBe(TOTAL);
      expect(report.duplicateCodes).toEqual([]);
      expect(report.withoutFirstAction).toBe(0);
      expect(report.withoutAudit).toBe(0);
      for (const d of report.days) expect(d).toMatchObject({ gapFree: true, counter: d.maxSeq });
      console.info(
        `two processes: ${TOTAL} receptions (${results.filter((r) => r.via === a.url).length} via A, ` +
          `${results.filter((r) => r.via === b.url).length} via B), ${new Set(codes).size} distinct codes, days ${JSON.stringify(report.days)}`,
      );
    } finally {
      await pool.end();
    }
  }, 180_000);

  it('number receptions of every demo agency at once, through both, without a deadlock or a gap', async () => {
    const { a, b, dbUrl } = shared!;
    const pool = pgPool(dbUrl);
    try {
      const offered = await pool.query<{ code: string; node: string; procedure: string }>(`
        select distinct on (g.code) g.code, g.node_code as node, o.procedure_code as procedure
        from local_procedure_offerings o join agencies g on g.id = o.agency_id
        where o.valid_to is null and g.valid_to is null order by g.code, o.procedure_code`);
      const targets: { agency: string; token: string; body: Record<string, unknown> }[] = [];
      for (const o of offered.rows) {
        const token = await demoToken(a.url, `mc.${o.node.toLowerCase()}`);
        const body = { ...receptionBody('Võ Thị Nhiều Cơ Quan', 1), procedureCode: o.procedure, resolvingAgencyCode: o.code };
        if ((await receive(a.url, token, body)).status === 201) targets.push({ agency: o.code, token, body });
      }
      expect(targets.length).toBeGreaterThanOrEqual(4);
      const deadlocks = async () =>
        Number((await pool.query<{ n: string }>(`select deadlocks as n from pg_stat_database where datname = current_database()`)).rows[0]!.n);
      const before = await deadlocks();
      const PER_AGENCY = 24;
      // agencies interleaved: one reception of each, PER_AGENCY times
      const jobs = Array.from({ length: PER_AGENCY }, () => targets).flat();
      let next = 0;
      const statuses: number[] = [];
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, c) => {
          for (let i = next++; i < jobs.length; i = next++) {
            const t = jobs[i]!;
            statuses.push((await receive(c % 2 === 0 ? a.url : b.url, t.token, t.body)).status);
          }
        }),
      );
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      await new Promise((r) => setTimeout(r, 1500)); // the statistics reach pg_stat_database
      expect(await deadlocks()).toBe(before);
      const report = await codeReport(pool);
      expect(report.duplicateCodes).toEqual([]);
      for (const t of targets) {
        const days = report.days.filter((d) => d.agency === t.agency);
        expect(days.reduce((n, d) => n + d.count, 0)).toBeGreaterThanOrEqual(PER_AGENCY + 1);
        for (const d of days) expect(d).toMatchObject({ gapFree: true, counter: d.maxSeq });
      }
    } finally {
      await pool.end();
    }
  }, 180_000);
});
