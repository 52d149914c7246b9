/**
 * Growth benchmark (issue 16.3, docs/growth.md). A demo node (ROLE=all) is started on its embedded PostgreSQL and
 * 200 dossiers are received through `POST /api/v1/dossiers` (each writes its row, components, action, audit row,
 * sync event and notices through the real services), then:
 * 1. Bytes per row of every growing table: the mean pg_column_size of a row and pg_total_relation_size ÷ rows
 *    (heap + indexes + TOAST, partitions summed), and rows per dossier.
 * 2. HOT updates of `dossiers`: `--dossiers N` (default 20,000) copies of the demo dossiers in two tables of the
 *    dossiers' shape — "before" (fillfactor 100, the three expression indexes over `state` of migrations 0900 and
 *    1220) and "after" (migration 1340: fillfactor 80, indexes on generated columns) — each put through the same
 *    scripted workload of projection updates (the statement of dossier.repository.ts updateProjection: status,
 *    sub_state, due_at, state, version, updated_at), 8 per dossier: 4 that change only the state (a note, a
 *    digitised paper, a fee line, a comment), 2 that move the step or the assignee, 2 that change the status.
 *    n_tup_hot_upd ÷ n_tup_upd is reported for both, the "before" being the same-run baseline.
 * Run alone: `node --import tsx bench/growth.ts [--dossiers 20000]`.
 */
import pg from 'pg';
import { withDatabase } from '../src/db/connect.ts';
import { DEFAULT_DB_NAME } from '../src/db/open.ts';
import {
  cleanUp,
  DEMO_OFFICER,
  demoToken,
  embeddedDatabaseUrl,
  freePort,
  receptionBody,
  startServer,
  tempDataDir,
  type ServerProcess,
} from '../test/reliability/server-process.ts';

/** Dossiers received through the HTTP API before measuring (each writes its row, action, audit, sync event, notices). */
const RECEPTIONS = 200;

function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1 || v > 5_000_000) throw new Error(`--${name}: a whole number from 1 to 5,000,000`);
  return v;
}

const TABLES = [
  'dossiers',
  'dossier_actions',
  'dossier_components',
  'dossier_fees',
  'audit_events',
  'sync_outbox',
  'sync_streams',
  'notification_outbox',
  'federation_message_log',
  'warehouse_access_log',
  'payment_events',
  'signed_documents',
];

async function tableBytes(pool: pg.Pool, table: string) {
  const r = await pool.query<{ rows: string; avg_row: string | null; total: string }>(`
    select (select count(*) from ${table}) as rows,
           (select avg(pg_column_size(t.*)) from ${table} t) as avg_row,
           pg_total_relation_size('${table}') + coalesce((select sum(pg_total_relation_size(inhrelid)) from pg_inherits where inhparent = '${table}'::regclass), 0) as total`);
  const x = r.rows[0]!;
  const rows = Number(x.rows);
  return { rows, avgRowBytes: Math.round(Number(x.avg_row ?? 0)), totalBytes: Number(x.total), totalBytesPerRow: rows ? Math.round(Number(x.total) / rows) : null };
}

/** The scripted workload on `table`: 8 projection updates per dossier; the HOT share of its updates. */
async function hotWorkload(pool: pg.Pool, table: string): Promise<{ updates: number; hot: number; ratio: number; seconds: number }> {
  // each step in 20 slices, each its own statement and commit, as dossiers are worked one by one: the versions a
  // committed slice left behind can be pruned by the next update on the same page
  const upd = async (set: string) => {
    for (let slice = 0; slice < 20; slice++)
      await pool.query(`update ${table} set ${set}, version = version + 1, updated_at = now() where abs(hashtext(id::text)) % 20 = ${slice}`);
  };
  const t0 = performance.now();
  const steps = [
    `status = status, sub_state = sub_state, due_at = due_at, state = jsonb_set(state, '{notes}', coalesce(state->'notes', '[]') || '["ghi chú"]')`,
    `status = status, sub_state = sub_state, due_at = due_at, state = jsonb_set(state, '{digitised}', '1')`,
    `status = status, sub_state = sub_state, due_at = due_at, state = jsonb_set(state, '{workflow,assignee}', '{"id":"cv-2","name":"Trần Chuyên Viên"}')`,
    `status = status, sub_state = sub_state, due_at = due_at, state = jsonb_set(state, '{fees}', '[{"amount":50000}]')`,
    `status = status, sub_state = sub_state, due_at = due_at, state = jsonb_set(jsonb_set(state, '{workflow,step}', '"lanh-dao-duyet"'), '{workflow,assignee}', '{"id":"ld-1"}')`,
    `status = 5, sub_state = null, due_at = due_at, state = jsonb_set(state, '{approvedAt}', to_jsonb(now()::text))`,
    `status = status, sub_state = sub_state, due_at = due_at, state = jsonb_set(state, '{comment}', '"đã ký"')`,
    `status = 9, sub_state = null, due_at = due_at, state = jsonb_set(state, '{resultAt}', to_jsonb(now()::text))`,
  ];
  for (const s of steps) await upd(s);
  const seconds = (performance.now() - t0) / 1000;
  const c = await pool.connect();
  try {
    await c.query('select pg_stat_force_next_flush()').catch(() => {});
    await new Promise((r) => setTimeout(r, 1200)); // stats reach the shared view at most once a second
    const r = await c.query<{ upd: string; hot: string }>(`select n_tup_upd as upd, n_tup_hot_upd as hot from pg_stat_user_tables where relname = $1`, [table]);
    const updates = Number(r.rows[0]!.upd);
    const hot = Number(r.rows[0]!.hot);
    return { updates, hot, ratio: +(hot / Math.max(1, updates)).toFixed(3), seconds: +seconds.toFixed(2) };
  } finally {
    c.release();
  }
}

export async function benchGrowth(): Promise<Record<string, unknown>> {
  const copies = argNumber('dossiers', 20_000);
  const dataDir = tempDataDir('bench-growth');
  const servers: ServerProcess[] = [];
  try {
    const pgPort = await freePort();
    // the demo seed works through the real services: minutes on a busy machine
    const node = await startServer({ port: await freePort(), pgPort, dataDir, extra: { ROLE: 'all', LOG_LEVEL: 'error' } }, 900_000);
    servers.push(node);
    const token = await demoToken(node.url, DEMO_OFFICER);
    for (let i = 0; i < RECEPTIONS; i++) {
      const r = await fetch(`${node.url}/api/v1/dossiers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(receptionBody(`Người Nộp ${i}`, 3)),
      });
      if (r.status !== 201) throw new Error(`reception answered ${r.status}: ${await r.text()}`);
    }
    const pool = new pg.Pool({ connectionString: withDatabase(embeddedDatabaseUrl(dataDir, pgPort), DEFAULT_DB_NAME), max: 2 });
    try {
      const bytes: Record<string, unknown> = {};
      for (const t of TABLES) bytes[t] = await tableBytes(pool, t);
      const dossiers = (bytes.dossiers as { rows: number }).rows;
      const perDossier = Object.fromEntries(
        TABLES.map((t) => [t, +((bytes[t] as { rows: number }).rows / Math.max(1, dossiers)).toFixed(2)]),
      );

      // HOT: the same copies of the demo dossiers in the old and the new shape
      await pool.query(`
        drop table if exists hot_before; drop table if exists hot_after;
        create table hot_before (like dossiers including defaults including generated) with (fillfactor = 100);
        create table hot_after (like dossiers including defaults including generated) with (fillfactor = 80);`);
      for (const t of ['hot_before', 'hot_after']) {
        await pool.query(`
          insert into ${t} (id, code, channel, procedure_code, procedure_version_id, procedure_name, case_code, terms, rule_version_id,
            owner_type, owner_id_number, owner_name, owner_contact, submitter, account_id, receiving_unit_id, resolving_agency_id,
            status, sub_state, received_at, due_at, state, version, created_at, updated_at, node_code)
          select gen_random_uuid(), null, d.channel, d.procedure_code, d.procedure_version_id, d.procedure_name, d.case_code, d.terms,
            d.rule_version_id, d.owner_type, lpad(g::text, 12, '0'), d.owner_name, d.owner_contact, d.submitter, d.account_id,
            d.receiving_unit_id, d.resolving_agency_id, 4, null, d.received_at, d.due_at,
            jsonb_set(d.state, '{workflow}', '{"step":"xu-ly","assignee":{"id":"cv-1"}}'), 1, d.created_at, d.updated_at, d.node_code
          from generate_series(1, ${copies}) g
          join lateral (select * from dossiers order by id offset (g % ${Math.max(1, dossiers)}) limit 1) d on true`);
        await pool.query(`
          create unique index on ${t} (code) where code is not null;
          create index on ${t} (resolving_agency_id, status, due_at);
          create index on ${t} (owner_id_number, created_at desc);
          create index on ${t} (created_at) where resolving_agency_id is null;
          create index on ${t} (node_code, created_at) where resolving_agency_id is null;
          create index on ${t} (received_at_agency_id) where received_at_agency_id is not null;
          create unique index on ${t} (source_ref) where source_ref is not null;
          create unique index on ${t} (resolving_agency_id, legacy_code) where legacy_code is not null;
          create index on ${t} (legacy_code) where legacy_code is not null;`);
      }
      await pool.query(`
        create index on hot_before ((state #>> '{workflow,assignee,id}')) where status in (2, 4, 5, 6, 9);
        create index on hot_before (resolving_agency_id, (state #>> '{workflow,step}'));
        create index on hot_before ((state #>> '{acceptance,dueAt}')) where status = 1 and state #>> '{acceptance,answeredAt}' is null;
        create index on hot_after (wf_assignee) where status in (2, 4, 5, 6, 9);
        create index on hot_after (resolving_agency_id, wf_step);
        create index on hot_after (acceptance_due) where status = 1 and acceptance_due is not null;`);
      await pool.query('vacuum analyze hot_before');
      await pool.query('vacuum analyze hot_after');
      const before = await hotWorkload(pool, 'hot_before');
      const after = await hotWorkload(pool, 'hot_after');
      const size = await pool.query<{ b: string; a: string }>(`select pg_total_relation_size('hot_before') as b, pg_total_relation_size('hot_after') as a`);
      await pool.query('drop table hot_before; drop table hot_after');
      return {
        demoDossiers: dossiers,
        bytes,
        rowsPerDossier: perDossier,
        hot: {
          dossiers: copies,
          updatesPerDossier: 8,
          before: { ...before, fillfactor: 100, bytesAfterWorkload: Number(size.rows[0]!.b) },
          after: { ...after, fillfactor: 80, bytesAfterWorkload: Number(size.rows[0]!.a) },
        },
      };
    } finally {
      await pool.end();
    }
  } finally {
    await cleanUp(servers, dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchGrowth(), null, 2));
  process.exit(0);
}
