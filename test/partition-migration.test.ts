/**
 * Migrations 1340 and 1341 on a database that already holds rows: every row is kept and lands in its month's
 * partition, the id sequences continue, the append-only triggers still refuse, the mirror's keys still hold.
 */
import { randomBytes } from 'node:crypto';
import { Migrator, sql, type Migration } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb, withDatabase, type Db } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { migrations } from '../src/db/migrations/index.ts';

const serverUrl = inject('pgServerUrl');
const name = `mt_partmig_${randomBytes(4).toString('hex')}`;
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
  // the schema as it was before the partitions
  const before = Object.fromEntries(Object.entries(migrations).filter(([k]) => k < '1340'));
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

const D1 = '00000000-0000-4000-8000-000000000d01';

describe('converting the logs to monthly partitions on a database with rows', () => {
  it('keeps every row in its month, continues the ids and keeps the append-only and key guarantees', async () => {
    await sql`insert into dossiers (id, channel, procedure_code, procedure_version_id, procedure_name, rule_version_id, owner_type,
        owner_id_number, owner_name, status, state, node_code)
      select ${D1}, 'counter', 'P', 'v', 'Thủ tục', id, 'citizen', '001099000001', 'Nguyễn Văn A', 2, '{}', 'H56'
      from rule_versions limit 1`.execute(db);
    await sql`insert into dossier_actions (dossier_id, seq, kind, at, actor_kind, actor_id, actor_name) values
        (${D1}, 1, 'receive', '2025-03-10T02:00:00Z', 'officer', 'o', 'O'),
        (${D1}, 2, 'accept', '2025-11-30T23:59:59Z', 'officer', 'o', 'O')`.execute(db);
    await sql`insert into audit_events (at, actor_kind, actor_id, action, target_type, target_id, outcome)
        select '2025-06-01T00:00:00Z'::timestamptz + make_interval(days => g), 'system', 's', 'a', 't', g::text, 'ok'
        from generate_series(1, 200) g`.execute(db);
    await sql`insert into warehouse_access_log (at, owner_id, requester_kind, requester_id, requester_name, purpose, what, outcome)
        values ('2025-04-02T00:00:00Z', '001099000001', 'system', 's', 'S', 'p', 'check', 'ok')`.execute(db);
    await sql`insert into payment_events (kind, outcome, created_at) values ('init', 'sent', '2025-05-05T00:00:00Z')`.execute(db);
    await sql`insert into federation_message_log (at, direction, message_id, peer, type, header_json, body_sha256, outcome, prev_hash, hash)
        values ('2025-07-07T00:00:00Z', 'sent', 'm1', 'NATIONAL', 'dossier.sync', '{}', 'x', 'applied', '', 'h1')`.execute(db);
    await sql`insert into national_dossiers (source_node, source_id, ma_ho_so, trang_thai, last_seq, payload, changed_at, agency_code, day)
        values ('H56', ${D1}, 'H56-250310-0001', 2, 2, '{"SoGiayToChuHoSo":"001099000001"}', '2025-03-10T02:00:00Z', 'H56', '2025-03-10')`.execute(db);
    await sql`insert into national_dossier_progress (source_node, source_id, seq, idx, trang_thai, payload)
        values ('H56', ${D1}, 1, 0, 1, '{}'), ('H56', ${D1}, 2, 0, 2, '{}')`.execute(db);
    const maxAudit = (await sql<{ m: string }>`select max(id)::text as m from audit_events`.execute(db)).rows[0]!.m;

    const applied = await migrateToLatest(db);
    expect(applied).toEqual(expect.arrayContaining(['1340-monthly-log-partitions', '1341-national-mirror-partitions']));

    const where = async (q: string) => (await sql<{ p: string; n: number }>`${sql.raw(q)}`.execute(db)).rows;
    expect(await where(`select tableoid::regclass::text as p, count(*)::int as n from dossier_actions group by 1 order by 1`)).toEqual([
      { p: 'dossier_actions_p202503', n: 1 },
      { p: 'dossier_actions_p202511', n: 1 },
    ]);
    expect((await where(`select count(*)::int as n, count(distinct tableoid)::int as p from audit_events`))[0]).toEqual({ n: 200, p: 7 });
    expect(await where(`select tableoid::regclass::text as p from warehouse_access_log`)).toEqual([{ p: 'warehouse_access_log_p202504' }]);
    expect(await where(`select tableoid::regclass::text as p from payment_events`)).toEqual([{ p: 'payment_events_p202505' }]);
    expect(await where(`select tableoid::regclass::text as p from federation_message_log`)).toEqual([{ p: 'federation_message_log_p202507' }]);
    expect(await where(`select tableoid::regclass::text as p, day::text as n from national_dossier_progress order by seq`)).toEqual([
      { p: 'national_dossier_progress_p202503', n: '2025-03-10' },
      { p: 'national_dossier_progress_p202503', n: '2025-03-10' },
    ]);
    expect((await where(`select tableoid::regclass::text as p from national_dossiers`))[0]!.p).toMatch(/^national_dossiers_h\d\d$/);
    // migration 1500: the code leads to the mirror key and the month of all its progress rows
    expect(await where(`select tableoid::regclass::text as p, progress_day::text as n from national_dossier_codes where ma_ho_so = 'H56-250310-0001'`)).toEqual([
      { p: expect.stringMatching(/^national_dossier_codes_h\d\d$/), n: '2025-03-10' },
    ]);

    // the ids go on from the old sequence
    const next = await sql<{ id: string }>`
      insert into audit_events (actor_kind, actor_id, action, target_type, target_id, outcome) values ('s', 's', 'a', 't', 'new', 'ok')
      returning id::text`.execute(db);
    expect(BigInt(next.rows[0]!.id)).toBeGreaterThan(BigInt(maxAudit));
    // append-only still
    await expect(sql`delete from warehouse_access_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`update payment_events set outcome = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`update federation_message_log_p202507 set outcome = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    // keys: one action per (dossier, seq) in a month; one mirror row per dossier; the foreign key to dossiers holds
    await expect(
      sql`insert into dossier_actions (dossier_id, seq, kind, at, actor_kind, actor_id, actor_name) values (${D1}, 2, 'x', '2025-11-30T23:59:59Z', 'o', 'o', 'O')`.execute(db),
    ).rejects.toThrow(/duplicate key/);
    await expect(
      sql`insert into dossier_actions (dossier_id, seq, kind, at, actor_kind, actor_id, actor_name) values (gen_random_uuid(), 1, 'x', now(), 'o', 'o', 'O')`.execute(db),
    ).rejects.toThrow(/foreign key/);
    await expect(
      sql`insert into national_dossiers (source_node, source_id, trang_thai, last_seq, payload, changed_at) values ('H56', ${D1}, 1, 1, '{}', now())`.execute(db),
    ).rejects.toThrow(/duplicate key/);
    // the dossier's generated columns follow its state
    await sql`update dossiers set state = '{"workflow":{"step":"s2","assignee":{"id":"u1"}}}' where id = ${D1}`.execute(db);
    expect((await sql<{ s: string; a: string }>`select wf_step as s, wf_assignee as a from dossiers where id = ${D1}`.execute(db)).rows[0]).toEqual({ s: 's2', a: 'u1' });
  });
});
