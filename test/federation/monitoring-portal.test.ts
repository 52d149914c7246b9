/**
 * Issue 17.2 and 17.6 on the portal: the real-time sync indicator measured from the sync log (the time between the
 * system writing a change and the portal receiving it), a re-sent change that only updates facts, the read models
 * dropped and rebuilt by the operator's CLI (`motcua monitoring rebuild`, a separate process on the portal's
 * database) to the same numbers, and bad input answered 4xx problem+json.
 */
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringFacts } from '../../src/federation/monitoring/counters.ts';
import { applyMonitoring } from '../../src/national/monitoring/apply.ts';
import { repoRoot } from '../reliability/server-process.ts';
import { startNode, type Node } from './nodes.ts';

let national: Node;
beforeAll(async () => {
  national = await startNode({ ROLE: 'national', NODE_CODE: 'NATIONAL' });
  await sql`insert into federation_nodes (code, name, public_key) values ('H56', 'Hệ thống H56', 'k'), ('G15', 'Hệ thống Bộ Tư pháp', 'k')`.execute(national.db);
}, 60_000);
afterAll(async () => national?.destroy());

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
function facts(n: number, over: Partial<MonitoringFacts> = {}): MonitoringFacts {
  return {
    v: 1, recordedAt: '2026-11-02T02:00:00.000Z', code: `000.00.06.H56-261102-000${n}`, procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh', agencyCode: '000.00.06.H56', agencyName: 'Sở Tư pháp tỉnh Thanh Hóa', status: 10,
    receivedAt: '2026-11-02T02:00:00.000Z', channel: 'counter', dueAt: '2026-11-09T10:00:00.000Z', finishedAt: '2026-11-04T02:00:00.000Z',
    late: false, hasResult: true, fullOnlineEligible: true, feeRequired: true, paidOnline: false, eResult: true, digitisedAll: false,
    digitisedAny: false, reuseEligible: false, reused: false, rated: false, dissatisfied: false, ...over,
  };
}
/** Apply events as the portal does when a sync message arrives at `receivedAt`. */
async function apply(node: string, events: { n: number; seq: number; f: MonitoringFacts }[], receivedAt: string) {
  await national.db.transaction().execute((trx) =>
    applyMonitoring(trx, node, events.map((e) => ({ dossierId: id(e.n), seq: e.seq, monitoring: e.f })), new Date(receivedAt)));
}
const get = async (url: string) => {
  const r = await national.app.inject({ method: 'GET', url });
  return { status: r.statusCode, type: r.headers['content-type'], body: r.json<Record<string, unknown>>() };
};
type Ind = { key: string; numerator: number; denominator: number; points: number };
const ind = async (url: string) => {
  const b = (await get(url)).body as { groups: { indicators: Ind[] }[] };
  return Object.fromEntries(b.groups.flatMap((g) => g.indicators).map((i) => [i.key, [i.numerator, i.denominator, i.points]]));
};

function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: national.tdb.url, ROLE: 'national', LOG_LEVEL: 'warn', DATA_DIR: national.config.DATA_DIR },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((resolve) => child.once('exit', (code) => (clearTimeout(guard), resolve({ code, out }))));
}

describe('the portal’s monitoring read models', () => {
  it('measures real-time sync from the sync log, takes a re-sent change once, and rebuilds to the same numbers from the CLI', async () => {
    // dossiers 1–3 arrive a second after the system wrote them; dossier 4's second change arrives ten minutes late
    await apply('H56', [1, 2, 3].map((n) => ({ n, seq: 1, f: facts(n) })), '2026-11-02T02:00:01.000Z');
    await apply('H56', [{ n: 4, seq: 1, f: facts(4, { finishedAt: null, status: 4 }) }], '2026-11-02T02:00:01.000Z');
    await apply('H56', [{ n: 4, seq: 2, f: facts(4, { recordedAt: '2026-11-05T02:00:00.000Z', finishedAt: '2026-11-05T02:00:00.000Z' }) }], '2026-11-05T02:10:00.000Z');
    await apply('G15', [{ n: 9, seq: 1, f: facts(9, { code: 'G15-1', agencyCode: '000.00.00.G15', channel: 'online' }) }], '2026-11-03T02:00:01.000Z');
    const url = '/api/v1/national/index/systems/H56?period=2026-11';
    expect(await ind(url)).toMatchObject({ 'dossier-sync': [3, 4, 4.5], 'on-time': [4, 4, 20], 'e-result': [4, 4, 6], 'dossier-satisfaction': [4, 4, 6] });

    // the system re-sends dossier 1's last change (its evaluation came later, dissatisfied): the same seq, new facts —
    // counted once, the receipt kept from the first arrival
    await apply('H56', [{ n: 1, seq: 1, f: facts(1, { rated: true, dissatisfied: true, recordedAt: '2026-11-20T02:00:00.000Z' }) }], '2026-11-20T02:00:01.000Z');
    const before = await get(url);
    expect(await ind(url)).toMatchObject({ 'dossier-sync': [3, 4, 4.5], 'dossier-satisfaction': [3, 4, 5] });
    const ranking = await get('/api/v1/national/index?period=2026-Q4');
    expect((ranking.body.systems as { code: string }[]).map((s) => s.code).sort()).toEqual(['G15', 'H56']);

    // spoil both read models, then rebuild them with the operator's command, in its own process
    await sql`update national_monitoring_rollup set received = received + 100, resolved = 0`.execute(national.db);
    await sql`delete from national_monitoring_facts where source_id = ${id(2)}::uuid`.execute(national.db);
    expect((await get(url)).body).not.toEqual(before.body);
    const r = await cli(['monitoring', 'rebuild']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/rebuilt 5 dossier\(s\), \d+ month bucket\(s\)/);
    expect((await get(url)).body).toEqual(before.body);
    expect((await get('/api/v1/national/index?period=2026-Q4')).body).toEqual(ranking.body);

    // the dossiers behind the sync indicator: four, dossier 4 not counted
    const list = (await get('/api/v1/national/index/systems/H56/indicators/dossier-sync/dossiers?period=2026-11')).body as { total: number; items: { code: string; counted: string }[] };
    expect(list.total).toBe(4);
    expect(list.items.filter((i) => i.counted === 'denominator-only').map((i) => i.code)).toEqual(['000.00.06.H56-261102-0004']);
  }, 120_000);

  it('answers bad input with 4xx problem+json and a stable code', async () => {
    const cases: [string, number, string][] = [
      ['/api/v1/national/index?period=2026-13', 400, 'validation-failed'],
      ['/api/v1/national/index?period=26', 400, 'validation-failed'],
      ['/api/v1/national/index', 400, 'validation-failed'],
      ['/api/v1/national/index/systems/H99?period=2026', 404, 'system-not-found'],
      ['/api/v1/national/index/systems/h56?period=2026', 400, 'validation-failed'],
      ['/api/v1/national/index/systems/H56/indicators/nope/dossiers?period=2026', 404, 'indicator-not-found'],
      ['/api/v1/national/index/systems/H56/indicators/publish-on-time/dossiers?period=2026', 404, 'indicator-not-measured'],
      ['/api/v1/national/index/systems/H56/indicators/on-time/dossiers?period=2026&page=0', 400, 'validation-failed'],
      ['/api/v1/national/index/systems/H56?period=2026&agency=000.00.99.H56', 404, 'agency-not-found'],
    ];
    for (const [url, status, code] of cases) {
      const r = await get(url);
      expect([url, r.status, r.body.code]).toEqual([url, status, code]);
      expect(r.type).toMatch(/^application\/problem\+json/);
    }
  });
});
