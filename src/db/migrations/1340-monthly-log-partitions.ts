import { sql, type Kysely } from 'kysely';

/**
 * Bounded growth (issue 16.3): the append-only logs become tables partitioned by month, so that a month past its
 * retention is removed by detaching (and dropping or archiving) its partition — never by DELETE, which the
 * append-only triggers keep refusing on every partition. Converted on a database that may already hold rows:
 * the table is renamed, its indexes and keys dropped, a partitioned table of the same shape is created under the
 * old name with its keys (each now including the month column, as PostgreSQL requires), indexes, foreign keys and
 * triggers, monthly partitions from the oldest row's month to three months ahead plus a DEFAULT partition (a row
 * of any instant always has a home: a test or demo node's settable clock may write far from today), the rows are
 * moved, the old table dropped and the id sequence handed over. The maintenance job
 * (src/platform/maintenance) keeps creating months ahead and drops or archives months past retention.
 *
 * Uniqueness that used to be global is now per month where the key does not contain the month: dossier_actions
 * (dossier_id, seq) is still serialised by the dossier row lock every action takes; federation_message_log's
 * hash by the chain's advisory lock.
 *
 * `dossiers`: fillfactor 80 and the three expression indexes over `state` replaced by indexes on stored generated
 * columns, so that an update that rewrites `state` without changing status, due date, step, assignee or the
 * acceptance clock is HOT (an index over an expression of `state` made every update of the row non-HOT).
 */

export interface PartitionSpec {
  table: string;
  column: string;
  /** The id column whose sequence the new table takes over (none: no serial id). */
  serial?: string;
  /** The partition column's type: months of a `date` are bounded by days, of a `timestamptz` by UTC midnights. */
  type?: 'timestamptz' | 'date';
  keys: string[];
  indexes: string[];
  triggers: string[];
  comment: string;
}

const appendOnly = (table: string, fn: string, trigger: string) =>
  `create trigger ${trigger} before update or delete on ${table} for each row execute function ${fn}()`;

export const LOG_TABLES: PartitionSpec[] = [
  {
    table: 'dossier_actions',
    column: 'at',
    serial: 'id',
    keys: [
      'primary key (id, at)',
      'unique (dossier_id, seq, at)',
      'foreign key (dossier_id) references dossiers(id) on delete cascade',
    ],
    indexes: [],
    triggers: [],
    comment: 'Append-only: never updated or deleted; the dossier status is derived from it. Partitioned by month of at',
  },
  {
    table: 'audit_events',
    column: 'at',
    serial: 'id',
    keys: ['primary key (id, at)'],
    indexes: ['create index audit_events_target on audit_events (target_type, target_id, at)'],
    triggers: [],
    comment: 'Audit trail, partitioned by month of at',
  },
  {
    table: 'federation_message_log',
    column: 'at',
    serial: 'seq',
    keys: ['primary key (seq, at)', 'unique (hash, at)'],
    indexes: ['create index federation_message_log_message on federation_message_log (message_id)'],
    triggers: [appendOnly('federation_message_log', 'federation_message_log_append_only', 'federation_message_log_no_change')],
    comment: 'Hash-chained log of federation messages; append-only; partitioned by month of at',
  },
  {
    table: 'warehouse_access_log',
    column: 'at',
    serial: 'id',
    keys: ['primary key (id, at)'],
    indexes: ['create index warehouse_access_log_owner on warehouse_access_log (owner_id, at desc)'],
    triggers: [appendOnly('warehouse_access_log', 'warehouse_access_log_append_only', 'warehouse_access_log_no_change')],
    comment: 'Who read which warehouse document; append-only; partitioned by month of at',
  },
  {
    table: 'payment_events',
    column: 'created_at',
    serial: 'id',
    keys: ['primary key (id, created_at)', 'foreign key (payment_request_id) references payment_requests(id)'],
    indexes: ['create index payment_events_request on payment_events (payment_request_id, id)'],
    triggers: [appendOnly('payment_events', 'payment_events_append_only', 'payment_events_append_only')],
    comment: 'Payment protocol events; append-only; partitioned by month of created_at',
  },
];

/** Months created ahead by the migration (the maintenance job keeps the same horizon, PARTITIONS_AHEAD_MONTHS). */
const AHEAD = 3;

/**
 * Convert `s.table` (plain, possibly with rows) into a table partitioned by month of `s.column`. Runs inside the
 * migration's transaction: on any error nothing changed.
 */
export async function partitionByMonth(db: Kysely<unknown>, s: PartitionSpec, ahead = AHEAD): Promise<void> {
  const t = s.table;
  const seq = s.serial ? `${t}_${s.serial}_seq` : undefined;
  await sql.raw(`alter table ${t} rename to ${t}_unpartitioned; ${seq ? `alter sequence ${seq} owned by none;` : ''}`).execute(db);
  const month = (v: string) => (s.type === 'date' ? `date_trunc('month', ${v})::date` : `date_trunc('month', ${v} at time zone 'UTC')::date`);
  const at = (v: string) => (s.type === 'date' ? v : `${v} || ' 00:00:00+00'`);
  // free the index and constraint names (they are per schema) for the new table
  const old = `${t}_unpartitioned`;
  const cons = await sql<{ conname: string }>`
    select conname from pg_constraint where conrelid = ${old}::regclass and contype in ('p', 'u', 'f', 'x')`.execute(db);
  for (const k of cons.rows) await sql.raw(`alter table ${old} drop constraint ${k.conname}`).execute(db);
  const idx = await sql<{ name: string }>`
    select i.relname as name from pg_index x join pg_class i on i.oid = x.indexrelid where x.indrelid = ${old}::regclass`.execute(db);
  for (const r of idx.rows) await sql.raw(`drop index ${r.name}`).execute(db);

  await sql
    .raw(
      `create table ${t} (like ${t}_unpartitioned including defaults including constraints including comments)
         partition by range (${s.column});
       ${s.keys.map((k) => `alter table ${t} add ${k};`).join('\n')}
       ${s.indexes.map((i) => `${i};`).join('\n')}
       ${s.triggers.map((g) => `${g};`).join('\n')}
       comment on table ${t} is '${s.comment.replace(/'/g, "''")}';
       create table ${t}_default partition of ${t} default;`,
    )
    .execute(db);
  // months from the oldest row's (or this month) to `ahead` months after this one
  await sql
    .raw(
      `do $$
       declare m date; last date;
       begin
         select least(${month(`min(${s.column})`)}, date_trunc('month', now() at time zone 'UTC')::date)
           into m from ${t}_unpartitioned;
         if m is null then m := date_trunc('month', now() at time zone 'UTC')::date; end if;
         last := (date_trunc('month', now() at time zone 'UTC') + make_interval(months => ${ahead}))::date;
         while m <= last loop
           execute format('create table %I partition of ${t} for values from (%L) to (%L)',
             '${t}_p' || to_char(m, 'YYYYMM'), ${at('m::text')}, ${at("(m + interval '1 month')::date::text")});
           m := (m + interval '1 month')::date;
         end loop;
       end $$;`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into ${t} select * from ${t}_unpartitioned order by ${s.column};
       drop table ${t}_unpartitioned;
       ${seq ? `alter sequence ${seq} owned by ${t}.${s.serial};` : ''}`,
    )
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of LOG_TABLES) await partitionByMonth(db, s);
  await sql`
    alter table dossiers set (fillfactor = 80);
    drop index if exists dossiers_assignee;
    drop index if exists dossiers_step;
    drop index if exists dossiers_acceptance_due;
    alter table dossiers
      add column wf_step text generated always as (state #>> '{workflow,step}') stored,
      add column wf_assignee text generated always as (state #>> '{workflow,assignee,id}') stored,
      add column acceptance_due text generated always as
        (case when state #>> '{acceptance,answeredAt}' is null then state #>> '{acceptance,dueAt}' end) stored;
    comment on column dossiers.wf_step is 'state.workflow.step, kept by PostgreSQL (indexed without indexing state, so updates can be HOT)';
    comment on column dossiers.wf_assignee is 'state.workflow.assignee.id, kept by PostgreSQL';
    comment on column dossiers.acceptance_due is 'state.acceptance.dueAt while the acceptance is unanswered, kept by PostgreSQL';
    create index dossiers_assignee on dossiers (wf_assignee) where status in (2, 4, 5, 6, 9);
    create index dossiers_step on dossiers (resolving_agency_id, wf_step);
    create index dossiers_acceptance_due on dossiers (acceptance_due) where status = 1 and acceptance_due is not null;
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('1340-monthly-log-partitions cannot be reverted automatically: restore from a backup');
}
