/**
 * Bounded growth (issue 16.3): the daily maintenance job removes outbox rows once done, creates the monthly
 * partitions of the append-only logs ahead (across a month boundary) and removes months past retention by
 * detaching them — while the append-only triggers keep refusing UPDATE and DELETE on every partition.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobRunner, type JobRunner } from '../src/platform/jobs/runner.ts';
import { maintenanceJob } from '../src/platform/maintenance/maintenance.job.ts';
import { maintenancePass } from '../src/platform/maintenance/maintenance.loop.ts';
import { startNodeJobs } from '../src/composition/jobs.ts';
import { withJobLease } from '../src/platform/jobs/lease.ts';
import type { Principal } from '../src/platform/identity/principal.ts';
import { createTestApp, type TestApp } from './app.ts';
import { officer } from './fixtures.ts';

const principals: Record<string, Principal> = {
  operator: officer('national_operator', '00000000-0000-4000-8000-0000000000aa', '000.00.00.G22'),
};
const silent = { info() {}, error() {} };

function runnerFor(t: TestApp, clock: { now: Date }): JobRunner {
  return startJobRunner({
    db: t.db,
    jobs: [maintenanceJob(t.db, t.config, () => clock.now)],
    log: silent,
    clock: () => clock.now,
    autoStart: false,
    runner: 'bounded-growth-test',
  });
}

async function partitionOf(t: TestApp, table: string, where: string): Promise<string[]> {
  const r = await sql<{ p: string }>`select tableoid::regclass::text as p from ${sql.table(table)} where ${sql.raw(where)}`.execute(t.db);
  return r.rows.map((x) => x.p);
}

async function partitions(t: TestApp, table: string): Promise<string[]> {
  const r = await sql<{ name: string }>`
    select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = ${table}::regclass order by 1`.execute(t.db);
  return r.rows.map((x) => x.name);
}

interface Run {
  job: string;
  runKey: string;
  outcome: string;
  counts: Record<string, number>;
}

async function jobRuns(t: TestApp): Promise<Run[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/operations/jobs?job=maintenance', headers: { authorization: 'Bearer operator' } });
  expect(res.statusCode).toBe(200);
  return res.json<{ runs: Run[] }>().runs;
}

describe('monthly partitions of the append-only logs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RETENTION_ACCESS_LOG_MONTHS: '2', PARTITION_ARCHIVE: 'archive', PARTITIONS_AHEAD_MONTHS: '3' }, { principals });
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates months ahead across a month boundary, moves rows out of the default partition, archives months past retention', async () => {
    // rows written at instants no partition covers yet (a settable law clock far ahead) land in the default partition
    await sql`insert into audit_events (at, actor_kind, actor_id, action, target_type, target_id, outcome)
      values ('2030-05-15T10:00:00Z', 'system', 'test', 'probe', 'dossier', 'x', 'ok')`.execute(t.db);
    await sql`insert into warehouse_access_log (at, owner_id, requester_kind, requester_id, requester_name, purpose, what, outcome)
      values ('2030-05-20T10:00:00Z', '001099000001', 'system', 's', 'S', 'test', 'check', 'ok'),
             ('2027-01-10T10:00:00Z', '001099000001', 'system', 's', 'S', 'old', 'check', 'ok')`.execute(t.db);
    expect(await partitionOf(t, 'audit_events', `action = 'probe'`)).toEqual(['audit_events_default']);

    const clock = { now: new Date('2030-05-31T20:00:00Z') }; // 1 June 03:00 in Vietnam, still May in UTC
    const runner = runnerFor(t, clock);
    const [first] = await runner.tick();
    expect(first).toMatchObject({ job: 'maintenance', result: 'ran', run: { outcome: 'succeeded' } });
    expect(await partitionOf(t, 'audit_events', `action = 'probe'`)).toEqual(['audit_events_p203005']);
    const afterFirst = await partitions(t, 'audit_events');
    expect(afterFirst).toEqual(expect.arrayContaining(['audit_events_p203005', 'audit_events_p203006', 'audit_events_p203008', 'audit_events_default']));
    expect(afterFirst).not.toContain('audit_events_p203009');

    // the next day is June in UTC too: one more month ahead
    clock.now = new Date('2030-06-01T20:00:00Z');
    await runner.tick();
    expect(await partitions(t, 'audit_events')).toContain('audit_events_p203009');

    // retention of 2 months for the access log: months wholly before April 2030 are detached into the archive schema
    expect(await partitionOf(t, 'warehouse_access_log', `purpose = 'test'`)).toEqual(['warehouse_access_log_p203005']);
    expect((await partitionOf(t, 'warehouse_access_log', `purpose = 'old'`)).length).toBe(0);
    const archived = await sql<{ n: number }>`select count(*)::int as n from motcua_archive.warehouse_access_log_p202701 where purpose = 'old'`.execute(t.db);
    expect(archived.rows[0]!.n).toBe(1);
    // other logs keep every month (retention 0)
    expect(await partitions(t, 'audit_events')).toContain('audit_events_p202701');

    const runs = await jobRuns(t);
    expect(runs.length).toBe(2);
    const byKey = Object.fromEntries(runs.map((r) => [r.runKey, r]));
    expect(byKey['2030-06-01']!.counts.partitionsCreated).toBeGreaterThan(0);
    expect(byKey['2030-06-01']!.counts.rowsMovedFromDefault).toBeGreaterThanOrEqual(2);
    expect(byKey['2030-06-02']!.counts.partitionsRemoved).toBe(0);
    await runner.stop();
  });

  it('keeps refusing UPDATE and DELETE on the partitioned append-only logs, on the parent and on each partition', async () => {
    await sql`insert into payment_events (kind, outcome, created_at) values ('init', 'sent', '2030-05-21T00:00:00Z')`.execute(t.db);
    await expect(sql`delete from warehouse_access_log where purpose = 'test'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`update warehouse_access_log_p203005 set reason = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from payment_events_p203005`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`update payment_events set outcome = 'paid'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from federation_message_log_default`.execute(t.db)).resolves.toBeDefined(); // nothing there: no row trigger fires
    const still = await sql<{ n: number }>`select count(*)::int as n from warehouse_access_log where purpose = 'test'`.execute(t.db);
    expect(still.rows[0]!.n).toBe(1);
  });
});

describe('outbox rows removed once done', () => {
  const dossierA = '00000000-0000-4000-8000-00000000a001';
  const dossierB = '00000000-0000-4000-8000-00000000b002';
  const old = '2026-01-01T00:00:00Z';

  async function seedOutboxes(t: TestApp): Promise<void> {
    // dossier A: events 1–3, the portal acknowledged 2; dossier B: event 1 never acknowledged
    await sql`insert into sync_outbox (dossier_id, seq, event, created_at) values
      (${dossierA}, 1, '{}', ${old}), (${dossierA}, 2, '{}', ${old}), (${dossierA}, 3, '{}', ${old}), (${dossierB}, 1, '{}', ${old})`.execute(t.db);
    await sql`insert into sync_streams (dossier_id, last_seq, acked_seq) values (${dossierA}, 3, 2), (${dossierB}, 1, 0)`.execute(t.db);
    await sql`insert into notification_outbox (channel, recipient, template, created_at, sent_at, dead_at, check_code) values
      ('sms', '0900000001', 't', ${old}, ${old}, null, 'AAAAAAA1'),
      ('sms', '0900000002', 't', ${old}, null, ${old}, 'AAAAAAA2'),
      ('sms', '0900000003', 't', ${old}, null, null, 'AAAAAAA3')`.execute(t.db);
    await sql`insert into routing_outbox (id, recipient, type, body, created_at, acked_at) values
      ('00000000-0000-4000-8000-0000000000c1', 'H56', 'dossier.submit', '{}', ${old}, ${old}),
      ('00000000-0000-4000-8000-0000000000c2', 'H56', 'dossier.submit', '{}', ${old}, null)`.execute(t.db);
  }

  async function left(t: TestApp) {
    const sync = await sql<{ d: string; seq: number }>`select dossier_id as d, seq from sync_outbox order by 1, 2`.execute(t.db);
    const notes = await sql<{ r: string }>`select recipient as r from notification_outbox order by 1`.execute(t.db);
    const routing = await sql<{ id: string }>`select id::text from routing_outbox order by 1`.execute(t.db);
    return {
      sync: sync.rows.map((r) => `${r.d.slice(-4)}#${r.seq}`),
      notifications: notes.rows.map((r) => r.r),
      routing: routing.rows.map((r) => r.id.slice(-2)),
    };
  }

  it('a connected local system: acknowledged sync events, sent or abandoned notifications and acknowledged routing rows go after the wait; pending rows stay', async () => {
    const t = await createTestApp(
      { ROLE: 'local', NATIONAL_URL: 'http://127.0.0.1:9', OUTBOX_KEEP_DAYS: '7', NOTIFICATION_KEEP_DAYS: '30' },
      { principals },
    );
    try {
      await seedOutboxes(t);
      const clock = { now: new Date('2026-01-05T00:00:00Z') }; // 4 days later: everything is kept
      const runner = runnerFor(t, clock);
      await runner.tick();
      expect((await left(t)).sync).toEqual(['a001#1', 'a001#2', 'a001#3', 'b002#1']);
      clock.now = new Date('2026-01-20T00:00:00Z'); // past the 7 days of the outboxes, not the 30 of notifications
      await runner.tick();
      expect(await left(t)).toEqual({ sync: ['a001#3', 'b002#1'], notifications: ['0900000001', '0900000002', '0900000003'], routing: ['c2'] });
      clock.now = new Date('2026-02-15T00:00:00Z'); // past the 30 days: the sent and the abandoned message go
      await runner.tick();
      expect((await left(t)).notifications).toEqual(['0900000003']);
      const runs = await jobRuns(t);
      expect(runs.find((r) => r.runKey === '2026-01-20')!.counts).toMatchObject({ syncEvents: 2, routing: 1, notifications: 0 });
      await runner.stop();
    } finally {
      await t.close();
    }
  });

  it('ROLE=all (nothing consumes sync_outbox): its streams are closed and their events removed after the wait', async () => {
    const t = await createTestApp({ ROLE: 'all', OUTBOX_KEEP_DAYS: '7' }, { principals });
    try {
      await seedOutboxes(t);
      const clock = { now: new Date('2026-01-20T00:00:00Z') };
      const runner = runnerFor(t, clock);
      await runner.tick();
      expect((await left(t)).sync).toEqual([]);
      const streams = await sql<{ pending: number }>`select count(*)::int as pending from sync_streams where last_seq > acked_seq`.execute(t.db);
      expect(streams.rows[0]!.pending).toBe(0);
      await runner.stop();
    } finally {
      await t.close();
    }
  });
});

describe('maintenance every MAINTENANCE_EVERY_SECONDS (soaks, busy nodes)', () => {
  const acked = async (t: TestApp, dossier: string) => {
    await sql`insert into sync_outbox (dossier_id, seq, event, created_at) values (${dossier}, 1, '{}', now() - interval '1 minute')`.execute(t.db);
    await sql`insert into sync_streams (dossier_id, last_seq, acked_seq) values (${dossier}, 1, 1)`.execute(t.db);
  };
  const syncRows = async (t: TestApp) => (await sql<{ n: number }>`select count(*)::int as n from sync_outbox`.execute(t.db)).rows[0]!.n;
  const runRows = async (t: TestApp) =>
    (await sql<{ n: number }>`select count(*)::int as n from scheduled_job_runs where job = 'maintenance'`.execute(t.db)).rows[0]!.n;

  it('the node\'s jobs prune acknowledged rows again within the day, with no job-run row per pass', async () => {
    const t = await createTestApp(
      { ROLE: 'local', NATIONAL_URL: 'http://127.0.0.1:9', OUTBOX_KEEP_DAYS: '0', NOTIFICATION_KEEP_DAYS: '0', MAINTENANCE_EVERY_SECONDS: '1' },
      { principals },
    );
    const jobs = startNodeJobs(t.db, t.config, silent);
    try {
      await jobs.ready; // the day's run (catch-up at start) is done: the daily job will not run again today
      expect(await runRows(t)).toBe(1);
      await acked(t, '00000000-0000-4000-8000-00000000d001');
      await sql`insert into notification_outbox (channel, recipient, template, created_at, sent_at, check_code)
        values ('sms', '0900000009', 't', now() - interval '1 minute', now() - interval '1 minute', 'AAAAAAA9')`.execute(t.db);
      // bounded wait for the next pass (every second)
      for (let i = 0; i < 100 && (await syncRows(t)) > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await syncRows(t)).toBe(0);
      const notes = await sql<{ n: number }>`select count(*)::int as n from notification_outbox`.execute(t.db);
      expect(notes.rows[0]!.n).toBe(0);
      expect(await runRows(t)).toBe(1);
    } finally {
      await jobs.stop();
      await t.close();
    }
  });

  it('a pass never runs beside the daily job: with the job\'s lease held elsewhere it is skipped and removes nothing', async () => {
    const t = await createTestApp({ ROLE: 'local', NATIONAL_URL: 'http://127.0.0.1:9', OUTBOX_KEEP_DAYS: '0' }, { principals });
    try {
      await acked(t, '00000000-0000-4000-8000-00000000d002');
      const held = await withJobLease(t.db, { job: 'maintenance', holder: 'daily-run-elsewhere', leaseMs: 60_000, log: silent }, async () => {
        expect(await maintenancePass(t.db, t.config, new Date())).toBeNull();
        expect(await syncRows(t)).toBe(1);
        return true;
      });
      expect(held).toEqual({ held: true, value: true });
      expect(await maintenancePass(t.db, t.config, new Date())).toMatchObject({ syncEvents: 1 });
      expect(await syncRows(t)).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('what else grew with every reception in the soak', () => {
  it('replay ids past twice the federation window, the portal\'s register of check codes and the development inbox past NOTIFICATION_KEEP_DAYS go; recent ones stay', async () => {
    const t = await createTestApp(
      { ROLE: 'national', OUTBOX_KEEP_DAYS: '0', NOTIFICATION_KEEP_DAYS: '30', FEDERATION_WINDOW_SECONDS: '300' },
      { principals },
    );
    try {
      const now = new Date('2026-03-01T12:00:00Z');
      const ago = (s: number) => new Date(now.getTime() - s * 1000).toISOString();
      await sql`insert into federation_inbox (message_id, sender, type, body_sha256, receipt, received_at) values
        ('m-old', 'H56', 'dossier.sync', 'x', '{}', ${ago(601)}), ('m-window', 'H56', 'dossier.sync', 'x', '{}', ${ago(599)})`.execute(t.db);
      await sql`insert into national_message_register (source_node, check_code, channel, template, recipient_masked, dossier_source_id, dossier_code, issued_at) values
        ('H56', 'AAAAAAA1', 'sms', 'received', '09******01', '00000000-0000-4000-8000-00000000e001', 'C1', ${ago(31 * 86_400)}),
        ('H56', 'AAAAAAA2', 'sms', 'received', '09******02', '00000000-0000-4000-8000-00000000e002', 'C2', ${ago(29 * 86_400)})`.execute(t.db);
      await sql`insert into dev_mail_messages (channel, recipients, body, received_at) values
        ('sms', '{0900000001}', 'old', ${ago(31 * 86_400)}), ('sms', '{0900000002}', 'new', ${ago(86_400)})`.execute(t.db);
      const counts = await maintenancePass(t.db, t.config, now, now);
      expect(counts).toMatchObject({ inboxIds: 1, messageRegister: 1, devMessages: 1 });
      const inbox = await sql<{ id: string }>`select message_id as id from federation_inbox`.execute(t.db);
      expect(inbox.rows.map((r) => r.id)).toEqual(['m-window']);
      const register = await sql<{ c: string }>`select check_code as c from national_message_register`.execute(t.db);
      expect(register.rows.map((r) => r.c)).toEqual(['AAAAAAA2']);
      const dev = await sql<{ body: string }>`select body from dev_mail_messages`.execute(t.db);
      expect(dev.rows.map((r) => r.body)).toEqual(['new']);
    } finally {
      await t.close();
    }
  });
});
