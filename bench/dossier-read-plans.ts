/**
 * The plans of the HTTP read routes' statements at benchmark scale (issue 16.2): each repository function the
 * routes call is run once with a Kysely logger that keeps its statements, and each statement is run again under
 * EXPLAIN (ANALYZE, BUFFERS). Reported per statement: the indexes and scan kinds used, shared buffers hit and read,
 * rows returned, planning and execution time — load-independent enough to compare before and after a change.
 */
import { CamelCasePlugin, Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import type pg from 'pg';
import type { Database } from '../src/db/database.ts';
import { findWholeDossier } from '../src/local/dossiers/dossier.read.repository.ts';
import { listOwnDossiers, listQueue } from '../src/local/dossiers/dossier.list.repository.ts';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface StatementPlan {
  /** Scans as `Node Type(index or table)`, in plan order, without repeats. */
  scans: string[];
  sharedHit: number;
  sharedRead: number;
  rows: number;
  planningMs: number;
  executionMs: number;
}

function scansOf(n: PlanNode, out: Set<string>): void {
  if (n['Index Name']) out.add(`${n['Node Type']}(${n['Index Name']})`);
  else if (n['Node Type'].includes('Seq Scan') && n['Relation Name']) out.add(`${n['Node Type']}(${n['Relation Name']})`);
  for (const c of n.Plans ?? []) scansOf(c, out);
}

async function explain(pool: pg.Pool, q: CompiledQuery): Promise<StatementPlan> {
  const r = await pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }] }>(
    `explain (analyze, buffers, format json) ${q.sql}`,
    q.parameters as unknown[],
  );
  const top = r.rows[0]!['QUERY PLAN'][0];
  const scans = new Set<string>();
  scansOf(top.Plan, scans);
  return {
    scans: [...scans],
    sharedHit: top.Plan['Shared Hit Blocks'] ?? 0,
    sharedRead: top.Plan['Shared Read Blocks'] ?? 0,
    rows: top.Plan['Actual Rows'] ?? 0,
    planningMs: +top['Planning Time'].toFixed(2),
    executionMs: +top['Execution Time'].toFixed(2),
  };
}

/** The statements `f` runs on a logging Kysely over `pool`, each explained (run again under EXPLAIN ANALYZE). */
async function plansOf(pool: pg.Pool, f: (db: Kysely<Database>) => Promise<unknown>): Promise<StatementPlan[]> {
  const seen: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: (e) => {
      if (e.level === 'query') seen.push(e.query);
    },
  });
  await f(db);
  const out: StatementPlan[] = [];
  for (const q of seen) out.push(await explain(pool, q));
  return out;
}

export async function readPlans(
  pool: pg.Pool,
  s: { dossierId: string; code: string; agencyIds: string[]; typicalCitizen: string; heavyCitizen: string; heavyAccountId: string; typicalAccountId: string },
): Promise<Record<string, StatementPlan[]>> {
  const queue = (q: string) => (db: Kysely<Database>) => listQueue(db, { agencyIds: s.agencyIds, q, limit: 20, offset: 0 });
  const own = (accountId: string, idNumber: string) => (db: Kysely<Database>) =>
    listOwnDossiers(db, { accountId, kind: 'citizen', idNumber }, 20, 0);
  return {
    wholeDossier: await plansOf(pool, (db) => findWholeDossier(db, s.dossierId)),
    officerSearchByCode: await plansOf(pool, queue(s.code)),
    officerSearchByPersonalIdTypical: await plansOf(pool, queue(s.typicalCitizen)),
    officerSearchByPersonalIdHeavy: await plansOf(pool, queue(s.heavyCitizen)),
    myDossiersTypical: await plansOf(pool, own(s.typicalAccountId, s.typicalCitizen)),
    myDossiersHeavy: await plansOf(pool, own(s.heavyAccountId, s.heavyCitizen)),
  };
}
