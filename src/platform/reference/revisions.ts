/**
 * Revisions of the reference data a process caches: the catalogue, the calendar and the configuration (agencies,
 * rule versions, workflow templates, component mappings). Each is a one-row number bumped in the writing transaction
 * (migrations 0301, 1400, 1465), so a cache tagged with the number it was built at is current exactly while the
 * number is unchanged.
 *
 * Normally a cache reads the number before each use (one statement for all three). A reception does not: it is
 * built from the numbers this process saw last (`withAssumedRevisions`), and its one writing statement checks them
 * (`receive_dossier_checked`, SQLSTATE MC410 when one changed); then the numbers are read again and the reception
 * built anew. A write is never made from reference data older than its own snapshot, and costs no read before it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

export type RevisionKind = 'catalogue' | 'calendar' | 'config';
export type Revisions = Readonly<Record<RevisionKind, string>>;

type Conn = Pick<Db, 'getExecutor'>;

/** One key for a database and all its transactions (they share the dialect's adapter object). */
export function databaseKey(db: Conn): object {
  return db.getExecutor().adapter;
}

function inTransaction(db: Conn): boolean {
  return (db as { isTransaction?: boolean }).isTransaction === true;
}

const lastSeen = new WeakMap<object, Revisions>();
const assumed = new AsyncLocalStorage<Revisions>();

/** The three revisions now (one statement); remembered as the last seen outside a transaction. */
export async function readRevisions(db: Conn): Promise<Revisions> {
  const r = await sql<{ v: Revisions }>`select reference_revisions() as v`.execute(db);
  const v = r.rows[0]!.v;
  if (!inTransaction(db)) lastSeen.set(databaseKey(db), v);
  return v;
}

/** The revision of one kind: the assumed one inside `withAssumedRevisions`, else read now. */
export async function currentRevision(db: Conn, kind: RevisionKind): Promise<string> {
  const a = assumed.getStore();
  if (a && !inTransaction(db)) return a[kind];
  return (await readRevisions(db))[kind];
}

/**
 * Run `fn` with `revisions` taken as current by the caches: the revisions a read statement returned with its data
 * (e.g. `whole_dossier`), so the reference data that completes that read costs no statement to check. Inside a
 * transaction nothing is assumed.
 */
export function readingAt<T>(db: Conn, revisions: Revisions, fn: () => Promise<T>): Promise<T> {
  return inTransaction(db) ? fn() : assumed.run(revisions, fn);
}

const sameRevisions = (a: Revisions, b: Revisions) =>
  a.catalogue === b.catalogue && a.calendar === b.calendar && a.config === b.config;

/**
 * A read built from the revisions this process saw last, with no statement to read them first: `fn` runs with them
 * assumed by the caches and returns, with its value, the revisions its own statement read with the data
 * (`reference_revisions()` in that statement), or undefined when no row carried them (then they are read now). If
 * they differ from the assumed ones, `fn` runs again at those (at most 3 runs in all): what it read from the caches
 * is then of the same revisions as its data.
 */
export async function readAssumingRevisions<T>(
  db: Conn,
  fn: () => Promise<{ value: T; revisions: Revisions | undefined }>,
): Promise<T> {
  if (inTransaction(db)) return (await fn()).value;
  let known = lastSeen.get(databaseKey(db)) ?? (await readRevisions(db));
  for (let attempt = 0; ; attempt++) {
    const r = await assumed.run(known, fn);
    const seen = r.revisions ?? (await readRevisions(db));
    if (sameRevisions(seen, known) || attempt >= 2) return r.value;
    lastSeen.set(databaseKey(db), seen);
    known = seen;
  }
}

/** SQLSTATE raised by a write whose expected revisions are no longer current. */
export const REVISIONS_CHANGED = 'MC410';

function isRevisionsChanged(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === REVISIONS_CHANGED;
}

/**
 * Run `fn` with the revisions this process saw last assumed current (none seen yet: read them). `fn` passes
 * `expect` to the statement that writes, which raises MC410 if they changed; then they are read again and `fn` runs
 * again (at most 3 times). Inside a transaction nothing is assumed (`expect` undefined: read as usual).
 */
export async function withAssumedRevisions<T>(db: Conn, fn: (expect: Revisions | undefined) => Promise<T>): Promise<T> {
  if (inTransaction(db)) return fn(undefined);
  for (let attempt = 0; ; attempt++) {
    const known = (attempt === 0 ? lastSeen.get(databaseKey(db)) : undefined) ?? (await readRevisions(db));
    try {
      return await assumed.run(known, () => fn(known));
    } catch (err) {
      if (!isRevisionsChanged(err) || attempt >= 2) throw err;
    }
  }
}

/**
 * A per-process, per-database cache of reference data of one kind, emptied when its revision changes. Values are
 * shared by every caller: they are frozen, never to be changed. Inside a transaction it reads through (what a
 * transaction sees may never be committed).
 */
export function revisionCache<V>(kind: RevisionKind, max = 2000) {
  const perDb = new WeakMap<object, { revision: string; values: Map<string, Promise<V>> }>();
  return async function cached(db: Conn, key: string, load: () => Promise<V>): Promise<V> {
    if (inTransaction(db)) return load();
    const revision = await currentRevision(db, kind);
    let c = perDb.get(databaseKey(db));
    if (!c || c.revision !== revision) perDb.set(databaseKey(db), (c = { revision, values: new Map() }));
    const hit = c.values.get(key);
    if (hit) return hit;
    if (c.values.size >= max) c.values.clear();
    const value = load().then(deepFreeze);
    const values = c.values;
    values.set(key, value);
    value.catch(() => values.delete(key));
    return value;
  };
}

/** Freeze a value and everything it holds (a value shared by every caller of a cache). */
export function deepFreeze<V>(v: V): V {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}
