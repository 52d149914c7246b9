/**
 * Monthly partitions of the append-only logs (migrations 1340, 1341): months created ahead, months past retention
 * detached and dropped or archived. Partitions are named `<table>_pYYYYMM` and cover one UTC month of the
 * partition column; `<table>_default` takes any row outside them (a far instant of a settable law clock), and is
 * emptied here by re-routing its rows into the months created — INSERT through the parent, never DELETE, so the
 * append-only triggers are never bypassed.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

export interface PartitionedLog {
  table: string;
  column: string;
  /** `date` columns are bounded by days, `timestamptz` by UTC midnights. */
  type: 'timestamptz' | 'date';
}

export const ARCHIVE_SCHEMA = 'motcua_archive';

/** First day of the UTC month of `d`, plus `add` months, as 'YYYY-MM-01'. */
export function monthStart(d: Date, add = 0): string {
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1));
  return m.toISOString().slice(0, 10);
}

const partName = (table: string, month: string) => `${table}_p${month.slice(0, 4)}${month.slice(5, 7)}`;
const bound = (p: PartitionedLog, month: string) => (p.type === 'date' ? month : `${month} 00:00:00+00`);
const nextMonth = (month: string) => monthStart(new Date(`${month}T00:00:00Z`), 1);

async function partitionsOf(db: Db, table: string): Promise<string[]> {
  const r = await sql<{ name: string }>`
    select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = ${table}::regclass`.execute(db);
  return r.rows.map((x) => x.name);
}

/**
 * The months from the month of each of `instants` to `ahead` months after it exist as partitions. Rows already in
 * the default partition for a month being created are moved into it (the default is swapped for a fresh one and its
 * rows inserted again through the parent, in one transaction). Returns the number of partitions created and of rows
 * moved out of the default.
 */
export async function ensureMonths(
  db: Db,
  p: PartitionedLog,
  instants: readonly Date[],
  ahead: number,
): Promise<{ created: number; moved: number }> {
  const wanted = new Set<string>();
  for (const at of instants) for (let i = 0; i <= ahead; i++) wanted.add(monthStart(at, i));
  const have = new Set(await partitionsOf(db, p.table));
  const missing = [...wanted].filter((m) => !have.has(partName(p.table, m))).sort();
  if (missing.length === 0) return { created: 0, moved: 0 };
  return db.transaction().execute(async (tx) => {
    const t = p.table;
    const inDefault = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(`${t}_default`)} where ${sql.join(
        missing.map((m) => sql`(${sql.ref(p.column)} >= ${bound(p, m)} and ${sql.ref(p.column)} < ${bound(p, nextMonth(m))})`),
        sql` or `,
      )}`.execute(tx);
    const moved = inDefault.rows[0]?.n ?? 0;
    if (moved > 0) {
      await sql.raw(`alter table ${t} detach partition ${t}_default; alter table ${t}_default rename to ${t}_default_old`).execute(tx);
    }
    for (const m of missing) {
      await sql
        .raw(`create table ${partName(t, m)} partition of ${t} for values from ('${bound(p, m)}') to ('${bound(p, nextMonth(m))}')`)
        .execute(tx);
    }
    if (moved > 0) {
      await sql.raw(`create table ${t}_default partition of ${t} default; insert into ${t} select * from ${t}_default_old; drop table ${t}_default_old`).execute(tx);
    }
    return { created: missing.length, moved };
  });
}

/**
 * Months wholly before (month of `now`) − `retentionMonths` are removed: detached, then dropped or moved into
 * ARCHIVE_SCHEMA (`archive`). 0 months: kept for ever. The default partition is never removed.
 */
export async function removeExpiredMonths(
  db: Db,
  p: PartitionedLog,
  now: Date,
  retentionMonths: number,
  mode: 'drop' | 'archive',
): Promise<number> {
  if (retentionMonths <= 0) return 0;
  const cutoff = monthStart(now, -retentionMonths);
  const expired = (await partitionsOf(db, p.table))
    .map((name) => ({ name, m: /_p(\d{4})(\d{2})$/.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .filter((x) => nextMonth(`${x.m[1]}-${x.m[2]}-01`) <= cutoff)
    .map((x) => x.name)
    .sort();
  for (const name of expired) {
    await db.transaction().execute(async (tx) => {
      await sql.raw(`alter table ${p.table} detach partition ${name}`).execute(tx);
      if (mode === 'drop') await sql.raw(`drop table ${name}`).execute(tx);
      else await sql.raw(`create schema if not exists ${ARCHIVE_SCHEMA}; alter table ${name} set schema ${ARCHIVE_SCHEMA}`).execute(tx);
    });
  }
  return expired.length;
}
