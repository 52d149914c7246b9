/** Every SQL statement of the satisfaction evaluation. Functions take the connection or the transaction first. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { CriteriaSetRow, DossierEvaluationRow } from './evaluation.table.ts';

/** The criteria set in force on `day` (YYYY-MM-DD): the latest effective on or before it. */
export function criteriaSetInForce(db: Db, day: string): Promise<CriteriaSetRow | undefined> {
  return db
    .selectFrom('evaluationCriteriaSets')
    .selectAll()
    .where('effectiveFrom', '<=', day)
    .orderBy('effectiveFrom', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findCriteriaSet(db: Db, id: string): Promise<CriteriaSetRow | undefined> {
  return db.selectFrom('evaluationCriteriaSets').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findEvaluation(db: Db, dossierId: string): Promise<DossierEvaluationRow | undefined> {
  return db.selectFrom('dossierEvaluations').selectAll().where('dossierId', '=', dossierId).executeTakeFirst();
}

/** Insert; returns undefined when the dossier already has an evaluation (unique dossier_id, race-safe). */
export async function insertEvaluation(
  db: Db,
  e: Omit<DossierEvaluationRow, 'id' | 'createdAt'>,
): Promise<DossierEvaluationRow | undefined> {
  return db
    .insertInto('dossierEvaluations')
    .values({ ...e, scores: JSON.stringify(e.scores) })
    .onConflict((oc) => oc.column('dossierId').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Ids of the agency and every agency below it. */
export async function agencySubtree(db: Db, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const r = await sql<{ id: string }>`
    with recursive down(id, depth) as (
      select a.id, 0 from agencies a where a.id = any(${rootIds}::uuid[])
      union
      select c.id, down.depth + 1 from agencies c join down on c.parent_id = down.id where down.depth < 16
    )
    select distinct id from down`.execute(db);
  return r.rows.map((x) => x.id);
}

export interface SummaryFilter {
  agencyIds: string[] | 'all';
  from?: string;
  to?: string;
}

/** grades and criteria come back as [key, value] pairs: object keys from SQL would be camel-cased by the plugin. */
export interface SetSummaryRow {
  criteriaSetId: string;
  count: number;
  averageTotal: number;
  grades: [string, number][] | null;
  criteria: [string, number][] | null;
}

/** Count, average total, grade counts and per-criterion averages, per criteria set. Days are Vietnam days. */
export async function summarise(db: Db, f: SummaryFilter): Promise<SetSummaryRow[]> {
  if (f.agencyIds !== 'all' && f.agencyIds.length === 0) return [];
  const day = sql`((e.created_at at time zone 'UTC') + interval '7 hours')::date`;
  const agencyCond = f.agencyIds === 'all' ? sql`true` : sql`e.agency_id = any(${f.agencyIds}::uuid[])`;
  const fromCond = f.from ? sql`${day} >= ${f.from}::date` : sql`true`;
  const toCond = f.to ? sql`${day} <= ${f.to}::date` : sql`true`;
  const r = await sql<SetSummaryRow>`
    with picked as (
      select e.* from dossier_evaluations e where ${agencyCond} and ${fromCond} and ${toCond}
    )
    select p.criteria_set_id as "criteriaSetId",
           count(*)::int as count,
           round(avg(p.total), 2)::float8 as "averageTotal",
           (select jsonb_agg(jsonb_build_array(g.grade, g.n)) from (
              select grade, count(*)::int as n from picked q where q.criteria_set_id = p.criteria_set_id group by grade
            ) g) as grades,
           (select jsonb_agg(jsonb_build_array(c.code, c.avg)) from (
              select s->>'code' as code, round(avg((s->>'value')::numeric), 2)::float8 as avg
              from picked q, jsonb_array_elements(q.scores) s where q.criteria_set_id = p.criteria_set_id group by 1
            ) c) as criteria
    from picked p
    group by p.criteria_set_id
    order by p.criteria_set_id`.execute(db);
  return r.rows;
}
