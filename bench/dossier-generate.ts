/**
 * Bulk data for the read benchmark (issue 16.2): N dossiers in set-based SQL (INSERT … SELECT generate_series, one
 * statement per batch of 100,000), each with the rows a reception and its later steps write — 3 components, a fee,
 * an action log of 1–4 actions that matches its status — copied from a real template dossier (its state, terms and
 * rule version), so that the read queries meet rows of the real shape and take the plans they take in production.
 *
 * Shape: received over the last `months` months (the action log's monthly partitions created for them first, as the
 * maintenance job does, so no row lands in the default partition); spread over the template's system's agencies
 * (each with its own day-numbered codes, `AGENCY-YYMMDD-NNNN`); statuses by age (older dossiers mostly returned,
 * recent ones received, in processing, waiting for a supplement or fees, or ready); owners drawn by a hash from
 * N / 20 citizens (each citizen holds ~5–50, Poisson around 20), one citizen (`citizenId`) holding 1,000 spread
 * through the data, every other one of those submitted online from their account (`accountId`). Every index of the
 * tables is kept during the load: the reads meet indexes grown by inserts, not freshly built ones. Speed: batches
 * run on `workers` connections at once, with the foreign-key checks off (`session_replication_role = replica`; the
 * rows reference only existing rows by construction). Measured under load 20 on 2 shared cores: 2.1 s of one
 * backend's CPU per 20,000 dossiers (with their 60,000 components, 19,800 fees, ~70,000 actions), so ~1M in 1.5–2
 * minutes on a quiet 2-core machine.
 */
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Database } from '../src/db/database.ts';
import { ensureMonths, monthStart } from '../src/platform/maintenance/partitions.ts';

export interface Generated {
  requested: number;
  inserted: number;
  workers: number;
  seconds: number;
  /** VACUUM (ANALYZE) of the generated tables after the load (the steady state autovacuum reaches). */
  vacuumSeconds: number;
  rowsPerSecond: number;
  stoppedByBudget: boolean;
  agencies: number;
  citizens: number;
  citizenDossiers: number;
  months: number;
  actionPartitionsCreated: number;
  /** Dossiers by status, and rows of the child tables. */
  statuses: Record<string, number>;
  components: number;
  fees: number;
  actions: number;
}

export const BATCH = 100_000;
/** The typical citizen's personal ID for owner number `k` (0-based): a valid ID, Hà Nội, born 1985 (001085kkkkkk). */
export const typicalCitizen = (k: number) => `001085${String(k).padStart(6, '0')}`;

export async function generateDossiers(
  pool: pg.Pool,
  opts: {
    templateId: string;
    n: number;
    budgetSeconds: number;
    citizenId: string;
    accountId: string;
    months?: number;
    /** Batches run at once, each on its own connection (default 2: the cores of the reference machine). */
    workers?: number;
    onProgress?: (done: number, seconds: number) => void;
  },
): Promise<Generated> {
  const t0 = performance.now();
  const months = opts.months ?? 12;
  const citizens = Math.min(999_999, Math.max(1, Math.floor(opts.n / 20)));
  const every = Math.max(1, Math.floor(opts.n / 1000)); // one dossier in `every` belongs to the heavy citizen
  const end = new Date(Date.now() - 86_400_000); // until yesterday: the codes of today stay free for real receptions
  const start = new Date(end.getTime() - months * 30 * 86_400_000);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  const instants = Array.from({ length: months + 2 }, (_, i) => new Date(`${monthStart(start, i)}T00:00:00Z`));
  const made = await ensureMonths(db, { table: 'dossier_actions', column: 'at', type: 'timestamptz' }, instants, 0);
  const agencies = (
    await pool.query<{ n: string }>(
      `select count(*) as n from agencies where valid_to is null and node_code = (select node_code from dossiers where id = $1)`,
      [opts.templateId],
    )
  ).rows[0]!.n;
  let next = 0; // the next batch's first g
  let done = 0;
  let stoppedByBudget = false;
  const worker = async () => {
    const client = await pool.connect();
    try {
      // the rows are consistent by construction: skip the foreign-key checks (a third of the load's time), which are
      // constraint triggers; the tables have no other triggers. Every index is still maintained.
      await client.query('set session_replication_role = replica');
      while (next < opts.n) {
        if ((performance.now() - t0) / 1000 > opts.budgetSeconds) {
          stoppedByBudget = true;
          return;
        }
        const from = next;
        const to = Math.min(opts.n, from + BATCH) - 1;
        next = to + 1;
        await client.query(GENERATE, [opts.templateId, from, to, opts.n, start.toISOString(), end.toISOString(), citizens, every, opts.citizenId, opts.accountId]);
        done += to - from + 1;
        opts.onProgress?.(done, Math.round((performance.now() - t0) / 1000));
      }
    } finally {
      await client.query('reset session_replication_role').catch(() => undefined);
      client.release();
    }
  };
  // batches on as many connections as the machine has cores (PostgreSQL runs one INSERT on one core)
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.workers ?? 2, 8)) }, worker));
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  // The steady state of a live node: autovacuum vacuums insert-only tables too (PostgreSQL ≥ 13,
  // autovacuum_vacuum_insert_threshold), which sets the visibility map that index-only scans (the capped counts)
  // rely on. Done here at once, timed apart, rather than by autovacuum in the middle of the measurement.
  const v0 = performance.now();
  await pool.query('vacuum (analyze) dossiers, dossier_components, dossier_fees, dossier_actions');
  const vacuumSeconds = Math.round((performance.now() - v0) / 100) / 10;
  const count = async (q: string, p: unknown[] = []) => Number((await pool.query<{ n: string }>(q, p)).rows[0]!.n);
  const statuses = Object.fromEntries(
    (await pool.query<{ status: number; n: string }>('select status, count(*) as n from dossiers group by 1 order by 1')).rows.map((r) => [
      String(r.status),
      Number(r.n),
    ]),
  );
  return {
    requested: opts.n,
    inserted: done,
    workers: Math.max(1, Math.min(opts.workers ?? 2, 8)),
    seconds,
    vacuumSeconds,
    rowsPerSecond: Math.round(done / Math.max(seconds, 0.1)),
    stoppedByBudget,
    agencies: Number(agencies),
    citizens,
    citizenDossiers: await count('select count(*) as n from dossiers where owner_id_number = $1', [opts.citizenId]),
    months,
    actionPartitionsCreated: made.created,
    statuses,
    components: await count('select reltuples::bigint as n from pg_class where relname = $1', ['dossier_components']),
    fees: await count('select reltuples::bigint as n from pg_class where relname = $1', ['dossier_fees']),
    actions: await count(
      `select sum(c.reltuples)::bigint as n from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'dossier_actions'::regclass`,
    ),
  };
}

/**
 * One batch: dossiers g = $2…$3 of $4, received from the day of $5 on, perDay = ⌈N / days⌉ a day spread evenly over
 * the working hours (7:30–17:00, Vietnam time), day g div perDay. Agency a = g mod A; the day's number is unique per
 * agency and day ((g mod perDay) div A + 1). Status by age: the newest tenth is still open, the rest
 * mostly returned. Actions by status: receive, start, record_result, return_result (or refuse / withdraw / stop).
 */
const GENERATE = `
  with t as (select * from dossiers where id = $1),
  ag as (select array_agg(a.id order by a.code) as ids, array_agg(a.code order by a.code) as codes
           from agencies a, t where a.valid_to is null and a.node_code = t.node_code),
  p as (select $4::int as n, date_trunc('day', $5::timestamptz at time zone 'Asia/Ho_Chi_Minh') at time zone 'Asia/Ho_Chi_Minh' as t0,
               cardinality(ag.ids) as na, greatest(1, ceil($4::numeric / greatest(1, extract(day from $6::timestamptz - $5::timestamptz))))::int as per_day
          from ag),
  g as (
    select g, p.t0 + (g / p.per_day) * interval '1 day' + interval '7 hours 30 minutes' + (g % p.per_day) * (interval '9 hours 30 minutes' / p.per_day) as at,
           g % p.na + 1 as ai, (g % p.per_day) / p.na + 1 as day_no,
           ((g::bigint * 2654435761) % 4294967296) % $7::int as owner_k, g % $8::int = 0 as heavy,
           case when g >= p.n * 9 / 10 then (array[2, 2, 4, 4, 4, 4, 5, 6, 9, 1])[g % 10 + 1]
                else (array[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 3, 7, 8, 4])[g % 20 + 1] end as status
      from p, generate_series($2::int, $3::int) g
  ),
  d as (
    insert into dossiers (code, channel, procedure_code, procedure_version_id, procedure_name, case_code, terms,
                          rule_version_id, owner_type, owner_id_number, owner_name, owner_contact, submitter, account_id,
                          received_at_agency_id, return_at_reception, resolving_agency_id, node_code, status, sub_state,
                          received_at, due_at, state, workflow_template_id, created_at, updated_at, actions_from)
    select case when g.status <> 1 then ag.codes[g.ai] || '-' || to_char(g.at at time zone 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad(g.day_no::text, 4, '0') end,
           case when g.heavy and (g.g / $8::int) % 2 = 0 or g.status = 1 then 'online' else t.channel end,
           t.procedure_code, t.procedure_version_id, t.procedure_name, t.case_code, t.terms, t.rule_version_id, 'citizen',
           case when g.heavy then $9 else '001085' || lpad(g.owner_k::text, 6, '0') end,
           case when g.heavy then 'Công dân đo tải' else 'Công dân ' || g.owner_k end,
           t.owner_contact, t.submitter,
           case when g.heavy and (g.g / $8::int) % 2 = 0 then $10::uuid end,
           t.received_at_agency_id, t.return_at_reception, ag.ids[g.ai], t.node_code, g.status, t.sub_state,
           case when g.status <> 1 then g.at end, case when g.status <> 1 then g.at + (g.g % 15 + 1) * interval '1 day' end,
           t.state, t.workflow_template_id, g.at, g.at + interval '1 day', g.at
      from g, t, ag
    returning id, status, created_at as at, code, received_at_agency_id as ra
  ),
  c as (
    insert into dossier_components (dossier_id, seq, name, document_type_code, originals, certified_copies, photocopies)
    select d.id, s, 'Thành phần hồ sơ ' || s, case when s = 2 then 'GCS' end, 1, s % 2, 0
      from d, generate_series(1, 3) s
  ),
  f as (
    insert into dossier_fees (dossier_id, seq, code, name, amount)
    select d.id, 1, 'LP', 'Lệ phí', 8000 from d where d.status <> 1
  ),
  k as (
    select d.id, d.at, d.code, d.ra, x.kind, x.seq
      from d, unnest(case d.status
        when 1 then array['submit'] when 2 then array['receive'] when 3 then array['refuse']
        when 7 then array['receive', 'withdraw'] when 8 then array['receive', 'start', 'stop']
        when 5 then array['receive', 'start', 'request_supplement'] when 6 then array['receive', 'start', 'request_payment']
        when 9 then array['receive', 'start', 'record_result'] when 10 then array['receive', 'start', 'record_result', 'return_result']
        else array['receive', 'start'] end) with ordinality x(kind, seq)
  )
  insert into dossier_actions (dossier_id, seq, kind, at, actor_kind, actor_id, actor_name, data)
  select k.id, k.seq, k.kind, k.at + (k.seq - 1) * interval '1 day', 'officer', 'bench', 'Cán bộ một cửa',
         case k.kind when 'receive' then jsonb_build_object('code', k.code, 'receivingAgencyId', k.ra) else '{}'::jsonb end
    from k`;

/** A full history on one dossier: 29 more actions after its reception (through the whole lifecycle, repeatedly). */
export async function addFullHistory(pool: pg.Pool, dossierId: string): Promise<void> {
  await pool.query(
    `insert into dossier_actions (dossier_id, seq, kind, at, actor_kind, actor_id, actor_name, data)
     select $1, s, (array['start','request_supplement','supplement_received','forward','approve','record_result','return_to_step'])[(s - 2) % 7 + 1],
            now() + s * interval '1 hour', 'officer', 'bench', 'Chuyên viên xử lý',
            jsonb_build_object('note', 'Bước xử lý số ' || s)
       from generate_series(2, 30) s`,
    [dossierId],
  );
}
