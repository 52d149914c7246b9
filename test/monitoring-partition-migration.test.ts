/**
 * Migration 1524 on a portal database that already holds monitoring events: every row is kept and lands in the
 * partition of its month of receipt, the facts read model gets each dossier's first receipt and longest delay from
 * them, and one event per (system, dossier, seq) is still kept — a re-send through the applier updates the facts of
 * the row already there (its receipt kept) and a second row of the same key and month is refused.
 */
import { randomBytes } from 'node:crypto';
import { Migrator, sql, type Migration } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb, withDatabase, type Db } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { MonitoringFacts } from '../src/federation/monitoring/counters.ts';
import { applyMonitoring } from '../src/national/monitoring/apply.ts';

const serverUrl = inject('pgServerUrl');
const name = `mt_monmig_${randomBytes(4).toString('hex')}`;
let db: Db;

async function admin(q: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(q);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  db = createDb(withDatabase(serverUrl, name), { max: 2 }).db;
  // the schema as it was before migration 1524
  const before = Object.fromEntries(Object.entries(migrations).filter(([k]) => k < '1524'));
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(before as Record<string, Migration>) },
    allowUnorderedMigrations: true,
  });
  const r = await migrator.migrateToLatest();
  if (r.error) throw r.error instanceof Error ? r.error : new Error(JSON.stringify(r.error));
});

afterAll(async () => {
  await db.destroy();
  await admin(`drop database if exists ${name} with (force)`);
});

const A = '00000000-0000-4000-8000-00000000a001';
const B = '00000000-0000-4000-8000-00000000b001';
function facts(over: Partial<MonitoringFacts> = {}): MonitoringFacts {
  return {
    v: 1, recordedAt: '2025-03-10T02:00:00.000Z', code: 'H56-250310-0001', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh',
    agencyCode: '000.00.06.H56', agencyName: 'Sở Tư pháp tỉnh Thanh Hóa', status: 4, receivedAt: '2025-03-10T02:00:00.000Z',
    channel: 'counter', dueAt: '2025-03-20T10:00:00.000Z', finishedAt: null, late: false, hasResult: false, fullOnlineEligible: true,
    feeRequired: false, paidOnline: false, eResult: false, digitisedAll: false, digitisedAny: false, reuseEligible: false, reused: false,
    rated: false, dissatisfied: false, ...over,
  };
}
const rows = async (q: string) => (await sql<Record<string, unknown>>`${sql.raw(q)}`.execute(db)).rows;

describe('partitioning the monitoring sync log on a database with rows', () => {
  it('keeps every event in its month of receipt, fills the facts from them and keeps one event per key', async () => {
    const ev = (id: string, seq: number, recorded: string, received: string, f: MonitoringFacts) =>
      sql`insert into national_monitoring_events (source_node, source_id, seq, recorded_at, received_at, facts)
        values ('H56', ${id}, ${seq}, ${recorded}, ${received}, ${JSON.stringify(f)}::jsonb)`.execute(db);
    await ev(A, 1, '2025-03-10T02:00:00Z', '2025-03-10T02:00:01Z', facts());
    await ev(A, 2, '2025-04-02T02:00:00Z', '2025-04-02T02:10:00Z', facts({ recordedAt: '2025-04-02T02:00:00.000Z' })); // 600 s late
    await ev(B, 1, '2025-04-30T23:59:58Z', '2025-04-30T23:59:59Z', facts({ code: 'H56-250501-0001' }));
    await sql`insert into national_monitoring_facts (source_node, source_id, last_seq, code, status, received_at, channel, late, has_result,
        full_online_eligible, fee_required, paid_online, e_result, digitised_all, digitised_any, reuse_eligible, reused, rated, dissatisfied, sync_late)
      select 'H56', x.id::uuid, x.seq, x.code, 4, '2025-03-10T02:00:00Z', 'counter', false, false, true, false, false, false, false, false,
        false, false, false, false, x.late
      from (values (${A}, 2, 'H56-250310-0001', true), (${B}, 1, 'H56-250501-0001', false)) as x(id, seq, code, late)`.execute(db);

    const applied = await migrateToLatest(db);
    expect(applied).toContain('1524-monitoring-event-partitions');

    expect(await rows(`select tableoid::regclass::text as p, source_id::text as id, seq from national_monitoring_events order by received_at`)).toEqual([
      { p: 'national_monitoring_events_p202503', id: A, seq: 1 },
      { p: 'national_monitoring_events_p202504', id: A, seq: 2 },
      { p: 'national_monitoring_events_p202504', id: B, seq: 1 },
    ]);
    // months from the oldest row's to three after this one, and the default
    const parts = await rows(`select c.relname as p from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'national_monitoring_events'::regclass order by 1`);
    expect(parts.map((r) => r.p)).toEqual(expect.arrayContaining(['national_monitoring_events_default', 'national_monitoring_events_p202503']));
    expect(await rows(`select source_id::text as id, sync_late, sync_delay_max, extract(epoch from first_received_at)::int as first from national_monitoring_facts order by 1`)).toEqual([
      { id: A, syncLate: true, syncDelayMax: 600, first: Date.parse('2025-03-10T02:00:01Z') / 1000 },
      { id: B, syncLate: false, syncDelayMax: 1, first: Date.parse('2025-04-30T23:59:59Z') / 1000 },
    ]);

    // a re-send of A's second change (a later evaluation): the same row, new facts, the first receipt kept
    await db.transaction().execute((trx) =>
      applyMonitoring(trx, 'H56', [{ dossierId: A, seq: 2, monitoring: facts({ recordedAt: '2025-06-01T00:00:00.000Z', rated: true }) }], new Date('2025-06-01T00:00:01Z')));
    expect(await rows(`select tableoid::regclass::text as p, extract(epoch from received_at)::int as r, facts->>'rated' as rated from national_monitoring_events where source_id = '${A}' and seq = 2`)).toEqual([
      { p: 'national_monitoring_events_p202504', r: Date.parse('2025-04-02T02:10:00Z') / 1000, rated: 'true' },
    ]);
    expect(await rows(`select count(*)::int as n from national_monitoring_events`)).toEqual([{ n: 3 }]);
    expect(await rows(`select rated, sync_late, last_seq from national_monitoring_facts where source_id = '${A}'`)).toEqual([
      { rated: true, syncLate: true, lastSeq: 2 },
    ]);
    // the key still refuses a second row of one event in its month
    await expect(ev(A, 1, '2025-03-10T02:00:00Z', '2025-03-10T02:00:01Z', facts())).rejects.toThrow(/duplicate key/);
  });
});
