/**
 * Bounded growth of the portal's monitoring sync log (issue 16.3): `national_monitoring_events` is partitioned by
 * month of receipt (migration 1524); the maintenance job creates its months ahead (across a month boundary) and
 * removes months past RETENTION_NATIONAL_MONITORING_EVENTS_MONTHS (archived here). The Decision 766 index reads
 * only the read models, which are kept: after the month is removed the public endpoints still report it, a later
 * change of a dossier whose late event was removed still counts it late, and `rebuildMonitoring` (the CLI's
 * `motcua monitoring rebuild`) keeps the removed month's numbers.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringFacts } from '../../src/federation/monitoring/counters.ts';
import { applyMonitoring, rebuildMonitoring } from '../../src/national/monitoring/apply.ts';
import { maintenancePass } from '../../src/platform/maintenance/maintenance.loop.ts';
import { startNode, type Node } from './nodes.ts';

let national: Node;
beforeAll(async () => {
  national = await startNode({ ROLE: 'national', NODE_CODE: 'NATIONAL', RETENTION_NATIONAL_MONITORING_EVENTS_MONTHS: '2', PARTITION_ARCHIVE: 'archive' });
  await sql`insert into federation_nodes (code, name, public_key) values ('H56', 'Hệ thống H56', 'k')`.execute(national.db);
}, 60_000);
afterAll(async () => national?.destroy());

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
function facts(n: number, over: Partial<MonitoringFacts> = {}): MonitoringFacts {
  return {
    v: 1, recordedAt: '2030-01-10T02:00:00.000Z', code: `000.00.06.H56-300110-000${n}`, procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh', agencyCode: '000.00.06.H56', agencyName: 'Sở Tư pháp tỉnh Thanh Hóa', status: 4,
    receivedAt: '2030-01-10T02:00:00.000Z', channel: 'counter', dueAt: '2030-03-20T10:00:00.000Z', finishedAt: null,
    late: false, hasResult: false, fullOnlineEligible: true, feeRequired: false, paidOnline: false, eResult: false, digitisedAll: false,
    digitisedAny: false, reuseEligible: false, reused: false, rated: false, dissatisfied: false, ...over,
  };
}
async function apply(n: number, seq: number, f: MonitoringFacts, receivedAt: string) {
  await national.db.transaction().execute((trx) => applyMonitoring(trx, 'H56', [{ dossierId: id(n), seq, monitoring: f }], new Date(receivedAt)));
}
const get = async (url: string) => {
  const r = await national.app.inject({ method: 'GET', url });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Record<string, unknown>>();
};
type Ind = { key: string; numerator: number; denominator: number };
const sync = async (period: string) => {
  const b = (await get(`/api/v1/national/index/systems/H56?period=${period}`)) as { groups: { indicators: Ind[] }[] };
  const i = b.groups.flatMap((g) => g.indicators).find((x) => x.key === 'dossier-sync')!;
  return [i.numerator, i.denominator];
};
const where = async (q: string) => (await sql<Record<string, unknown>>`${sql.raw(q)}`.execute(national.db)).rows;
const pass = (at: string) => maintenancePass(national.db, national.config, new Date(at), new Date(at));

describe('the monitoring sync log under retention', () => {
  it('creates months ahead, archives a month past retention, and the index, a later change and the rebuild keep that month', async () => {
    // January 2030: no partition covers it yet (the rows wait in the default partition)
    await apply(1, 1, facts(1), '2030-01-10T02:00:01.000Z');
    await apply(1, 2, facts(1, { recordedAt: '2030-01-20T02:00:00.000Z' }), '2030-01-20T02:10:00.000Z'); // ten minutes late
    await apply(2, 1, facts(2, { receivedAt: '2030-01-15T02:00:00.000Z', recordedAt: '2030-01-15T02:00:00.000Z' }), '2030-01-15T02:00:02.000Z');
    expect(await where(`select distinct tableoid::regclass::text as p from national_monitoring_events`)).toEqual([{ p: 'national_monitoring_events_default' }]);

    // the job on 31 January 20:00 UTC (1 February in Vietnam): January to April created, the rows moved into January
    const first = await pass('2030-01-31T20:00:00Z');
    expect(first?.partitionsCreated).toBeGreaterThan(0);
    const made = await where(`select c.relname as p from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'national_monitoring_events'::regclass and c.relname like '%p2030%' order by 1`);
    expect(made.map((r) => r.p)).toEqual(['01', '02', '03', '04'].map((m) => `national_monitoring_events_p2030${m}`));
    expect(await where(`select distinct tableoid::regclass::text as p from national_monitoring_events`)).toEqual([{ p: 'national_monitoring_events_p203001' }]);
    // a change received on 1 February (UTC) lands in the month created ahead
    await apply(3, 1, facts(3, { receivedAt: '2030-02-01T01:00:00.000Z', recordedAt: '2030-02-01T01:00:00.000Z' }), '2030-02-01T01:00:01.000Z');
    expect(await where(`select tableoid::regclass::text as p from national_monitoring_events where source_id = '${id(3)}'`)).toEqual([{ p: 'national_monitoring_events_p203002' }]);

    const urls = [
      '/api/v1/national/index?period=2030-01',
      '/api/v1/national/index/systems/H56?period=2030-01',
      '/api/v1/national/index/systems/H56?period=2030-Q1',
      '/api/v1/national/index/systems/H56/indicators/dossier-sync/dossiers?period=2030-01',
    ];
    const before = await Promise.all(urls.map(get));
    expect(await sync('2030-01')).toEqual([1, 2]); // dossier 1 reached the portal late once

    // 10 April 2030, two months kept: January is past retention — detached and archived, never deleted
    const second = await pass('2030-04-10T03:00:00Z');
    expect(second?.partitionsRemoved).toBeGreaterThanOrEqual(1);
    expect(await where(`select n.nspname as s from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relname = 'national_monitoring_events_p203001'`)).toEqual([
      { s: 'motcua_archive' },
    ]);
    expect(await where(`select count(*)::int as n from national_monitoring_events where source_id in ('${id(1)}', '${id(2)}')`)).toEqual([{ n: 0 }]);
    expect(await where(`select count(*)::int as n from motcua_archive.national_monitoring_events_p203001`)).toEqual([{ n: 3 }]);

    // the public index still reports January exactly as before
    expect(await Promise.all(urls.map(get))).toEqual(before);

    // the rebuild does not lose January: the dossiers with no event left keep their facts, the buckets follow them
    const rebuilt = await national.db.transaction().execute((trx) => rebuildMonitoring(trx));
    expect(rebuilt).toMatchObject({ dossiers: 1, kept: 2 });
    expect(await Promise.all(urls.map(get))).toEqual(before);

    // dossier 1 changes again (in time, resolved): its late January arrival is gone from the log, still counted late
    await apply(1, 3, facts(1, { recordedAt: '2030-04-10T02:00:00.000Z', status: 10, finishedAt: '2030-04-10T02:00:00.000Z', hasResult: true }), '2030-04-10T02:00:01.000Z');
    expect(await where(`select sync_late, last_seq, first_received_at = '2030-01-10T02:00:01Z' as first from national_monitoring_facts where source_id = '${id(1)}'`)).toEqual([
      { syncLate: true, lastSeq: 3, first: true },
    ]);
    expect(await sync('2030-01')).toEqual([1, 2]);
    const after = await Promise.all(urls.map(get));
    await national.db.transaction().execute((trx) => rebuildMonitoring(trx));
    expect(await Promise.all(urls.map(get))).toEqual(after);
    expect(await sync('2030-04')).toEqual([2, 3]); // handled in April: 1 (resolved, late once), 2 and 3 (open, in time)
  }, 120_000);
});
