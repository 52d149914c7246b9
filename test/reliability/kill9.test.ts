/**
 * kill -9 under load (product.md, Reliability): the real server process on a fresh data folder with its embedded
 * PostgreSQL, counter receptions from several concurrent clients, SIGKILL of the node process mid-load, the
 * orphaned PostgreSQL stopped as after a power cut (immediate shutdown → crash recovery), restart on the same
 * folder. Every acknowledged dossier must be there with its code, components, fees and first action; no code may
 * be duplicated or skipped; receptions after the restart continue the numbering.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { acked, codeReport, receive, type AckedDossier } from './checks.ts';
import {
  cleanUp,
  DEMO_OFFICER,
  demoToken,
  embeddedDatabaseUrl,
  freePort,
  killHard,
  pgPool,
  receptionBody,
  sleep,
  startServer,
  stopOrphanPostgres,
  tempDataDir,
  type ServerProcess,
} from './server-process.ts';

const CLIENTS = 8;
const KILL_AFTER_ACKS = 150;
const LOAD_DEADLINE_MS = 20_000;

const dataDir = tempDataDir('kill9');
const servers: ServerProcess[] = [];
afterAll(async () => cleanUp(servers, dataDir), 60_000);

describe('kill -9 of the server under reception load', () => {
  it('loses no acknowledged dossier and never duplicates or skips a code', async () => {
    const env = { port: await freePort(), pgPort: await freePort(), dataDir };
    const first = await startServer(env);
    servers.push(first);
    const token = await demoToken(first.url, DEMO_OFFICER);

    const ack: AckedDossier[] = [];
    let unanswered = 0;
    let refused = 0;
    let stop = false;
    const client = async (c: number) => {
      for (let i = 0; !stop && i < 10_000; i++) {
        const r = await receive(first.url, token, receptionBody(`Nguyễn Văn Khách ${c}-${i}`, 1 + (i % 3)));
        if (r.dossier) ack.push(acked(r.dossier));
        else if (r.status === 0) {
          unanswered++;
          return; // the server is gone
        } else refused++;
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const deadline = Date.now() + LOAD_DEADLINE_MS;
    while (ack.length < KILL_AFTER_ACKS && Date.now() < deadline) await sleep(10);
    await killHard(first); // node only: its PostgreSQL child keeps running, orphaned
    stop = true;
    await load;
    const orphan = await stopOrphanPostgres(dataDir);

    const second = await startServer(env);
    servers.push(second);
    const token2 = await demoToken(second.url, DEMO_OFFICER);

    // every acknowledged dossier is there, as it was acknowledged
    let found = 0;
    for (const a of ack) {
      const r = await fetch(`${second.url}/api/v1/dossiers/${a.id}`, { headers: { authorization: `Bearer ${token2}` } });
      expect(r.status, a.code).toBe(200);
      const d = (await r.json()) as Record<string, unknown>;
      expect({ id: d.id, code: d.code, components: d.components, fees: d.fees, first: (d.history as unknown[])[0] }).toEqual({
        id: a.id,
        code: a.code,
        components: a.components,
        fees: a.fees,
        first: a.firstAction,
      });
      found++;
    }

    const pool = pgPool(embeddedDatabaseUrl(dataDir, env.pgPort));
    try {
      const before = await codeReport(pool);
      expect(before.duplicateCodes).toEqual([]);
      expect(before.withoutFirstAction).toBe(0);
      expect(before.withoutAudit).toBe(0);
      for (const d of before.days) expect(d, JSON.stringify(d)).toMatchObject({ gapFree: true, counter: d.maxSeq });
      expect(before.dossiersWithCode).toBeGreaterThanOrEqual(ack.length); // committed but unanswered ones may exist

      // after the restart the numbering continues: no code is reused
      const oldCodes = new Set(ack.map((a) => a.code));
      const after = await Promise.all(
        Array.from({ length: 20 }, (_, i) => receive(second.url, token2, receptionBody(`Sau khởi động ${i}`))),
      );
      expect(after.map((r) => r.status)).toEqual(Array(20).fill(201));
      const newCodes = after.map((r) => r.dossier!.code as string);
      expect(newCodes.filter((c) => oldCodes.has(c))).toEqual([]);
      const report = await codeReport(pool);
      expect(report.duplicateCodes).toEqual([]);
      expect(report.dossiersWithCode).toBe(before.dossiersWithCode + 20);
      for (const d of report.days) expect(d, JSON.stringify(d)).toMatchObject({ gapFree: true, counter: d.maxSeq });

      console.info(
        `kill -9: ${ack.length} acknowledged, ${found} found after restart, ${before.dossiersWithCode} committed ` +
          `(${before.dossiersWithCode - ack.length} committed but unanswered), ${unanswered} requests cut, ${refused} refused, ` +
          `orphan postgres ${orphan ? 'stopped' : 'not found'}, duplicates ${report.duplicateCodes.length}`,
      );
      expect(ack.length).toBeGreaterThan(0);
      expect(found).toBe(ack.length);
      expect(refused).toBe(0);
    } finally {
      await pool.end();
    }
  }, 180_000);
});
